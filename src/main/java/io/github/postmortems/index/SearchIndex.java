package io.github.postmortems.index;

import io.github.postmortems.parse.Postmortem;
import io.github.postmortems.write.SiteWriter;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogDocMergePolicy;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Lucene index of an archive, built fresh at every build in a directory outside the site. Document IDs
 * follow the catalogue's newest-first order (one segment, merged in order), so ties rank the newer
 * postmortem first here and in the browser alike.
 */
public final class SearchIndex implements Closeable {

    /** At most this many related postmortems per page. */
    public static final int RELATED = 5;

    private final List<Postmortem> postmortems;
    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer analyzer;
    private final Map<String, Integer> docIds;

    private SearchIndex(List<Postmortem> postmortems, Directory directory, Analyzer analyzer) throws IOException {
        this.postmortems = List.copyOf(postmortems);
        this.directory = directory;
        this.reader = DirectoryReader.open(directory);
        this.searcher = newSearcher(reader);
        this.analyzer = analyzer;
        Map<String, Integer> ids = new java.util.HashMap<>();
        for (int i = 0; i < postmortems.size(); i++) {
            ids.put(postmortems.get(i).pagePath(), i);
        }
        this.docIds = ids;
    }

    /** Where a build keeps the index of the site it writes to {@code siteDirectory}: beside it, not in it. */
    public static Path directoryFor(Path siteDirectory) {
        Path site = siteDirectory.toAbsolutePath().normalize();
        return site.resolveSibling(site.getFileName() + "-index");
    }

    /** Indexes the postmortems, in the given order, into {@code indexDirectory} (replacing what was there). */
    public static SearchIndex build(List<Postmortem> postmortems, Path indexDirectory) throws IOException {
        Files.createDirectories(indexDirectory);
        Analyzer analyzer = SearchFields.analyzer();
        Directory directory = FSDirectory.open(indexDirectory);
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setSimilarity(new BM25Similarity())
                .setMergePolicy(new LogDocMergePolicy()) // merges neighbours only: doc IDs keep the add order
                .setRAMBufferSizeMB(64)
                .setCommitOnClose(true);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (Postmortem p : postmortems) {
                writer.addDocument(document(p));
            }
            writer.forceMerge(1);
        }
        return new SearchIndex(postmortems, directory, analyzer);
    }

    /** Opens an index a build wrote, for searching only. */
    public static SearchIndex open(Path indexDirectory) throws IOException {
        return new SearchIndex(List.of(), FSDirectory.open(indexDirectory), SearchFields.analyzer());
    }

    static IndexSearcher newSearcher(DirectoryReader reader) {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setSimilarity(new BM25Similarity());
        return searcher;
    }

    private static Document document(Postmortem p) throws IOException {
        Document doc = new Document();
        doc.add(new StringField(SearchFields.PAGE, p.pagePath(), Field.Store.YES));
        doc.add(new TextField(SearchFields.TITLE, p.title(), Field.Store.YES));
        doc.add(new TextField(SearchFields.NAME, nameText(p), Field.Store.NO));
        String attachments = PostmortemText.attachments(p);
        doc.add(new TextField(SearchFields.BODY, bodyText(p, attachments), Field.Store.YES));
        // lines as paragraphs (U+2029): the highlighter's passages then end at a line, such as a timeline row
        String snippetText = attachments.isEmpty() ? PostmortemText.body(p) : PostmortemText.body(p) + "\n" + attachments;
        doc.add(new org.apache.lucene.document.StoredField(SearchFields.SNIPPET, snippetText.replace('\n', '\u2029')));
        if (!attachments.isEmpty()) {
            doc.add(new TextField(SearchFields.ATTACHMENTS, attachments, Field.Store.NO));
        }
        PostmortemText.sections(p).forEach((key, text) -> {
            if (SearchFields.SECTIONS.contains(key)) {
                doc.add(new TextField(key, text, Field.Store.NO));
            }
        });
        for (String author : p.authors()) {
            doc.add(new TextField(SearchFields.AUTHORS, author, Field.Store.NO));
        }
        doc.add(new StringField(SearchFields.SYSTEM, keyword(p.system()), Field.Store.YES));
        doc.add(new StringField(SearchFields.YEAR, Integer.toString(p.year()), Field.Store.YES));
        doc.add(new StringField(SearchFields.MONTH, String.format(Locale.ROOT, "%02d", p.month()), Field.Store.NO));
        doc.add(new StringField(SearchFields.STATUS, p.status().slug(), Field.Store.YES));
        doc.add(new StringField(SearchFields.SEVERITY, severity(p), Field.Store.YES));
        return doc;
    }

    static String nameText(Postmortem p) {
        return p.system() + " " + p.event();
    }

    /** Title, file name, page text and attachments: what a plain query searches. */
    static String bodyText(Postmortem p, String attachments) {
        StringBuilder text = new StringBuilder(p.title()).append('\n').append(nameText(p)).append('\n')
                .append(PostmortemText.body(p));
        if (!attachments.isEmpty()) {
            text.append('\n').append(attachments);
        }
        return text.toString();
    }

    static String severity(Postmortem p) {
        return p.severity() == null ? "unknown" : keyword(p.severity());
    }

    private static String keyword(String value) {
        return value.toLowerCase(Locale.ROOT);
    }

    public List<Postmortem> postmortems() {
        return postmortems;
    }

    public DirectoryReader reader() {
        return reader;
    }

    public Analyzer analyzer() {
        return analyzer;
    }

    /** Searches like {@code postmortem:search}. */
    public List<SearchHit> search(String query, int count) throws IOException {
        return new IndexSearch(reader, analyzer).search(query, count);
    }

    /**
     * Up to {@link #RELATED} postmortems like this one, by Lucene's MoreLikeThis over title and body: never the
     * postmortem itself, ordered by score then index order.
     */
    public List<Postmortem> related(Postmortem p) throws IOException {
        Integer doc = docIds.get(p.pagePath());
        if (doc == null || postmortems.size() < 2) {
            return List.of();
        }
        MoreLikeThis mlt = new MoreLikeThis(reader);
        mlt.setAnalyzer(analyzer);
        mlt.setFieldNames(new String[] {SearchFields.TITLE, SearchFields.BODY});
        mlt.setMinTermFreq(2);
        mlt.setMinDocFreq(2);
        // terms in half the archive say nothing; a cap on document frequency also bounds each page's query, so
        // related incidents for the whole archive stay linear in its size
        mlt.setMaxDocFreq(Math.max(2, Math.min(reader.numDocs() / 2, 1000)));
        mlt.setMinWordLen(3);
        mlt.setMaxQueryTerms(25);
        Query like = mlt.like(doc);
        // the source document would rank first; exclude it in the query so five others always fit
        BooleanQuery query = new BooleanQuery.Builder()
                .add(like, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(SearchFields.PAGE, p.pagePath())), BooleanClause.Occur.MUST_NOT)
                .build();
        List<Postmortem> related = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(query, RELATED).scoreDocs) {
            related.add(postmortems.get(hit.doc));
        }
        return related;
    }

    /** Writes the browser's search data under {@code search/}; returns the path of its entry script. */
    public String writeBrowserIndex(SiteWriter out) throws IOException {
        return new BrowserIndexWriter(this).write(out);
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
