package io.github.postmortems.index;

import io.github.postmortems.model.Summary;
import org.apache.lucene.index.StoredFields;
import io.github.postmortems.parse.PostmortemTrigger;
import io.github.postmortems.parse.Status;
import io.github.postmortems.write.SiteWriter;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Exports the index for the browser as classic scripts (they load from file://, where fetch cannot), each
 * named by a hash of its content so a deploy never serves a stale one:
 * <ul>
 *   <li>{@code search/facets.H.js}: each document's system, year, severity, status and triggers (a bit each) as
 *   one packed code, and
 *       its body norm (one byte a document, rather than in each of its postings);</li>
 *   <li>{@code search/analysis.H.js}: the tables of {@link AnalysisTables};</li>
 *   <li>{@code search/tN.H.js}: term shards, each a contiguous range of the sorted terms with their postings
 *       in the ranked fields (a query loads only the shards of its terms);</li>
 *   <li>{@code search/sN.H.js}: consecutive postmortems by doc ID, each as its page, title, date and the parts of
 *       its text (see {@link SnippetText}) with the ids they start at, for the results shown and their snippets;</li>
 *   <li>{@code search/wN.H.js} and {@code search/rN.H.js}: the words as written ({@link SearchFields#WORDS}),
 *       sorted, then sorted read backwards, each with the number of postmortems holding it: prefixes complete
 *       against the first, typos are corrected against both (a one-edit neighbour shares its first or its last
 *       half with the word);</li>
 *   <li>{@code search/pN.H.js}: each term's positions in the text, loaded only for a quoted phrase, whose words
 *       must follow each other there;</li>
 *   <li>{@code search/times.H.js}: each document's day, time to detect and time to resolve, loaded only for
 *       {@code after: before: ttd: ttr:};</li>
 *   <li>{@code search/more.H.js}: the directories of the backwards words and of the positions;</li>
 *   <li>{@code search/index.H.js}: field statistics, the shard directory, facet values, which postmortems each
 *       {@code sN} holds and the other files' hashes.</li>
 * </ul>
 * However large the archive, it writes at most {@code maxFiles} files: shards and text chunks grow instead of
 * multiplying, so a host or a repository that counts files is not flooded (10,000 postmortems: 1,000 files).
 * A posting is numbers in a 64-letter alphabet, 5 bits a letter with a continuation bit: doc ID delta, term
 * frequency and, except in the body field, the norm byte.
 */
final class BrowserIndexWriter {

    /** The default cap on the files under {@code search/}. */
    static final int MAX_FILES = 1000;
    /** Shards of fewer bytes would only add files: a query loads one per word. */
    static final int SHARD_TARGET = 8 * 1024;
    /** Word shards are loaded one for a prefix: the size of a term shard. */
    static final int WORD_SHARD = 8 * 1024;
    /** Positions are loaded only for phrases, so their shards may be larger than the postings'. */
    static final int POSITION_SHARD = 32 * 1024;
    static final int FIRST_DAY_OFFSET = 1_000_000;
    static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private final SearchIndex index;
    private final int maxFiles;

    /**
     * @param maxFiles at most this many files under {@code search/}: the entry, analysis and facet files, term
     *        shards of {@link #SHARD_TARGET} bytes or, when those would take more than a third of the rest, fewer
     *        and larger ones, and text chunks in what is left (a query loads ten chunks and one shard a word)
     */
    BrowserIndexWriter(SearchIndex index, int maxFiles) {
        if (maxFiles < 20) {
            throw new IllegalArgumentException("the search data needs at least 20 files, got " + maxFiles);
        }
        this.index = index;
        this.maxFiles = maxFiles;
    }

    BrowserLayout write(SiteWriter out) throws IOException {
        List<Summary> docs = index.postmortems();
        Facets facets = new Facets(docs);

        BrowserLayout.File analysis = emit(out, "analysis", AnalysisTables.NOTICE, AnalysisTables.script(), 10);

        List<LeafReader> leaves = index.reader().leaves().stream().map(c -> c.reader()).toList();
        if (leaves.size() > 1) {
            throw new IllegalStateException("the search index should be one segment, found " + leaves.size());
        }
        TreeMap<String, String[]> postings = new TreeMap<>(); // String order is JS's order
        StringJoiner fields = new StringJoiner(",", "[", "]");
        List<String> ranked = SearchFields.RANKED;
        for (int f = 0; f < ranked.size(); f++) {
            String field = ranked.get(f);
            long docCount = 0;
            long sumTtf = 0;
            if (!leaves.isEmpty()) {
                Terms terms = leaves.get(0).terms(field);
                if (terms != null) {
                    docCount = terms.getDocCount();
                    sumTtf = terms.getSumTotalTermFreq();
                    readPostings(leaves.get(0), field, f, terms, postings);
                }
            }
            fields.add("{\"name\":" + Js.string(field) + ",\"boost\":" + boost(field) + ",\"docCount\":" + docCount
                    + ",\"sumTtf\":" + sumTtf + "}");
        }

        if (!leaves.isEmpty()) {
            minorityForms(leaves.get(0), postings);
        }

        // the words as written, their positions and the days and durations: a tenth of the files each for the three
        // sets of shards, so that they leave the term shards and text chunks most of the cap
        List<BrowserLayout.File> others = new ArrayList<>();
        int share = Math.max(2, maxFiles / 10);
        TreeMap<String, Integer> words = words(leaves);
        TreeMap<String, Integer> backwards = new TreeMap<>();
        words.forEach((w, df) -> backwards.put(reverse(w), df));
        List<BrowserLayout.File> wordFiles = new ArrayList<>();
        List<String> wordFirsts = new ArrayList<>();
        String forward = wordShards(out, "w", words, WORD_SHARD, share, wordFiles, wordFirsts);
        others.addAll(wordFiles);
        String reversed = wordShards(out, "r", backwards, WORD_SHARD, share, others, new ArrayList<>());
        String positions = wordShards(out, "p", positions(leaves), POSITION_SHARD, share, others, new ArrayList<>());
        BrowserLayout.File times = emit(out, "times", "", Js.string(times(leaves, docs.size())), 8);
        // only typos and phrases need these directories: out of the entry every query loads
        BrowserLayout.File more = emit(out, "more", "", "{\"rwords\":" + reversed + ",\"positions\":" + positions + "}",
                8);
        others.add(times);
        others.add(more);

        List<String> firstTerms = new ArrayList<>();
        List<BrowserLayout.File> shards = new ArrayList<>();
        int shardFiles = Math.max(2, (maxFiles - 3 - others.size()) / 3);
        int shardTarget = (int) Math.max(SHARD_TARGET, ceilDiv(postingBytes(postings), shardFiles - 1));
        StringBuilder shard = new StringBuilder();
        String first = null;
        for (Map.Entry<String, String[]> e : postings.entrySet()) {
            if (first == null) {
                first = e.getKey();
            }
            String[] p = e.getValue();
            shard.append(Js.string(e.getKey()));
            for (String s : p) {
                shard.append(',').append(Js.string(s == null ? "" : s));
            }
            shard.append(',');
            if (shard.length() >= shardTarget) {
                shards.add(shard(out, firstTerms.size(), shard));
                firstTerms.add(first);
                shard.setLength(0);
                first = null;
            }
        }
        if (first != null) {
            shards.add(shard(out, firstTerms.size(), shard));
            firstTerms.add(first);
        }

        List<BrowserLayout.File> chunks = new ArrayList<>();
        int[] chunkStarts = writeChunks(out, docs, chunks, Math.max(1, maxFiles - 3 - others.size() - shards.size()));

        BrowserLayout.File facetFile = emit(out, "facets", "", Js.string(facets.table(bodyNorms(leaves, docs.size()))), 8);

        StringBuilder starts = new StringBuilder();
        for (int c = 0; c < chunkStarts.length; c++) {
            number(starts, chunkStarts[c] - (c == 0 ? 0 : chunkStarts[c - 1]));
        }
        String entry = "{\"docs\":" + docs.size()
                + ",\"chunkStarts\":" + Js.string(starts.toString())
                + ",\"chunkHashes\":" + Js.string(hashes(chunks))
                + ",\"analysis\":" + Js.string(analysis.name())
                + ",\"fields\":" + fields
                + ",\"shards\":" + strings(firstTerms)
                + ",\"shardHashes\":" + strings(shards.stream().map(BrowserLayout.File::hash).toList())
                + ",\"facets\":" + facets.json()
                + ",\"facetFile\":" + Js.string(facetFile.name())
                + ",\"facetWidth\":" + facets.width()
                + ",\"words\":" + forward
                + ",\"more\":" + Js.string(more.name())
                + ",\"times\":" + Js.string(times.name())
                + "}";
        BrowserLayout.File entryFile = emit(out, "index", "", entry, 10);
        return new BrowserLayout("search/" + entryFile.name(), List.of(entryFile, analysis, facetFile), firstTerms,
                shards, chunkStarts, chunks, others, wordFirsts, wordFiles);
    }

    /**
     * Writes the postmortems' text chunks, consecutive doc IDs each: a postmortem a chunk while they fit in
     * {@code chunkFiles}, else each chunk about the archive's text divided by {@code chunkFiles} (a postmortem goes
     * to the chunk its middle falls in); returns each chunk's first doc ID.
     */
    private int[] writeChunks(SiteWriter out, List<Summary> docs, List<BrowserLayout.File> chunks, int chunkFiles)
            throws IOException {
        StoredFields stored = index.reader().storedFields();
        int[] sizes = new int[docs.size()];
        long total = 0;
        for (int doc = 0; doc < docs.size(); doc++) {
            sizes[doc] = docPayload(stored, docs.get(doc), doc).length() + 1;
            total += sizes[doc];
        }
        int count = Math.min(docs.size(), chunkFiles);
        List<Integer> starts = new ArrayList<>();
        StringJoiner chunk = null;
        long before = 0;
        long current = -1;
        for (int doc = 0; doc < docs.size(); doc++) {
            long slot = docs.size() <= chunkFiles ? doc : (2 * before + sizes[doc]) * count / (2 * total);
            if (slot != current && chunk != null) {
                chunks.add(emit(out, "s" + chunks.size(), "", chunk.toString(), 8));
                chunk = null;
            }
            if (chunk == null) {
                chunk = new StringJoiner(",", "[", "]");
                starts.add(doc);
                current = slot;
            }
            chunk.add(docPayload(stored, docs.get(doc), doc));
            before += sizes[doc];
        }
        if (chunk != null) {
            chunks.add(emit(out, "s" + chunks.size(), "", chunk.toString(), 8));
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** One postmortem in a chunk: {@code [page, title, date, [id, text, id, text, ...]]}. */
    private static String docPayload(StoredFields stored, Summary p, int doc) throws IOException {
        StringJoiner parts = new StringJoiner(",", "[", "]");
        for (PostmortemText.Part part : SnippetText.parts(
                stored.document(doc, Set.of(SearchIndex.PARTS)).get(SearchIndex.PARTS))) {
            parts.add(Js.string(part.id())).add(Js.string(part.text()));
        }
        return "[" + Js.string(p.pagePath()) + "," + Js.string(p.title()) + "," + Js.string(p.dateText()) + ","
                + parts + "]";
    }

    /** The chars the shards will hold, counted as they are written, so the shards stay within their share. */
    private static long postingBytes(TreeMap<String, String[]> postings) {
        long bytes = 0;
        for (Map.Entry<String, String[]> e : postings.entrySet()) {
            bytes += Js.string(e.getKey()).length() + 1;
            for (String s : e.getValue()) {
                bytes += (s == null ? 0 : s.length()) + 3;
            }
        }
        return bytes;
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }

    private static String hashes(List<BrowserLayout.File> files) {
        StringBuilder out = new StringBuilder();
        files.forEach(f -> out.append(f.hash()));
        return out.toString();
    }

    /** Every word as written with the number of documents holding it, in String (and so JS) order. */
    private static TreeMap<String, Integer> words(List<LeafReader> leaves) throws IOException {
        TreeMap<String, Integer> out = new TreeMap<>();
        if (!leaves.isEmpty()) {
            Terms terms = leaves.get(0).terms(SearchFields.WORDS);
            if (terms != null) {
                TermsEnum te = terms.iterator();
                for (BytesRef t = te.next(); t != null; t = te.next()) {
                    out.put(t.utf8ToString(), te.docFreq());
                }
            }
        }
        return out;
    }

    /**
     * Each body term's positions, for phrases: per document of its body postings, in their order, the gaps
     * between its positions (the first from 0); how many there are is the posting's frequency.
     */
    private static TreeMap<String, String> positions(List<LeafReader> leaves) throws IOException {
        TreeMap<String, String> out = new TreeMap<>();
        if (leaves.isEmpty() || leaves.get(0).terms(SearchFields.BODY) == null) {
            return out;
        }
        TermsEnum te = leaves.get(0).terms(SearchFields.BODY).iterator();
        PostingsEnum pe = null;
        StringBuilder list = new StringBuilder();
        for (BytesRef t = te.next(); t != null; t = te.next()) {
            pe = te.postings(pe, PostingsEnum.POSITIONS);
            list.setLength(0);
            for (int doc = pe.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = pe.nextDoc()) {
                int previous = 0;
                for (int i = 0; i < pe.freq(); i++) {
                    int position = pe.nextPosition();
                    number(list, position - previous);
                    previous = position;
                }
            }
            out.put(t.utf8ToString(), list.toString());
        }
        return out;
    }

    /** The word read backwards by code point. */
    static String reverse(String word) {
        return new StringBuilder(word).reverse().toString(); // StringBuilder keeps surrogate pairs in order
    }

    /**
     * Writes sorted words as shards of "word df" lines; returns their directory,
     * {@code {"first": [each shard's first word], "before": [how many words come before it], "hashes": [...]}}:
     * the counts let a prefix that starts too many words be known without loading them.
     */
    private static String wordShards(SiteWriter out, String prefix, TreeMap<String, ?> words, int minTarget,
                                     int files, List<BrowserLayout.File> written, List<String> firsts)
            throws IOException {
        long bytes = 0;
        for (Map.Entry<String, ?> e : words.entrySet()) {
            bytes += e.getKey().length() + 2 + e.getValue().toString().length();
        }
        int target = (int) Math.max(minTarget, ceilDiv(bytes, files - 1)); // grow rather than pass the share
        List<String> hashes = new ArrayList<>();
        StringJoiner before = new StringJoiner(",", "[", "]");
        StringBuilder shard = new StringBuilder();
        String first = null;
        int count = 0;
        for (Map.Entry<String, ?> e : words.entrySet()) {
            if (first == null) {
                first = e.getKey();
                before.add(Integer.toString(count));
            }
            count++;
            shard.append(e.getKey()).append(' ').append(e.getValue()).append('\n');
            if (shard.length() >= target) {
                hashes.add(wordShard(out, prefix + firsts.size(), shard, written));
                firsts.add(first);
                shard.setLength(0);
                first = null;
            }
        }
        if (first != null) {
            hashes.add(wordShard(out, prefix + firsts.size(), shard, written));
            firsts.add(first);
        }
        return "{\"first\":" + strings(firsts) + ",\"before\":" + before + ",\"hashes\":" + strings(hashes) + "}";
    }

    private static String wordShard(SiteWriter out, String name, StringBuilder content,
                                    List<BrowserLayout.File> written) throws IOException {
        BrowserLayout.File file = emit(out, name, "", Js.string(content.toString()), 8);
        written.add(file);
        return file.hash();
    }

    /**
     * Per document in doc ID order: its day (the first as days since 1970, then each as days before the previous
     * one: the index is newest first), then time to detect and to resolve in minutes plus one (0: unknown).
     */
    private static String times(List<LeafReader> leaves, int docs) throws IOException {
        StringBuilder out = new StringBuilder();
        if (leaves.isEmpty()) {
            return "";
        }
        LeafReader leaf = leaves.get(0);
        NumericDocValues day = leaf.getNumericDocValues(SearchFields.DAY);
        NumericDocValues ttd = leaf.getNumericDocValues(SearchFields.TTD);
        NumericDocValues ttr = leaf.getNumericDocValues(SearchFields.TTR);
        long previous = 0;
        for (int doc = 0; doc < docs; doc++) {
            long d = value(day, doc, 0);
            number(out, (int) (doc == 0 ? d + FIRST_DAY_OFFSET : previous - d)); // offset: days before 1970 too
            previous = d;
            number(out, (int) (value(ttd, doc, -1) + 1));
            number(out, (int) (value(ttr, doc, -1) + 1));
        }
        return out.toString();
    }

    private static long value(NumericDocValues values, int doc, long missing) throws IOException {
        return values != null && values.advanceExact(doc) ? values.longValue() : missing;
    }

    private static String boost(String field) {
        float b = SearchFields.BOOSTS.get(field);
        return b == (int) b ? Integer.toString((int) b) : Float.toString(b);
    }

    private BrowserLayout.File shard(SiteWriter out, int number, StringBuilder content) throws IOException {
        return emit(out, "t" + number, "", "[" + content.substring(0, content.length() - 1) + "]", 8);
    }

    /** Writes {@code search/NAME.HASH.js} calling the loader with its payload. */
    private static BrowserLayout.File emit(SiteWriter out, String name, String prefix, String payload, int hashLength)
            throws IOException {
        String script = prefix + "pmSearch.loaded(" + Js.string(name) + "," + payload + ");\n";
        byte[] bytes = script.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String hash = Js.hash(script, hashLength);
        String file = name + "." + hash + ".js";
        out.write("search/" + file, bytes);
        return new BrowserLayout.File(file, hash, bytes.length, BrowserLayout.gzipped(bytes));
    }

    private static String strings(List<String> values) {
        StringJoiner out = new StringJoiner(",", "[", "]");
        values.forEach(v -> out.add(Js.string(v)));
        return out.toString();
    }

    private static int norm(NumericDocValues norms, int doc) throws IOException {
        return norms != null && norms.advanceExact(doc) ? (int) (norms.longValue() & 0xFF) : 0;
    }

    /** Each document's norm byte in the body field, in doc ID order (1 per document, not 1 per posting). */
    private static int[] bodyNorms(List<LeafReader> leaves, int docs) throws IOException {
        int[] out = new int[docs];
        if (!leaves.isEmpty()) {
            NumericDocValues norms = leaves.get(0).getNormValues(SearchFields.BODY);
            for (int doc = 0; doc < docs; doc++) {
                out[doc] = norm(norms, doc); // doc IDs ascend, as advanceExact needs
            }
        }
        return out;
    }

    private static void readPostings(LeafReader leaf, String field, int f, Terms terms,
                                     TreeMap<String, String[]> postings) throws IOException {
        boolean body = SearchFields.BODY.equals(field);
        TermsEnum te = terms.iterator();
        PostingsEnum pe = null;
        BytesRef term;
        while ((term = te.next()) != null) {
            NumericDocValues norms = leaf.getNormValues(field);
            pe = te.postings(pe, PostingsEnum.FREQS);
            StringBuilder list = new StringBuilder();
            int previous = 0;
            for (int doc = pe.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = pe.nextDoc()) {
                number(list, doc - previous);
                previous = doc;
                number(list, pe.freq());
                if (!body) {
                    number(list, norm(norms, doc));
                }
            }
            postings.computeIfAbsent(term.utf8ToString(), t -> new String[SearchFields.RANKED.size() + 1])[f] =
                    list.toString();
        }
    }

    /**
     * After each stem's postings, its minority forms (see {@link IndexSearch#EXACT_LISTED}): "word docs" pairs,
     * space-separated, the docs as ID deltas, or {@code *} for a form in more postmortems than are listed.
     */
    private static void minorityForms(LeafReader leaf, TreeMap<String, String[]> postings) throws IOException {
        Terms words = leaf.terms(SearchFields.WORDS);
        Terms body = leaf.terms(SearchFields.BODY);
        if (words == null || body == null) {
            return;
        }
        org.apache.lucene.analysis.Analyzer stemmer = SearchFields.stemmer();
        TermsEnum bodyTerms = body.iterator();
        TermsEnum te = words.iterator();
        PostingsEnum pe = null;
        int slot = SearchFields.RANKED.size();
        for (BytesRef t = te.next(); t != null; t = te.next()) {
            String word = t.utf8ToString();
            String stem = SearchQuery.stem(word, stemmer);
            if (!bodyTerms.seekExact(new BytesRef(stem)) || te.docFreq() >= bodyTerms.docFreq()) {
                continue; // the word holds every postmortem of its stem: the stem's postings say it all
            }
            StringBuilder list = new StringBuilder();
            if (te.docFreq() > IndexSearch.EXACT_LISTED) {
                list.append('*');
            } else {
                pe = te.postings(pe, PostingsEnum.NONE);
                int previous = 0;
                for (int doc = pe.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = pe.nextDoc()) {
                    number(list, doc - previous);
                    previous = doc;
                }
            }
            String[] entry = postings.get(stem);
            entry[slot] = (entry[slot] == null ? "" : entry[slot] + " ") + word + " " + list;
        }
    }

    static void number(StringBuilder out, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("negative " + n);
        }
        int groups = 1;
        while (groups < 7 && (n >>> (5 * groups)) != 0) {
            groups++;
        }
        for (int g = groups - 1; g >= 0; g--) {
            int bits = (n >>> (5 * g)) & 31;
            out.append(ALPHABET.charAt(g > 0 ? 32 | bits : bits));
        }
    }

    /** Facet values of every postmortem, packed into one number per document. */
    static final class Facets {
        private final List<String> systems;
        private final List<String> years;
        private final List<String> severities;
        private final int[] codes;

        Facets(List<Summary> docs) {
            TreeSet<String> sys = new TreeSet<>();
            TreeSet<String> yrs = new TreeSet<>(java.util.Comparator.reverseOrder());
            TreeSet<String> sev = new TreeSet<>();
            for (Summary p : docs) {
                sys.add(p.system());
                yrs.add(Integer.toString(p.year()));
                sev.add(severityLabel(p));
            }
            systems = List.copyOf(sys);
            years = List.copyOf(yrs);
            severities = List.copyOf(sev);
            codes = new int[docs.size()];
            int statuses = Status.values().length;
            for (int i = 0; i < docs.size(); i++) {
                Summary p = docs.get(i);
                int code = systems.indexOf(p.system());
                code = code * years.size() + years.indexOf(Integer.toString(p.year()));
                code = code * severities.size() + severities.indexOf(severityLabel(p));
                code = code * statuses + p.status().ordinal();
                int triggers = 0; // a bit per trigger named: a postmortem may name several
                for (PostmortemTrigger t : p.triggers()) {
                    triggers |= 1 << t.ordinal();
                }
                code = (code << PostmortemTrigger.values().length) | triggers;
                codes[i] = code;
            }
        }

        private static String severityLabel(Summary p) {
            return p.severityLabel();
        }

        /** Letters per document in the facet table: enough for the largest code. */
        int width() {
            int max = 0;
            for (int c : codes) {
                max = Math.max(max, c);
            }
            int width = 1;
            while (width < 6 && (max >>> (6 * width)) != 0) {
                width++;
            }
            return width;
        }

        /**
         * Per document, in doc ID order: its code in {@link #width()} letters, then its body norm byte in two,
         * 6 bits a letter.
         */
        String table(int[] bodyNorms) {
            int width = width();
            StringBuilder out = new StringBuilder(codes.length * (width + 2));
            for (int doc = 0; doc < codes.length; doc++) {
                for (int g = width - 1; g >= 0; g--) {
                    out.append(ALPHABET.charAt((codes[doc] >>> (6 * g)) & 63));
                }
                out.append(ALPHABET.charAt(bodyNorms[doc] >>> 6)).append(ALPHABET.charAt(bodyNorms[doc] & 63));
            }
            return out.toString();
        }

        String json() {
            List<String> statusLabels = new ArrayList<>();
            List<String> statusSlugs = new ArrayList<>();
            for (Status s : Status.values()) {
                statusLabels.add(s.label());
                statusSlugs.add(s.slug());
            }
            return "{\"system\":" + strings(systems) + ",\"year\":" + strings(years) + ",\"severity\":"
                    + strings(severities) + ",\"status\":" + strings(statusLabels) + ",\"statusSlug\":"
                    + strings(statusSlugs) + ",\"trigger\":" + strings(java.util.Arrays.stream(PostmortemTrigger.values())
                    .map(PostmortemTrigger::label).toList()) + "}";
        }
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
