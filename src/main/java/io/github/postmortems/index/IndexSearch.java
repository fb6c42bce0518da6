package io.github.postmortems.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Queries an index the way {@code mvn postmortem:search} does. Plain words use {@link PlainQuery}, the
 * scoring the browser reproduces; anything with query syntax (phrases, AND/OR/NOT, {@code system:payments},
 * {@code prefix*}) goes through Lucene's classic query parser over the ranked fields.
 */
public final class IndexSearch {

    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer analyzer;

    IndexSearch(DirectoryReader reader, Analyzer analyzer) {
        this.reader = reader;
        this.searcher = SearchIndex.newSearcher(reader);
        this.analyzer = analyzer;
    }

    /** Opens an index written by a site build, queries it and closes it. */
    public static List<SearchHit> search(Path indexDirectory, String query, int count) throws IOException {
        if (!Files.isDirectory(indexDirectory)) {
            throw new java.io.FileNotFoundException("no search index at " + indexDirectory + "; build the site first");
        }
        try (FSDirectory dir = FSDirectory.open(indexDirectory); DirectoryReader reader = DirectoryReader.open(dir)) {
            return new IndexSearch(reader, SearchFields.analyzer()).run(query, count);
        }
    }

    List<SearchHit> search(String query, int count) throws IOException {
        return run(query, count);
    }

    /**
     * Query syntax where the text has it; any other text, pasted from anywhere ("HTTP/502 errors", "(disk"), is
     * read as its words, as the browser reads it, rather than refused.
     */
    Query parse(String text) {
        if (PlainQuery.isPlain(text)) {
            return PlainQuery.of(analyzer, text);
        }
        try {
            return parser(analyzer).parse(text);
        } catch (ParseException | RuntimeException e) {
            return PlainQuery.of(analyzer, text);
        }
    }

    private static MultiFieldQueryParser parser(Analyzer analyzer) {
        MultiFieldQueryParser parser = new MultiFieldQueryParser(
                SearchFields.RANKED.toArray(String[]::new), analyzer, Map.copyOf(SearchFields.BOOSTS));
        parser.setDefaultOperator(QueryParser.Operator.OR);
        return parser;
    }

    /** Why Lucene's query syntax cannot read the text, when it cannot; the search then reads it as words. */
    public static java.util.Optional<String> syntaxProblem(String text) {
        if (PlainQuery.isPlain(text)) {
            return java.util.Optional.empty();
        }
        try (Analyzer analyzer = SearchFields.analyzer()) {
            parser(analyzer).parse(text);
            return java.util.Optional.empty();
        } catch (ParseException | RuntimeException e) {
            String message = String.valueOf(e.getMessage());
            int newline = message.indexOf('\n');
            return java.util.Optional.of(newline < 0 ? message : message.substring(0, newline));
        }
    }

    private List<SearchHit> run(String text, int count) throws IOException {
        Query query = parse(text);
        if (query == null) {
            return List.of();
        }
        TopDocs top = searcher.search(query, count);
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("[", "]", " … ", false))
                .withHighlightPhrasesStrictly(true)
                .withHandleMultiTermQuery(true)
                .withMaxLength(100_000)
                .withFieldMatcher(field -> true) // the snippet field is not indexed: match the query's terms of any field
                .build();
        int[] docs = new int[top.scoreDocs.length];
        for (int i = 0; i < docs.length; i++) {
            docs[i] = top.scoreDocs[i].doc;
        }
        String[] snippets = docs.length == 0 ? new String[0]
                : highlighter.highlight(SearchFields.SNIPPET, query, top, 1);
        List<SearchHit> hits = new ArrayList<>();
        var stored = reader.storedFields();
        for (int i = 0; i < top.scoreDocs.length; i++) {
            ScoreDoc sd = top.scoreDocs[i];
            var doc = stored.document(sd.doc);
            String snippet = snippets[i] == null ? "" : oneLine(snippets[i]);
            hits.add(new SearchHit(i + 1, sd.score, doc.get(SearchFields.PAGE), doc.get(SearchFields.TITLE), snippet));
        }
        return hits;
    }

    private static String oneLine(String s) {
        return s.replaceAll("[\\s\u2029]+", " ").strip();
    }
}
