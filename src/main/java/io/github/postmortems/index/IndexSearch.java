package io.github.postmortems.index;

import io.github.postmortems.parse.Status;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Answers {@code mvn postmortem:search} with the rules the site's search page follows (the README's "Search" is
 * their one specification; {@code search.js} implements it again for the browser):
 * <ol>
 *   <li>every word scores by BM25 in one flat disjunction over title, file name and text (Lucene's own scores,
 *   which the browser reproduces bit for bit); the last word also matches the words that start with it;</li>
 *   <li>a word of five letters or more that the archive lacks matches its one-edit neighbours
 *   ({@link FuzzyQuery}); when no postmortem holds every word as typed, {@link DirectSpellChecker} suggests
 *   one for each word of four letters or more that the archive lacks;</li>
 *   <li>{@code -system:payments} and the other filters after a minus leave out what they would let through;</li>
 *   <li>postmortems holding every word rank above those holding some, then by score, then newest first.</li>
 * </ol>
 */
public final class IndexSearch {

    /** A prefix completes to at most this many words, those in the most postmortems first. */
    static final int COMPLETIONS = 32;
    /** A prefix that starts more words than this (the prefix itself apart) completes to none. */
    static final int COMPLETING = 1000;
    /** Words shorter than this are never corrected: too many neighbours. */
    static final int TYPO_LENGTH = 5;
    /**
     * Words shorter than this get no "did you mean": {@link DirectSpellChecker}'s own default, shorter than
     * {@link #TYPO_LENGTH} since a suggestion is only offered, never searched ("dsik": did you mean "disk"?).
     */
    static final int SUGGEST_LENGTH = 4;
    /** The weight of a completion or a correction beside a word as typed (1 for each time it is typed). */
    static final float EXPANSION_WEIGHT = 0.5f;
    /**
     * A word as written that is in fewer postmortems than its stem (a minority form: "customize" beside the
     * "customer" of many, both "custom") and in at most this many has its postmortems listed with its stem's
     * postings in the browser, so that both can put the postmortems that hold it as typed first (see
     * {@link #exactDocs}); a commoner form is ranked by its stem alone, which keeps the lists small.
     */
    static final int EXACT_LISTED = 50;

    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer analyzer;
    private final Analyzer words = SearchFields.words();
    private final Analyzer stemmer = SearchFields.stemmer();

    IndexSearch(DirectoryReader reader, Analyzer analyzer) {
        this.reader = reader;
        this.searcher = SearchIndex.newSearcher(reader);
        this.analyzer = analyzer;
    }

    /** How results are ordered. */
    public enum Sort {
        /** All words first, then by score, then newest first. */
        RELEVANCE,
        /** Newest first. */
        DATE,
        /** Most severe first (the label's number), then by relevance. */
        SEVERITY;

        public static final List<String> NAMES = List.of("relevance", "date", "severity");

        /** The order named, or null. */
        public static Sort named(String name) {
            int i = NAMES.indexOf(name);
            return i < 0 ? null : values()[i];
        }
    }

    /** Opens an index written by a site build, queries it and closes it. */
    public static SearchResults search(Path indexDirectory, String query, Sort sort, int count) throws IOException {
        if (!Files.isDirectory(indexDirectory)) {
            throw new java.io.FileNotFoundException("no search index at " + indexDirectory + "; build the site first");
        }
        try (FSDirectory dir = FSDirectory.open(indexDirectory); DirectoryReader reader = DirectoryReader.open(dir)) {
            return new IndexSearch(reader, SearchFields.analyzer()).search(query, sort, count);
        }
    }

    /** The hits of a query in relevance order, for callers that need only them. */
    public static List<SearchHit> search(Path indexDirectory, String query, int count) throws IOException {
        return search(indexDirectory, query, Sort.RELEVANCE, count).hits();
    }

