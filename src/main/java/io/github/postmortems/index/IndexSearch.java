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

    /** Thrown for a query Lucene cannot parse; the message says where. */
    public static final class InvalidQuery extends Exception {
        public InvalidQuery(String message) {
            super(message);
        }
    }

    /** Opens an index written by a site build, queries it and closes it. */
    public static List<SearchHit> search(Path indexDirectory, String query, int count) throws IOException, InvalidQuery {
        if (!Files.isDirectory(indexDirectory)) {
            throw new java.io.FileNotFoundException("no search index at " + indexDirectory + "; build the site first");
        }
        try (FSDirectory dir = FSDirectory.open(indexDirectory); DirectoryReader reader = DirectoryReader.open(dir)) {
            return new IndexSearch(reader, SearchFields.analyzer()).run(query, count);
        }
    }

    List<SearchHit> search(String query, int count) throws IOException {
        try {
            return run(query, count);
        } catch (InvalidQuery e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    Query parse(String text) throws InvalidQuery {
        if (PlainQuery.isPlain(text)) {
            return PlainQuery.of(analyzer, text);
        }
        MultiFieldQueryParser parser = new MultiFieldQueryParser(
                SearchFields.RANKED.toArray(String[]::new), analyzer, Map.copyOf(SearchFields.BOOSTS));
        parser.setDefaultOperator(QueryParser.Operator.OR);
        try {
            return parser.parse(text);
        } catch (ParseException e) {
            String message = e.getMessage();
            int newline = message.indexOf('\n');
            throw new InvalidQuery("cannot read the query '" + text + "': "
                    + (newline < 0 ? message : message.substring(0, newline)));
        }
    }

    private List<SearchHit> run(String text, int count) throws IOException, InvalidQuery {
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
