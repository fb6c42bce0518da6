package io.github.postmortems.index;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What the search page's queries cost to load, as the build expects it: for a sample of two-word queries drawn
 * from the index's own words (each word as likely as the number of postmortems that hold it), the
 * bytes of the files each loads. A first query loads the page, its styles and scripts, the entry, analysis and
 * facet files, its words' term shards, the shards of the words as written its last word completes in, and the
 * text chunks of its first {@link #SHOWN} results; a later one only its shards and chunks. Bytes are counted gzip-compressed, as a web server sends them, and also as stored (what
 * a page opened from file:// reads from disk).
 *
 * @param queries how many queries were sampled
 * @param first bytes of a first query, compressed: median and 95th percentile
 * @param later bytes of a later query, compressed: median and 95th percentile
 * @param firstStored bytes of a first query as stored: median and 95th percentile
 * @param laterStored bytes of a later query as stored: median and 95th percentile
 * @param files the files under {@code search/}
 */
public record QueryBytes(int queries, long[] first, long[] later, long[] firstStored, long[] laterStored, int files)
        implements java.io.Serializable {

    /** Queries sampled per build: enough for a stable median and 95th percentile, little time at 10,000. */
    static final int SAMPLE = 200;
    /** Results on the search page's first page, whose text is loaded. */
    public static final int SHOWN = 10;

    /** Words a reader types: letters, three or more (numbers and codes are rarely searched for). */
    private static final Pattern WORD = Pattern.compile("\\p{L}{3,}");

    static QueryBytes estimate(DirectoryReader reader, BrowserLayout layout, Map<String, byte[]> pageFiles,
                               int sample, long seed) throws IOException {
        long pageGzip = 0;
        long pageStored = 0;
        for (byte[] bytes : pageFiles.values()) {
            pageStored += bytes.length;
            pageGzip += BrowserLayout.gzipped(bytes);
        }
        for (BrowserLayout.File f : layout.always()) {
            pageStored += f.bytes();
            pageGzip += f.gzipBytes();
        }
        // two passes over the words rather than a list of them: an archive of 100,000 holds millions
        long total = 0;
        for (TermsEnum te : bodyTerms(reader)) {
            while (te.next() != null) {
                if (WORD.matcher(te.term().utf8ToString()).matches()) {
                    total += te.docFreq();
                }
            }
        }
        String[] drawn = new String[2 * sample];
        if (total > 0) {
            Random random = new Random(seed);
            long[] at = new long[drawn.length];
            for (int i = 0; i < at.length; i++) {
                at[i] = (long) (random.nextDouble() * total);
            }
            Integer[] order = new Integer[at.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            java.util.Arrays.sort(order, java.util.Comparator.comparingLong(i -> at[i]));
            int next = 0;
            long seen = 0;
            for (TermsEnum te : bodyTerms(reader)) {
                BytesRef term;
                while (next < order.length && (term = te.next()) != null) {
                    String t = term.utf8ToString();
                    if (!WORD.matcher(t).matches()) {
                        continue;
                    }
                    seen += te.docFreq();
                    while (next < order.length && at[order[next]] < seen) {
                        drawn[order[next++]] = t;
                    }
                }
            }
        }
        List<Long> first = new ArrayList<>();
        List<Long> later = new ArrayList<>();
        List<Long> firstStored = new ArrayList<>();
        List<Long> laterStored = new ArrayList<>();
        if (total > 0) {
            IndexSearcher searcher = SearchIndex.newSearcher(reader);
            for (int q = 0; q < sample; q++) {
                String a = drawn[2 * q];
                String b = drawn[2 * q + 1];
                TreeSet<Integer> shards = new TreeSet<>();
                TreeSet<Integer> chunks = new TreeSet<>();
                for (String t : new String[] {a, b}) {
                    int s = layout.shardOf(t);
                    if (s >= 0) {
                        shards.add(s);
                    }
                }
                Query query = flat(a.equals(b) ? List.of(a) : List.of(a, b));
                for (ScoreDoc hit : searcher.search(query, SHOWN).scoreDocs) {
                    chunks.add(layout.chunkOf(hit.doc));
                }
                long gz = 0;
                long stored = 0;
                // the last word is also a prefix: its completions come from the words as written
                for (int w : layout.wordShardsOf(b)) {
                    gz += layout.words().get(w).gzipBytes();
                    stored += layout.words().get(w).bytes();
                }
                for (int s : shards) {
                    gz += layout.shards().get(s).gzipBytes();
                    stored += layout.shards().get(s).bytes();
                }
                for (int c : chunks) {
                    gz += layout.chunks().get(c).gzipBytes();
                    stored += layout.chunks().get(c).bytes();
                }
                later.add(gz);
                laterStored.add(stored);
                first.add(pageGzip + gz);
                firstStored.add(pageStored + stored);
            }
        } else {
            later.add(0L);
            laterStored.add(0L);
            first.add(pageGzip);
            firstStored.add(pageStored);
        }
        return new QueryBytes(first.size(), spread(first), spread(later), spread(firstStored), spread(laterStored),
                layout.files());
    }

    /** The terms over the ranked fields with their boosts, as a plain query of those words scores them. */
    private static Query flat(List<String> terms) {
        org.apache.lucene.search.BooleanQuery.Builder query = new org.apache.lucene.search.BooleanQuery.Builder();
        for (String field : SearchFields.RANKED) {
            for (String t : terms) {
                query.add(new org.apache.lucene.search.BoostQuery(new org.apache.lucene.search.TermQuery(
                        new org.apache.lucene.index.Term(field, t)), SearchFields.BOOSTS.get(field)),
                        org.apache.lucene.search.BooleanClause.Occur.SHOULD);
            }
        }
        return query.build();
    }

    private static List<TermsEnum> bodyTerms(DirectoryReader reader) throws IOException {
        List<TermsEnum> out = new ArrayList<>();
        for (var leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(SearchFields.BODY);
            if (terms != null) {
                out.add(terms.iterator());
            }
        }
        return out;
    }

    /** Median and 95th percentile (nearest rank). */
    static long[] spread(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return new long[] {rank(sorted, 0.5), rank(sorted, 0.95)};
    }

    private static long rank(List<Long> sorted, double p) {
        return sorted.get(Math.max(0, (int) Math.ceil(p * sorted.size()) - 1));
    }

    /** One line for the build's summary. */
    public String summary() {
        return String.format(Locale.ROOT, "first %s median, %s p95; later %s median, %s p95 (gzip; as stored: first "
                + "%s / %s, later %s / %s; %d sampled queries)", kb(first[0]), kb(first[1]), kb(later[0]),
                kb(later[1]), kb(firstStored[0]), kb(firstStored[1]), kb(laterStored[0]), kb(laterStored[1]), queries);
    }

    /** A warning when the median first query loads more than {@code budgetKb} KB compressed. */
    public Optional<String> overBudget(int budgetKb) {
        if (first[0] <= budgetKb * 1024L) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "Search: a first search on the search page loads %s (median, "
                + "gzip-compressed), over the budget of %d KB set by searchBudgetKb", kb(first[0]), budgetKb));
    }

    private static String kb(long bytes) {
        return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof QueryBytes q && queries == q.queries && files == q.files
                && java.util.Arrays.equals(first, q.first) && java.util.Arrays.equals(later, q.later)
                && java.util.Arrays.equals(firstStored, q.firstStored)
                && java.util.Arrays.equals(laterStored, q.laterStored);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(queries, files, java.util.Arrays.hashCode(first),
                java.util.Arrays.hashCode(later));
    }

    @Override
    public String toString() {
        return summary();
    }
}
