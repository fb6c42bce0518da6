package io.github.postmortems.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The scoring part of a query, built the way the browser scores it: one flat disjunction with one
 * {@code BoostQuery(TermQuery)} per ranked field and stem, boosted by the field's boost times the stem's weight.
 * Flat on purpose: Lucene sums such clauses in double and casts once, which JS can reproduce bit for bit; nested
 * or required clauses would round differently. Which documents must hold what is decided apart from scoring.
 */
public final class PlainQuery {

    private PlainQuery() {
    }

    /** The analysed terms of the text in order, stop words removed, repeats kept. */
    public static List<String> terms(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(SearchFields.BODY, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                terms.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        return terms;
    }

    /** The flat query over the stems and their weights, in field order then the map's order. */
    public static BooleanQuery of(Map<String, Float> weights) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String field : SearchFields.RANKED) {
            float boost = SearchFields.BOOSTS.get(field);
            weights.forEach((t, w) -> query.add(
                    new BoostQuery(new TermQuery(new Term(field, t)), boost * w), BooleanClause.Occur.SHOULD));
        }
        return query.build();
    }
}
