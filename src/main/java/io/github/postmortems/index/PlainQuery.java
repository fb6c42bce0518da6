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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A query of plain words, built the way the browser scores it: one flat disjunction with one
 * {@code BoostQuery(TermQuery)} per ranked field and distinct analysed term, boosted by the field's boost times
 * the term's occurrences. Flat on purpose: Lucene sums such clauses in double and casts once, which JS can
 * reproduce bit for bit; the classic query parser would nest and round differently.
 */
public final class PlainQuery {

    /** Anything that means Lucene query syntax: quotes, groups, fields, wildcards, fuzzy, boosts, operators. */
    private static final Pattern SYNTAX = Pattern.compile(
            "[\"()\\[\\]{}:*?~^\\\\/]|(^|\\s)[-+!]|&&|\\|\\||(^|\\s)(AND|OR|NOT|TO)(\\s|$)");

    private PlainQuery() {
    }

    /** True when the text is just words, with no query syntax. */
    public static boolean isPlain(String text) {
        return !SYNTAX.matcher(text).find();
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

    /** The flat query, or null when no word survives analysis. */
    public static BooleanQuery of(Analyzer analyzer, String text) {
        Map<String, Integer> occurrences = new LinkedHashMap<>();
        for (String t : terms(analyzer, text)) {
            occurrences.merge(t, 1, Integer::sum);
        }
        if (occurrences.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String field : SearchFields.RANKED) {
            float boost = SearchFields.BOOSTS.get(field);
            occurrences.forEach((t, n) -> query.add(
                    new BoostQuery(new TermQuery(new Term(field, t)), boost * n), BooleanClause.Occur.SHOULD));
        }
        return query.build();
    }
}
