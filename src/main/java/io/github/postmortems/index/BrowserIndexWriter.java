package io.github.postmortems.index;

import io.github.postmortems.CodePoints;
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
 *   <li>{@code search/dN.H.js}: the page, title, date and opening text of {@value #CHUNK} postmortems by doc ID;</li>
 *   <li>{@code search/wN.H.js} and {@code search/rN.H.js}: the words as written ({@link SearchFields#WORDS}),
 *       sorted, then sorted read backwards, each with the number of postmortems holding it: prefixes complete
 *       against the first, typos are corrected against both (a one-edit neighbour shares its first or its last
 *       half with the word);</li>
 *   <li>{@code search/pN.H.js}: each term's positions in the text, loaded only for a quoted phrase, whose words
 *       must follow each other there;</li>
 *   <li>{@code search/times.H.js}: each document's day, time to detect and time to resolve, loaded only for
 *       {@code after: before: ttd: ttr:};</li>
 *   <li>{@code search/more.H.js}: the directories of the backwards words and of the positions;</li>
 *   <li>{@code search/index.H.js}: field statistics, the shard directories, facet values and chunk hashes.</li>
 * </ul>
 * A posting is numbers in a 64-letter alphabet, 5 bits a letter with a continuation bit: doc ID delta, term
 * frequency and, except in the body field, the norm byte.
 */
final class BrowserIndexWriter {

    static final int CHUNK = 4;
    static final int SHARD_TARGET = 12 * 1024;
    static final int TEXT_CAP = 480;
    static final int WORD_SHARD = 8 * 1024;
    static final int FIRST_DAY_OFFSET = 1_000_000;
    /** Positions are loaded only for phrases, so their shards may be larger than the postings'. */
    static final int POSITION_SHARD = 32 * 1024;
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
    static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private final SearchIndex index;

    BrowserIndexWriter(SearchIndex index) {
        this.index = index;
    }

    String write(SiteWriter out) throws IOException {
        List<Summary> docs = index.postmortems();
        Facets facets = new Facets(docs);

        String analysis = emit(out, "analysis", AnalysisTables.NOTICE, AnalysisTables.script(), 10);

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

        List<String> firstTerms = new ArrayList<>();
        List<String> shardNames = new ArrayList<>();
        StringBuilder shard = new StringBuilder();
        String first = null;
        for (Map.Entry<String, String[]> e : postings.entrySet()) {
            if (first == null) {
                first = e.getKey();
            }
            String[] p = e.getValue();
            shard.append(Js.string(e.getKey()));
            for (String s : p) {
                shard.append(",\"").append(s == null ? "" : s).append('"');
            }
            shard.append(',');
            if (shard.length() >= SHARD_TARGET) {
                shardNames.add(shard(out, firstTerms.size(), shard));
                firstTerms.add(first);
                shard.setLength(0);
                first = null;
            }
        }
        if (first != null) {
            shardNames.add(shard(out, firstTerms.size(), shard));
            firstTerms.add(first);
        }

        StoredFields stored = index.reader().storedFields();
        StringBuilder chunkHashes = new StringBuilder();
        for (int start = 0; start < docs.size(); start += CHUNK) {
            StringJoiner chunk = new StringJoiner(",", "[", "]");
            for (int doc = start; doc < Math.min(docs.size(), start + CHUNK); doc++) {
                Summary p = docs.get(doc);
                String opening = stored.document(doc, Set.of(SearchIndex.OPENING)).get(SearchIndex.OPENING);
                chunk.add("[" + Js.string(p.pagePath()) + "," + Js.string(p.title()) + "," + Js.string(p.dateText())
                        + "," + Js.string(opening) + "]");
            }
            String name = "d" + (start / CHUNK);
            String hash = emit(out, name, "", chunk.toString(), 5);
            chunkHashes.append(hash.substring(hash.lastIndexOf('/') + name.length() + 2, hash.length() - 3));
        }

        String facetFile = emit(out, "facets", "", Js.string(facets.table(bodyNorms(leaves, docs.size()))), 8);
        TreeMap<String, Integer> words = words(leaves);
        TreeMap<String, Integer> backwards = new TreeMap<>();
        words.forEach((w, df) -> backwards.put(reverse(w), df));
        String forward = wordShards(out, "w", words, WORD_SHARD);
        String reversed = wordShards(out, "r", backwards, WORD_SHARD);
        String times = emit(out, "times", "", Js.string(times(leaves, docs.size())), 8);
        String positions = wordShards(out, "p", positions(leaves), POSITION_SHARD);
        // only typos and phrases need these directories: out of the entry every query loads
        String more = emit(out, "more", "", "{\"rwords\":" + reversed + ",\"positions\":" + positions + "}", 8);

        String entry = "{\"docs\":" + docs.size()
                + ",\"chunk\":" + CHUNK
                + ",\"chunks\":" + Js.string(chunkHashes.toString())
                + ",\"analysis\":" + Js.string(analysis.substring("search/".length()))
                + ",\"fields\":" + fields
                + ",\"shards\":" + strings(firstTerms)
                + ",\"shardHashes\":" + strings(shardNames)
                + ",\"facets\":" + facets.json()
                + ",\"facetFile\":" + Js.string(facetFile.substring("search/".length()))
                + ",\"facetWidth\":" + facets.width()
                + ",\"words\":" + forward
                + ",\"more\":" + Js.string(more.substring("search/".length()))
                + ",\"times\":" + Js.string(times.substring("search/".length()))
                + "}";
        return emit(out, "index", "", entry, 10);
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
    private static String wordShards(SiteWriter out, String prefix, TreeMap<String, ?> words, int target)
            throws IOException {
        List<String> firsts = new ArrayList<>();
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
                hashes.add(wordShard(out, prefix + firsts.size(), shard));
                firsts.add(first);
                shard.setLength(0);
                first = null;
            }
        }
        if (first != null) {
            hashes.add(wordShard(out, prefix + firsts.size(), shard));
            firsts.add(first);
        }
        return "{\"first\":" + strings(firsts) + ",\"before\":" + before + ",\"hashes\":" + strings(hashes) + "}";
    }

    private static String wordShard(SiteWriter out, String name, StringBuilder content) throws IOException {
        String path = emit(out, name, "", Js.string(content.toString()), 8);
        return path.substring(path.length() - 11, path.length() - 3);
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

    private String shard(SiteWriter out, int number, StringBuilder content) throws IOException {
        String body = "[" + content.substring(0, content.length() - 1) + "]";
        String path = emit(out, "t" + number, "", body, 8);
        return path.substring(path.length() - 11, path.length() - 3); // the hash: tN.HASH.js
    }

    /** Writes {@code search/NAME.HASH.js} calling the loader with its payload; returns the path. */
    private static String emit(SiteWriter out, String name, String prefix, String payload, int hashLength)
            throws IOException {
        String script = prefix + "pmSearch.loaded(" + Js.string(name) + "," + payload + ");\n";
        String path = "search/" + name + "." + Js.hash(script, hashLength) + ".js";
        out.write(path, script);
        return path;
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
            postings.computeIfAbsent(term.utf8ToString(), t -> new String[SearchFields.RANKED.size()])[f] =
                    list.toString();
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

    /** The start of the page's text, for snippets: cut at a space, marked with an ellipsis when cut. */
    static String openingText(String body) {
        // only the start is shown: collapse the whitespace of enough of it, not of the whole page
        int enough = 4 * TEXT_CAP;
        String start = body.length() <= enough ? body : body.substring(0, enough);
        String text = WHITESPACE.matcher(start).replaceAll(" ");
        if (text.length() <= TEXT_CAP + 2 && start.length() < body.length()) {
            text = WHITESPACE.matcher(body).replaceAll(" ");
        }
        if (text.length() <= TEXT_CAP) {
            return text;
        }
        int end = text.lastIndexOf(' ', TEXT_CAP);
        return CodePoints.prefix(text, end < TEXT_CAP / 2 ? TEXT_CAP : end) + " …";
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
