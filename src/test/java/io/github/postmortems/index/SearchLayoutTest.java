package io.github.postmortems.index;

import io.github.postmortems.TestPostmortems;
import io.github.postmortems.model.Summary;
import io.github.postmortems.parse.ParsedFile;
import io.github.postmortems.parse.Postmortem;
import io.github.postmortems.parse.PostmortemParser;
import io.github.postmortems.scan.Archive;
import io.github.postmortems.scan.SourceFile;
import io.github.postmortems.write.SiteWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The browser's search files: how many there are however large the archive, and what a query loads of them. */
class SearchLayoutTest {

    @TempDir
    Path temp;

    private SearchIndex index(Path archive) throws Exception {
        PostmortemParser parser = new PostmortemParser(false);
        List<Postmortem> postmortems = new ArrayList<>();
        for (SourceFile f : Archive.scan(archive).files()) {
            ParsedFile parsed = parser.parse(f);
            postmortems.add(parsed.postmortem());
        }
        List<Summary> summaries = postmortems.stream().map(TestPostmortems::summary).toList();
        return SearchIndex.build(postmortems, summaries, temp.resolve("index"));
    }

    private static List<String> files(Path dir) throws Exception {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aLargeArchiveKeepsWithinTheFileCapAndEveryPostmortemInAChunk() throws Exception {
        Path archive = temp.resolve("archive");
        ArchiveGenerator.generate(archive, 400, 3);
        try (SearchIndex index = index(archive)) {
            BrowserLayout roomy;
            try (SiteWriter out = SiteWriter.open(temp.resolve("roomy"))) {
                roomy = new BrowserIndexWriter(index, BrowserIndexWriter.MAX_FILES).write(out);
                out.commit();
            }
            // room for a chunk per postmortem: a result loads its own text and nothing else
            assertEquals(400, roomy.chunks().size());
            assertEquals(roomy.files(), files(temp.resolve("roomy/search")).size());

            BrowserLayout tight;
            try (SiteWriter out = SiteWriter.open(temp.resolve("tight"))) {
                tight = new BrowserIndexWriter(index, 40).write(out);
                out.commit();
            }
            List<String> written = files(temp.resolve("tight/search"));
            assertTrue(written.size() <= 40, written.size() + " files");
            assertEquals(tight.files(), written.size());
            // the words as written, read backwards and their positions a tenth of the cap each, with the times and the
            // directory of the last two; term shards at most a third of what is left, chunks the rest
            assertTrue(tight.others().size() <= 3 * 4 + 2, tight.others().size() + " other files");
            int left = 40 - 3 - tight.others().size();
            assertTrue(tight.shards().size() <= left / 3 && tight.chunks().size() >= left - left / 3,
                    tight.shards().size() + " shards, " + tight.chunks().size() + " chunks of " + left);
            // the chunks hold every postmortem once, in doc ID order
            assertEquals(0, tight.chunkStarts()[0]);
            for (int c = 1; c < tight.chunkStarts().length; c++) {
                assertTrue(tight.chunkStarts()[c] > tight.chunkStarts()[c - 1]);
            }
            assertEquals(tight.chunks().size() - 1, tight.chunkOf(399));
            int docs = 0;
            for (BrowserLayout.File chunk : tight.chunks()) {
                String script = Files.readString(temp.resolve("tight/search").resolve(chunk.name()));
                docs += script.split("\\[\"20\\d\\d/\\d\\d\\.", -1).length - 1;
            }
            assertEquals(400, docs);
            // and every term is in the shard the directory names
            for (String term : List.of("payment", "queue", "zzz")) {
                String shard = tight.shards().get(tight.shardOf(term)).name();
                boolean has = Files.readString(temp.resolve("tight/search").resolve(shard)).contains("\"" + term + "\",");
                assertEquals(!term.equals("zzz"), has, term);
            }
        }
    }

    @Test
    void theByteReportAddsThePageTheIndexFilesAndEachQuerysShardsAndChunks() throws Exception {
        Path archive = temp.resolve("archive");
        Files.createDirectories(archive.resolve("2024"));
        Files.writeString(archive.resolve("2024/03.payments.card-timeouts.md"), """
                # Card payments timed out

                **Date:** 2024-03-14

                ## Summary

                Card payments failed with timeouts after the connection pool was exhausted.

                ## Root Causes

                The pool size stayed at twenty while traffic doubled.
                """);
        byte[] page = "<!DOCTYPE html><title>Search</title>".getBytes(StandardCharsets.UTF_8);
        byte[] script = "var x = 1;\n".repeat(50).getBytes(StandardCharsets.UTF_8);
        try (SearchIndex index = index(archive)) {
            BrowserLayout layout;
            try (SiteWriter out = SiteWriter.open(temp.resolve("site"))) {
                layout = new BrowserIndexWriter(index, BrowserIndexWriter.MAX_FILES).write(out);
                out.commit();
            }
            QueryBytes bytes = QueryBytes.estimate(index.reader(), layout,
                    Map.of("search.html", page, "assets/search.js", script), 20, 1);
            Path search = temp.resolve("site/search");
            List<String> files = files(search);
            // entry, analysis, facets, a term shard, a chunk, a shard each of words, backwards words and positions,
            // the times and the directory of the last two
            assertEquals(10, files.size());
            long shardAndChunk = 0;
            long shardAndChunkStored = 0;
            long always = 0;
            long alwaysStored = 0;
            for (String f : files) {
                byte[] content = Files.readAllBytes(search.resolve(f));
                if (f.startsWith("t0.") || f.startsWith("s0.") || f.startsWith("w0.")) {
                    shardAndChunk += gzip(content);
                    shardAndChunkStored += content.length;
                } else if (f.startsWith("index.") || f.startsWith("analysis.") || f.startsWith("facets.")) {
                    always += gzip(content);
                    alwaysStored += content.length;
                }
            }
            // one postmortem: every query loads the one shard, the one chunk and the one shard of words its last word
            // completes in; typos, phrases and dates load the others
            assertEquals(20, bytes.queries());
            assertArrayEquals(new long[] {shardAndChunk, shardAndChunk}, bytes.later());
            assertArrayEquals(new long[] {shardAndChunkStored, shardAndChunkStored}, bytes.laterStored());
            long first = gzip(page) + gzip(script) + always + shardAndChunk;
            assertArrayEquals(new long[] {first, first}, bytes.first());
            long firstStored = page.length + script.length + alwaysStored + shardAndChunkStored;
            assertArrayEquals(new long[] {firstStored, firstStored}, bytes.firstStored());
            assertEquals(10, bytes.files());
        }
    }

    @Test
    void theMedianAndP95AreNearestRanksAndTheSummarySaysBoth() {
        List<Long> values = new ArrayList<>();
        for (long v = 20; v >= 1; v--) {
            values.add(v * 1024);
        }
        assertArrayEquals(new long[] {10 * 1024, 19 * 1024}, QueryBytes.spread(values));
        QueryBytes bytes = new QueryBytes(200, new long[] {45_000, 61_440}, new long[] {12_000, 30_000},
                new long[] {150_000, 190_000}, new long[] {40_000, 90_000}, 412);
        assertEquals("first 43.9 KB median, 60.0 KB p95; later 11.7 KB median, 29.3 KB p95 (gzip; as stored: first "
                + "146.5 KB / 185.5 KB, later 39.1 KB / 87.9 KB; 200 sampled queries)", bytes.summary());
        assertEquals(java.util.Optional.empty(), bytes.overBudget(44));
        assertEquals(java.util.Optional.of("Search: a first search on the search page loads 43.9 KB (median, "
                + "gzip-compressed), over the budget of 43 KB set by searchBudgetKb"), bytes.overBudget(43));
    }

    private static long gzip(byte[] bytes) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.size();
    }
}