    /** A query word and the forms that match it: its stem, completions when it is the last, or corrections. */
    private static final class Group {
        final SearchQuery.Word word;
        final List<String> forms = new ArrayList<>();
        /** The words one edit away that corrected it: the words it stands for when {@link #corrected}. */
        final List<String> corrections = new ArrayList<>();
        int count;
        boolean completed;
        boolean corrected;

        Group(SearchQuery.Word word) {
            this.word = word;
            forms.add(word.stem());
        }
    }

    SearchResults search(String text, Sort sort, int count) throws IOException {
        SearchQuery q = SearchQuery.parse(text, words, stemmer, analyzer);
        int maxDoc = reader.maxDoc();
        Terms vocabulary = MultiTerms.getTerms(reader, SearchFields.WORDS);
        Set<String> phraseTerms = new java.util.HashSet<>();
        q.phrases().forEach(p -> phraseTerms.addAll(p.terms()));

        Map<String, Group> groups = new LinkedHashMap<>();
        for (SearchQuery.Word w : q.words()) {
            groups.computeIfAbsent(w.stem(), s -> new Group(w)).count++;
        }
        if (q.prefix() != null && vocabulary != null) {
            Group last = groups.get(q.prefix().stem());
            for (String word : completions(vocabulary, q.prefix().surface())) {
                String stem = SearchQuery.stem(word, stemmer);
                if (!last.forms.contains(stem)) {
                    last.forms.add(stem);
                    last.completed = true;
                }
            }
        }
        for (Group g : groups.values()) {
            String surface = g.word.surface();
            if (vocabulary != null && !g.completed && !phraseTerms.contains(g.word.stem())
                    && surface.codePointCount(0, surface.length()) >= TYPO_LENGTH
                    && reader.docFreq(new Term(SearchFields.BODY, g.word.stem())) == 0) {
                for (String word : corrections(vocabulary, surface)) {
                    g.corrections.add(word);
                    String stem = SearchQuery.stem(word, stemmer);
                    if (!g.forms.contains(stem)) {
                        g.forms.add(stem);
                        g.corrected = true;
                    }
                }
            }
        }

        // one clause per (field, stem): a stem typed n times weighs n, a completion or correction half a word
        Map<String, Float> weights = new LinkedHashMap<>();
        groups.values().forEach(g -> weights.put(g.word.stem(), (float) g.count));
        groups.values().forEach(g -> g.forms.forEach(f -> weights.putIfAbsent(f, EXPANSION_WEIGHT)));
        BooleanQuery scoring = PlainQuery.of(weights);

        float[] scores = new float[maxDoc];
        FixedBitSet candidates = new FixedBitSet(Math.max(1, maxDoc));
        if (q.listsEverything()) {
            candidates.set(0, maxDoc);
        } else {
            for (ScoreDoc sd : searcher.search(scoring, Math.max(1, maxDoc)).scoreDocs) {
                scores[sd.doc] = sd.score;
                candidates.set(sd.doc);
            }
            for (SearchQuery.Phrase p : q.phrases()) {
                candidates.and(docs(phrase(p)));
            }
        }
        for (String t : q.excluded()) {
            candidates.andNot(postings(t));
        }
        filter(q, candidates);

        List<FixedBitSet> matchedAs = new ArrayList<>(); // per group: documents holding one of its forms
        List<FixedBitSet> typed = new ArrayList<>(); // per group: documents holding it as typed (or completed)
        Map<String, FixedBitSet> formDocs = new java.util.HashMap<>(); // each form's documents, read once
        for (Group g : groups.values()) {
            FixedBitSet any = new FixedBitSet(Math.max(1, maxDoc));
            FixedBitSet asTyped = new FixedBitSet(Math.max(1, maxDoc));
            for (String form : g.forms) {
                FixedBitSet docs = postings(form);
                formDocs.put(form, docs);
                any.or(docs);
                if (!g.corrected || form.equals(g.word.stem())) {
                    asTyped.or(docs);
                }
            }
            matchedAs.add(any);
            typed.add(asTyped);
        }

        int[] exact = new int[maxDoc]; // per document: the groups it holds as typed (or as corrected)
        for (Group g : groups.values()) {
            FixedBitSet docs = exactDocs(g, formDocs);
            for (int doc = 0; docs != null && doc < maxDoc; doc++) {
                exact[doc] += docs.get(doc) ? 1 : 0;
            }
        }

        List<Integer> matched = new ArrayList<>();
        boolean[] all = new boolean[maxDoc];
        int allWords = 0;
        boolean anyTyped = false;
        for (int doc = 0; doc < maxDoc; doc++) {
            if (!candidates.get(doc)) {
                continue;
            }
            matched.add(doc);
            boolean every = true;
            boolean everyTyped = true;
            for (int g = 0; g < matchedAs.size(); g++) {
                every &= matchedAs.get(g).get(doc);
                everyTyped &= typed.get(g).get(doc);
            }
            all[doc] = every;
            allWords += every ? 1 : 0;
            anyTyped |= everyTyped;
        }

        Comparator<Integer> relevance = Comparator.<Integer, Boolean>comparing(d -> !all[d])
                .thenComparing(d -> -exact[d]).thenComparing(d -> -scores[d]).thenComparing(d -> d);
        int[] severity = sort == Sort.SEVERITY ? severityRanks() : null;
        Comparator<Integer> order = switch (sort) {
            case RELEVANCE -> relevance;
            case DATE -> Comparator.naturalOrder();
            case SEVERITY -> Comparator.<Integer>comparingInt(d -> severity[d]).thenComparing(relevance);
        };
        matched.sort(order);

        String suggestion = groups.isEmpty() || anyTyped ? null : suggestion(text, q, groups, vocabulary);
        List<SearchHit> hits = hits(matched.subList(0, Math.min(count, matched.size())), scores,
                weights.isEmpty() ? null : scoring);
        List<String> notes = new ArrayList<>(q.notes());
        notes.addAll(unmatched(q.facetFilters()));
        return new SearchResults(hits, matched.size(), groups.size() > 1 ? allWords : matched.size(), groups.size(),
                suggestion, notes);
    }

