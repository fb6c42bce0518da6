package io.github.postmortems.index;

import io.github.postmortems.CodePoints;
import io.github.postmortems.model.Summary;
import io.github.postmortems.parse.Postmortem;
import io.github.postmortems.write.SiteWriter;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
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
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Lucene index of an archive, written while the postmortems are read, in a directory outside the site.
 * Documents are added from every core in any order; the index sort puts them in the catalogue's newest-first
 * order (the day, newest first, then the archive path), so after the final merge document IDs follow it and
 * ties rank the newer postmortem first here and in the browser alike.
 */
public final class SearchIndex implements Closeable {

    /** At most this many related postmortems per page. */
    public static final int RELATED = 5;

    private static final String ORDER_DAY = SearchFields.DAY;
    private static final String ORDER_PATH = "order_path";
    /** Each part of the page's text with the id it starts at, capped, stored for the browser's snippets. */
    static final String PARTS = "parts";

    /**
     * The fields related incidents compare: stored text with term vectors, so that finding a page's related
     * incidents reads its terms instead of analysing its text again (most of the cost of related incidents).
     */
    private static final FieldType WITH_VECTORS = withVectors();

    private static FieldType withVectors() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setStoreTermVectors(true);
        type.freeze();
        return type;
    }

    private final List<Summary> postmortems;
    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer analyzer;
    private final Map<String, Integer> docIds;
    private BrowserLayout layout;
    private QueryBytes queryBytes;

    private SearchIndex(List<Summary> postmortems, Directory directory, Analyzer analyzer) throws IOException {
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
        if (!postmortems.isEmpty()) {
            try {
                checkOrder();
            } catch (RuntimeException | IOException e) {
                reader.close();
                throw e;
            }
        }
    }

    /** Where a build keeps the index of the site it writes to {@code siteDirectory}: beside it, not in it. */
    public static Path directoryFor(Path siteDirectory) {
        Path site = siteDirectory.toAbsolutePath().normalize();
        return site.resolveSibling(site.getFileName() + "-index");
    }

    /** Starts a new index in {@code indexDirectory}, replacing what was there. */
    public static Writer create(Path indexDirectory) throws IOException {
        return new Writer(indexDirectory, IndexWriterConfig.OpenMode.CREATE);
    }

    /**
     * Starts an index in {@code indexDirectory} from a copy of the last build's: a postmortem added replaces the
     * document of its page, and {@link Writer#delete} takes out the pages that are gone, so only what changed is
     * analysed again. After the final merge nothing of the replaced documents is left in the statistics, and the
     * index sort fixes the document IDs: scores and IDs are those of an index written anew.
     */
    public static Writer update(Path indexDirectory, Path previous) throws IOException {
        Files.createDirectories(indexDirectory);
        try (java.util.stream.Stream<Path> files = Files.list(previous)) {
            for (Path f : files.sorted().toList()) {
                if (Files.isRegularFile(f) && !f.getFileName().toString().equals("write.lock")) {
                    Files.copy(f, indexDirectory.resolve(f.getFileName().toString()));
                }
            }
        }
        return new Writer(indexDirectory, IndexWriterConfig.OpenMode.APPEND);
    }

    /** An index being written; {@link #add} may be called from many threads at once. */
    public static final class Writer implements Closeable {
        private final Directory directory;
        private final IndexWriter writer;
        private final Analyzer analyzer = SearchFields.analyzer();
        /** Whether documents replace those of their page: an index updated from the last build's. */
        private final boolean replacing;
        private boolean finished;

        private Writer(Path indexDirectory, IndexWriterConfig.OpenMode mode) throws IOException {
            replacing = mode == IndexWriterConfig.OpenMode.APPEND;
            Files.createDirectories(indexDirectory);
            directory = FSDirectory.open(indexDirectory);
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setOpenMode(mode)
                    .setSimilarity(new BM25Similarity())
                    .setIndexSort(new Sort(new SortField(ORDER_DAY, SortField.Type.LONG, true),
                            new SortField(ORDER_PATH, SortField.Type.STRING)))
                    .setMergePolicy(new LogDocMergePolicy())
                    .setRAMBufferSizeMB(bufferMegabytes())
                    .setCommitOnClose(false);
            writer = new IndexWriter(directory, config);
        }

        /**
         * Fewer, larger flushes save merging, but the buffer must leave room for everything else: a quarter of
         * the heap, at most 64 MB (a 200 MB heap builds 10,000 postmortems).
         */
        private static double bufferMegabytes() {
            return Math.max(4, Math.min(64, Runtime.getRuntime().maxMemory() / (4 << 20)));
        }

        public void add(Postmortem p, Summary summary) throws IOException {
            if (replacing) {
                writer.updateDocument(new Term(SearchFields.PAGE, p.pagePath()), document(p, summary));
            } else {
                writer.addDocument(document(p, summary));
            }
        }

        /** Takes the documents of these pages out of an index that is being updated. */
        public void delete(java.util.Collection<String> pages) throws IOException {
            for (String page : pages) {
                writer.deleteDocuments(new Term(SearchFields.PAGE, page));
            }
        }

        /**
         * Merges into one segment, commits, and opens the index for searching.
         *
         * @param newestFirst every postmortem added, in the catalogue's order
         */
        public SearchIndex finish(List<Summary> newestFirst) throws IOException {
            writer.forceMerge(1);
            writer.commit();
            writer.close();
            SearchIndex index = new SearchIndex(newestFirst, directory, analyzer);
            finished = true;
            return index;
        }

        @Override
        public void close() throws IOException {
            if (!finished) {
                if (writer.isOpen()) {
                    writer.rollback();
                }
                directory.close();
            }
        }
    }

    /** Indexes the postmortems into {@code indexDirectory}: for tests and benchmarks that hold an archive. */
    public static SearchIndex build(List<Postmortem> postmortems, List<Summary> summaries, Path indexDirectory)
            throws IOException {
        try (Writer writer = create(indexDirectory)) {
            for (int i = 0; i < postmortems.size(); i++) {
                writer.add(postmortems.get(i), summaries.get(i));
            }
            return writer.finish(summaries.stream().sorted(Summary.NEWEST_FIRST).toList());
        }
    }

    /** Opens an index a build wrote, for searching only. */
    public static SearchIndex open(Path indexDirectory) throws IOException {
        return new SearchIndex(List.of(), FSDirectory.open(indexDirectory), SearchFields.analyzer());
    }

    /** Opens an index a build wrote for the catalogue {@code newestFirst}, for related incidents as well as search. */
    public static SearchIndex open(Path indexDirectory, List<Summary> newestFirst) throws IOException {
        return new SearchIndex(newestFirst, FSDirectory.open(indexDirectory), SearchFields.analyzer());
    }

    /** Document IDs must follow the catalogue, or related incidents and the browser's results would be wrong. */
    private void checkOrder() throws IOException {
        if (reader.maxDoc() != postmortems.size()) {
            throw new IllegalStateException("the search index holds " + reader.maxDoc() + " documents for "
                    + postmortems.size() + " postmortems");
        }
        // the sort key's doc values, not the stored fields: those are compressed with each page's whole text
        org.apache.lucene.index.SortedDocValues paths =
                org.apache.lucene.index.MultiDocValues.getSortedValues(reader, ORDER_PATH);
        for (int doc = 0; doc < postmortems.size(); doc++) {
            String source = paths != null && paths.advanceExact(doc) ? paths.lookupOrd(paths.ordValue()).utf8ToString()
                    : null;
            if (!postmortems.get(doc).sourcePath().equals(source)) {
                throw new IllegalStateException("search document " + doc + " is " + source + ", expected "
                        + postmortems.get(doc).sourcePath());
            }
        }
    }

    static IndexSearcher newSearcher(DirectoryReader reader) {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setSimilarity(new BM25Similarity());
        return searcher;
    }

    private static Document document(Postmortem p, Summary summary) throws IOException {
        Document doc = new Document();
        doc.add(new NumericDocValuesField(ORDER_DAY, summary.day().toEpochDay()));
        doc.add(new SortedDocValuesField(ORDER_PATH, new BytesRef(p.sourcePath())));
        doc.add(new StringField(SearchFields.PAGE, p.pagePath(), Field.Store.YES));
        doc.add(new Field(SearchFields.TITLE, p.title(), WITH_VECTORS));
        doc.add(new TextField(SearchFields.NAME, nameText(p), Field.Store.NO));
        String attachments = PostmortemText.attachments(p);
        PostmortemText.Text text = PostmortemText.of(p); // the costliest step of indexing: once per postmortem
        String body = text.body();
        String searchable = bodyText(p, body, attachments);
        doc.add(new Field(SearchFields.BODY, searchable, WITH_VECTORS));
        doc.add(new Field(SearchFields.WORDS, searchable, WORDS_TYPE));
        doc.add(new NumericDocValuesField(SearchFields.TTD, minutes(summary.times().timeToDetect())));
        doc.add(new NumericDocValuesField(SearchFields.TTR, minutes(summary.times().timeToResolve())));
        // lines as paragraphs (U+2029): the highlighter's passages then end at a line, such as a timeline row
        String snippetText = attachments.isEmpty() ? body : body + "\n" + attachments;
        doc.add(new StoredField(SearchFields.SNIPPET, snippetText.replace('\n', '\u2029')));
        doc.add(new StoredField(PARTS, SnippetText.of(text.parts())));
        if (!attachments.isEmpty()) {
            doc.add(new TextField(SearchFields.ATTACHMENTS, attachments, Field.Store.NO));
        }
        text.sections().forEach((key, sectionText) -> {
            if (SearchFields.SECTIONS.contains(key)) {
                doc.add(new TextField(key, sectionText, Field.Store.NO));
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

    /** Words only: which documents hold them is all a prefix or a typo needs. */
    private static final org.apache.lucene.document.FieldType WORDS_TYPE = wordsType();

    private static org.apache.lucene.document.FieldType wordsType() {
        org.apache.lucene.document.FieldType type = new org.apache.lucene.document.FieldType();
        type.setIndexOptions(org.apache.lucene.index.IndexOptions.DOCS);
        type.setTokenized(true);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }

    static long minutes(java.time.Duration d) {
        return d == null ? -1 : d.toMinutes();
    }

    static String nameText(Postmortem p) {
        return p.system() + " " + p.event();
    }

    /** Title, file name, page text and attachments: what a plain query searches. */
    static String bodyText(Postmortem p, String body, String attachments) {
        StringBuilder text = new StringBuilder(p.title()).append('\n').append(nameText(p)).append('\n')
                .append(body);
        if (!attachments.isEmpty()) {
            text.append('\n').append(attachments);
        }
        return text.toString();
    }

    static String severity(Postmortem p) {
        return p.severity() == null ? "unknown" : keyword(p.severity());
    }

    /** A facet value; cut so that no author's text can reach Lucene's limit of 32,766 bytes for one term. */
    private static String keyword(String value) {
        return CodePoints.prefix(value, 1_000).toLowerCase(Locale.ROOT);
    }

    public List<Summary> postmortems() {
        return postmortems;
    }

    public DirectoryReader reader() {
        return reader;
    }

    public Analyzer analyzer() {
        return analyzer;
    }

    /** Searches like {@code postmortem:search}. */
    public SearchResults search(String query, IndexSearch.Sort sort, int count) throws IOException {
        return new IndexSearch(reader, analyzer).search(query, sort, count);
    }

    /** The first hits in relevance order. */
    public List<SearchHit> search(String query, int count) throws IOException {
        return search(query, IndexSearch.Sort.RELEVANCE, count).hits();
    }

    /**
     * Up to {@link #RELATED} postmortems like the one with this page, by Lucene's MoreLikeThis over title and
     * body: never the postmortem itself, ordered by score then index order.
     */
    public List<Summary> related(String pagePath) throws IOException {
        Integer doc = docIds.get(pagePath);
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
                .add(new TermQuery(new Term(SearchFields.PAGE, pagePath)), BooleanClause.Occur.MUST_NOT)
                .build();
        List<Summary> related = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(query, RELATED).scoreDocs) {
            related.add(postmortems.get(hit.doc));
        }
        return related;
    }

    /** Writes the browser's search data under {@code search/}; returns the path of its entry script. */
    public String writeBrowserIndex(SiteWriter out) throws IOException {
        layout = new BrowserIndexWriter(this, BrowserIndexWriter.MAX_FILES).write(out);
        return layout.entry();
    }

    /**
     * What the search page's queries load, estimated over {@link QueryBytes#SAMPLE} queries drawn from the index's
     * own words, once {@link #writeBrowserIndex} has written the data.
     *
     * @param pageFiles the search page and the styles and scripts it loads, by site path
     */
    public QueryBytes measureQueries(java.util.Map<String, byte[]> pageFiles) throws IOException {
        if (layout == null) {
            throw new IllegalStateException("the browser index is not written yet");
        }
        queryBytes = QueryBytes.estimate(reader, layout, pageFiles, QueryBytes.SAMPLE, 1);
        return queryBytes;
    }

    /** What {@link #measureQueries} found, or null when this build wrote no search page. */
    public QueryBytes queryBytes() {
        return queryBytes;
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
