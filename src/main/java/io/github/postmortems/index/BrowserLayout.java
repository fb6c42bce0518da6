package io.github.postmortems.index;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * The files of the browser's search data as written, and which of them a query needs: the term shards by their
 * first terms, the text chunks by their first doc IDs.
 *
 * @param entry the entry script's site path
 * @param always the files every search loads first: entry, analysis tables, facets
 * @param others the files some queries load: words as written, read backwards, positions, days and durations
 * @param firstWords the first word of each shard of the words as written, which a query's last word completes in
 * @param words those shards (also among {@code others})
 */
record BrowserLayout(String entry, List<File> always, List<String> firstTerms, List<File> shards, int[] chunkStarts,
                     List<File> chunks, List<File> others, List<String> firstWords, List<File> words) {

    /** One file under {@code search/}: its name, content hash, size and size gzip-compressed (as a server sends it). */
    record File(String name, String hash, long bytes, long gzipBytes) {
    }

    int files() {
        return always.size() + shards.size() + chunks.size() + others.size();
    }

    /** The shard that holds {@code term} when the index has it: the last one whose first term is not after it. */
    int shardOf(String term) {
        int lo = 0;
        int hi = firstTerms.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (firstTerms.get(mid).compareTo(term) <= 0) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** The shards of the words as written that a prefix completes in: where it falls, and on while they start with it. */
    List<Integer> wordShardsOf(String prefix) {
        List<Integer> out = new java.util.ArrayList<>();
        if (firstWords.isEmpty()) {
            return out;
        }
        int i = 0;
        while (i + 1 < firstWords.size() && firstWords.get(i + 1).compareTo(prefix) <= 0) {
            i++;
        }
        out.add(i);
        for (int j = i + 1; j < firstWords.size() && firstWords.get(j).startsWith(prefix); j++) {
            out.add(j);
        }
        return out;
    }

    /** The text chunk that holds a document. */
    int chunkOf(int doc) {
        int i = java.util.Arrays.binarySearch(chunkStarts, doc);
        return i >= 0 ? i : -i - 2;
    }

    /** The gzip size at the default level, what a web server compressing on the fly sends. */
    static long gzipped(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory
        }
        return out.size();
    }
}