    /**
     * Words that start with the prefix (itself apart): those in the most postmortems, then in word order; none when
     * it starts more than {@link #COMPLETING} words, as two letters do ("re"), which say too little to load.
     */
    static List<String> completions(Terms vocabulary, String prefix) throws IOException {
        record Candidate(String word, int docFreq) {
        }
        List<Candidate> found = new ArrayList<>();
        TermsEnum te = vocabulary.iterator();
        BytesRef start = new BytesRef(prefix);
        if (te.seekCeil(start) != TermsEnum.SeekStatus.END) {
            for (BytesRef t = te.term(); t != null && org.apache.lucene.util.StringHelper.startsWith(t, start);
                 t = te.next()) {
                String word = t.utf8ToString();
                if (!word.equals(prefix)) {
                    found.add(new Candidate(word, te.docFreq()));
                }
                if (found.size() > COMPLETING) {
                    return List.of();
                }
            }
        }
        return found.stream()
                .sorted(Comparator.comparingInt(Candidate::docFreq).reversed().thenComparing(Candidate::word))
                .limit(COMPLETIONS).map(Candidate::word).toList();
    }

    /** Words one edit away (insert, delete, substitute, transpose), in word order. */
    static List<String> corrections(Terms vocabulary, String word) throws IOException {
        FuzzyQuery fuzzy = new FuzzyQuery(new Term(SearchFields.WORDS, word), 1, 0, FuzzyQuery.defaultMaxExpansions,
                true);
        List<String> out = new ArrayList<>();
        TermsEnum te = fuzzy.getTermsEnum(vocabulary);
        for (BytesRef t = te.next(); t != null; t = te.next()) {
            String candidate = t.utf8ToString();
            if (!candidate.equals(word)) {
                out.add(candidate);
            }
        }
        out.sort(Comparator.naturalOrder());
        return out;
    }

    /**
     * "Did you mean": the query with each word the archive lacks (four letters or more) replaced by its
     * neighbour one edit away that is in the most postmortems; null when no word has one.
     */
    private String suggestion(String text, SearchQuery q, Map<String, Group> groups, Terms vocabulary)
            throws IOException {
        if (vocabulary == null) {
            return null;
        }
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMaxEdits(1);
        checker.setMinPrefix(0);
        checker.setMinQueryLength(SUGGEST_LENGTH);
        checker.setMaxInspections(1000);
        checker.setLowerCaseTerms(false); // the words are lower case already, as Java lowers each code point
        // the checker puts the greatest first: the most postmortems, then the first in word order
        checker.setComparator(Comparator.comparingInt((SuggestWord w) -> w.freq)
                .thenComparing((SuggestWord w) -> w.string, Comparator.reverseOrder()));
        Map<String, String> replace = new LinkedHashMap<>();
        for (Group g : groups.values()) {
            if (g.completed || reader.docFreq(new Term(SearchFields.BODY, g.word.stem())) > 0) {
                continue;
            }
            SuggestWord[] best = checker.suggestSimilar(new Term(SearchFields.WORDS, g.word.surface()), 1, reader,
                    SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            if (best.length > 0) {
                replace.put(g.word.stem(), best[0].string);
            }
        }
        if (replace.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder(text);
        List<SearchQuery.Word> ws = new ArrayList<>(q.words());
        for (int i = ws.size() - 1; i >= 0; i--) {
            SearchQuery.Word w = ws.get(i);
            String to = replace.get(w.stem());
            if (to != null) {
                out.replace(w.start(), w.end(), to);
            }
        }
        return out.toString();
    }

    /** Keeps the documents that the query's filters let through. */
    private void filter(SearchQuery q, FixedBitSet candidates) throws IOException {
        int maxDoc = reader.maxDoc();
        NumericDocValues day = MultiDocValues.getNumericValues(reader, SearchFields.DAY);
        NumericDocValues ttd = MultiDocValues.getNumericValues(reader, SearchFields.TTD);
        NumericDocValues ttr = MultiDocValues.getNumericValues(reader, SearchFields.TTR);
        long[] days = values(day, maxDoc);
        long[] ttds = values(ttd, maxDoc);
        long[] ttrs = values(ttr, maxDoc);
        var stored = reader.storedFields();
        Set<String> fields = Set.of(SearchFields.SYSTEM, SearchFields.YEAR, SearchFields.SEVERITY, SearchFields.STATUS);
        for (int doc = 0; doc < maxDoc; doc++) {
            if (!candidates.get(doc)) {
                continue;
            }
            boolean keep = days[doc] >= q.after() && days[doc] < q.before();
            for (SearchQuery.Limit limit : q.limits()) {
                keep &= limit.admits(limit.field().equals("ttd") ? ttds[doc] : ttrs[doc]);
            }
            if (keep && !q.facetFilters().isEmpty()) {
                var d = stored.document(doc, fields);
                for (String field : SearchQuery.FACETS) {
                    String value = d.get(field);
                    boolean restricted = false;
                    boolean wanted = false;
                    for (SearchQuery.FacetFilter f : q.facetFilters()) {
                        if (f.field().equals(field)) {
                            boolean matches = facetMatches(field, value, f.value());
                            keep &= !(f.excluding() && matches);
                            restricted |= !f.excluding();
                            wanted |= !f.excluding() && matches;
                        }
                    }
                    keep &= !restricted || wanted; // values OR within a field
                }
            }
            if (!keep) {
                candidates.clear(doc);
            }
        }
    }

    /**
     * "No postmortem has system "paymnts"." for each typed facet value that none of the archive's values answers:
     * it lets nothing through (or, excluded, leaves nothing out), which the reader should know. Every status
     * counts, used or not, since the page's facet offers them all.
     */
    private List<String> unmatched(List<SearchQuery.FacetFilter> filters) throws IOException {
        List<String> out = new ArrayList<>();
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (SearchQuery.FacetFilter f : filters) {
            if (!values.containsKey(f.field())) {
                values.put(f.field(), facetValues(f.field()));
            }
            List<String> known = values.get(f.field());
            if (known.stream().noneMatch(v -> facetMatches(f.field(), v, f.value()))) {
                out.add("No postmortem has " + f.field() + " \"" + f.value() + "\".");
            }
        }
        return out;
    }

    /** The values of a facet field: those of the archive's postmortems, every status. */
    private List<String> facetValues(String field) throws IOException {
        if (field.equals(SearchFields.STATUS)) {
            return java.util.Arrays.stream(Status.values()).map(Status::slug).toList();
        }
        List<String> out = new ArrayList<>();
        Terms terms = MultiTerms.getTerms(reader, field);
        if (terms != null) {
            TermsEnum te = terms.iterator();
            for (BytesRef t = te.next(); t != null; t = te.next()) {
                out.add(t.utf8ToString());
            }
        }
        return out;
    }

    /**
     * Whether a document's value (lower case) answers {@code field:wanted}: exactly; a severity also by its
     * number ({@code severity:1} is SEV-1, P1, sev1); a status also by its label.
     */
    static boolean facetMatches(String field, String value, String wanted) {
        if (value == null) {
            return false;
        }
        if (value.equals(wanted)) {
            return true;
        }
        if (field.equals("severity")) {
            return !wanted.isEmpty() && wanted.chars().allMatch(c -> c >= '0' && c <= '9')
                    && !value.equals("unknown") && digits(value).equals(wanted);
        }
        if (field.equals("status")) {
            for (Status s : Status.values()) {
                if (s.slug().equals(value) && s.label().toLowerCase(Locale.ROOT).equals(wanted)) {
                    return true;
                }
            }
        }
        return false;
    }

    static String digits(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Each document's place in severity order: labels with a number by that number (SEV-1 before SEV-2), then
     * other labels, then unknown; equal numbers by label.
     */
    private int[] severityRanks() throws IOException {
        int maxDoc = reader.maxDoc();
        String[] labels = new String[maxDoc];
        java.util.TreeSet<String> distinct = new java.util.TreeSet<>(severityOrder());
        var stored = reader.storedFields();
        for (int doc = 0; doc < maxDoc; doc++) {
            labels[doc] = stored.document(doc, Set.of(SearchFields.SEVERITY)).get(SearchFields.SEVERITY);
            distinct.add(labels[doc]);
        }
        List<String> order = new ArrayList<>(distinct);
        int[] ranks = new int[maxDoc];
        for (int doc = 0; doc < maxDoc; doc++) {
            ranks[doc] = order.indexOf(labels[doc]);
        }
        return ranks;
    }

    static Comparator<String> severityOrder() {
        return Comparator.<String>comparingInt(s -> s.equals("unknown") ? 2 : digits(s).isEmpty() ? 1 : 0)
                .thenComparing(s -> digits(s).isEmpty() ? new java.math.BigInteger("0")
                        : new java.math.BigInteger(digits(s)))
                .thenComparing(Comparator.naturalOrder());
    }

    private static long[] values(NumericDocValues values, int maxDoc) throws IOException {
        long[] out = new long[maxDoc];
        java.util.Arrays.fill(out, -1);
        if (values != null) {
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                out[doc] = values.longValue();
            }
        }
        return out;
    }

    private PhraseQuery phrase(SearchQuery.Phrase p) {
        PhraseQuery.Builder b = new PhraseQuery.Builder();
        for (int i = 0; i < p.terms().size(); i++) {
            b.add(new Term(SearchFields.BODY, p.terms().get(i)), p.positions().get(i));
        }
        return b.build();
    }

    private FixedBitSet docs(org.apache.lucene.search.Query query) throws IOException {
        FixedBitSet out = new FixedBitSet(Math.max(1, reader.maxDoc()));
        for (ScoreDoc sd : searcher.search(query, Math.max(1, reader.maxDoc())).scoreDocs) {
            out.set(sd.doc);
        }
        return out;
    }

    /**
     * The documents that hold a group's word as typed (a corrected word: one of its corrections), which rank first
     * among those that match as many words: a minority form's own postmortems ({@link #EXACT_LISTED}), any other
     * word's those of its stem; null (the group does not order) for a completed prefix, or when one of the words is
     * a minority form too common to be listed. Every word's stem is among the group's forms, whose documents
     * {@code formDocs} holds.
     */
    private FixedBitSet exactDocs(Group g, Map<String, FixedBitSet> formDocs) throws IOException {
        if (g.completed) {
            return null;
        }
        FixedBitSet out = new FixedBitSet(Math.max(1, reader.maxDoc()));
        for (String word : g.corrected ? g.corrections : List.of(g.word.surface())) {
            String stem = SearchQuery.stem(word, stemmer);
            int asWritten = reader.docFreq(new Term(SearchFields.WORDS, word));
            if (asWritten > 0 && asWritten < reader.docFreq(new Term(SearchFields.BODY, stem))) {
                if (asWritten > EXACT_LISTED) {
                    return null;
                }
                out.or(postings(SearchFields.WORDS, word));
            } else {
                out.or(formDocs.get(stem));
            }
        }
        return out;
    }

    /** The documents whose text holds the stem. */
    private FixedBitSet postings(String stem) throws IOException {
        return postings(SearchFields.BODY, stem);
    }

    private FixedBitSet postings(String field, String term) throws IOException {
        FixedBitSet out = new FixedBitSet(Math.max(1, reader.maxDoc()));
        PostingsEnum pe = MultiTerms.getTermPostingsEnum(reader, field, new BytesRef(term), PostingsEnum.NONE);
        if (pe != null) {
            for (int doc = pe.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = pe.nextDoc()) {
                out.set(doc);
            }
        }
        return out;
    }

    private List<SearchHit> hits(List<Integer> page, float[] scores, BooleanQuery scoring) throws IOException {
        ScoreDoc[] docs = new ScoreDoc[page.size()];
        for (int i = 0; i < docs.length; i++) {
            docs[i] = new ScoreDoc(page.get(i), scores[page.get(i)]);
        }
        String[] snippets = new String[docs.length];
        if (scoring != null && docs.length > 0) {
            UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                    .withFormatter(new DefaultPassageFormatter("[", "]", " … ", false))
                    .withHighlightPhrasesStrictly(true)
                    .withMaxLength(100_000)
                    .withFieldMatcher(field -> true) // the snippet field is not indexed: match the query's terms of any field
                    .build();
            snippets = highlighter.highlight(SearchFields.SNIPPET, scoring,
                    new TopDocs(new TotalHits(docs.length, TotalHits.Relation.EQUAL_TO), docs), 1);
        }
        List<SearchHit> hits = new ArrayList<>();
        var stored = reader.storedFields();
        for (int i = 0; i < docs.length; i++) {
            var doc = stored.document(docs[i].doc);
            String snippet = snippets[i] == null ? "" : oneLine(snippets[i]);
            hits.add(new SearchHit(i + 1, docs[i].score, doc.get(SearchFields.PAGE), doc.get(SearchFields.TITLE),
                    snippet));
        }
        return hits;
    }

    private static String oneLine(String s) {
        return s.replaceAll("[\\s\u2029]+", " ").strip();
    }
}
