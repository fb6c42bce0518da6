package io.github.postmortems.build;

import io.github.postmortems.Fixtures;
import io.github.postmortems.config.SiteSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A site rebuilt over its cache after each step of a scripted session of edits is, byte for byte, the site a clean
 * build of the same input makes in a directory of its own.
 */
class IncrementalBuildTest {

    @TempDir
    Path temp;

    private int step;

    @Test
    void incrementalEqualsCleanAfterEveryKindOfChange() throws Exception {
        Path archive = temp.resolve("archive");
        Fixtures.copyTree(Fixtures.archive("small"), archive);
        Path theme = temp.resolve("theme");
        Files.createDirectories(theme.resolve("templates"));
        Path site = archive.resolve("target/site"); // where mvn site puts it: the build's output is in the archive
        SiteSettings settings = SiteSettings.defaults(archive, site, Fixtures.TODAY).withThemeDirectory(theme);

        assertFalse(buildBoth(settings).reused(), "a first build has nothing to reuse");
        assertTrue(buildBoth(settings).reused(), "nothing changed: the last build's site stands");

        Path card = archive.resolve("2024/03.payments.card-timeouts.md");
        append(card, "\nThe retry storm doubled the load on the gateway.\n");
        assertFalse(buildBoth(settings).reused(), "body edited");

        Path gateway = archive.resolve("2023/11.payments.gateway-outage.md");
        replace(gateway, "status: Closed", "status: Draft");
        buildBoth(settings);

        Path added = archive.resolve("2025/02.search.shard-rebalance.md");
        Fixtures.write(added, "# Shard rebalance stalled indexing\n\n**Date:** 2025-02-03\n\n**Status:** Draft\n\n"
                + "## Summary\n\nIndexing stalled while shards moved.\n");
        buildBoth(settings);

        Path renamed = archive.resolve("2025/02.search.shard-rebalancing.md");
        Files.move(added, renamed);
        buildBoth(settings);

        Files.delete(archive.resolve("2024/07.search.empty-results.md"));
        buildBoth(settings);

        Files.writeString(card.resolveSibling("03.payments.card-timeouts/pager.log"), "02:14 paged again\n",
                StandardCharsets.UTF_8);
        buildBoth(settings);

        // an editor's intro is on the digests only, which are otherwise made from the summaries
        Fixtures.write(archive.resolve("newsletter/2024-03.md"), "March was the month of the retry storm.\n");
        assertFalse(buildBoth(settings).reused(), "intro written");
        assertTrue(Files.readString(site.resolve("newsletter/2024-03.html")).contains("the month of the retry storm"));

        Path template = theme.resolve("templates/year.ftlh");
        try (InputStream builtin = getClass().getResourceAsStream("/theme/templates/year.ftlh")) {
            Files.write(template, builtin.readAllBytes());
        }
        append(template, "<#-- a theme author's note -->\n<p>Reviewed monthly.</p>\n");
        assertFalse(buildBoth(settings).reused(), "theme template changed");
        assertTrue(Files.readString(site.resolve("2025/index.html")).contains("<p>Reviewed monthly.</p>"));

        SiteSettings renamedSite = settings.withTitle("Acme incidents");
        assertFalse(buildBoth(renamedSite).reused(), "setting changed");
        assertTrue(buildBoth(renamedSite).reused());

        // the parsed files the archive no longer has are forgotten
        try (Stream<Path> parsed = Files.list(BuildCache.directoryFor(site).resolve("parsed"))) {
            assertEquals(3, parsed.filter(p -> !p.getFileName().toString().endsWith(".tmp")).count());
        }
    }

    @Test
    void anEditRendersOnlyThePagesThatShowWhatChanged() throws Exception {
        Path archive = temp.resolve("archive");
        io.github.postmortems.bench.ArchiveGenerator.write(archive, 60, 11);
        SiteSettings settings = SiteSettings.defaults(archive, temp.resolve("site"), Fixtures.TODAY);
        assertEquals(60, buildBoth(settings).rendered(), "a first build renders every postmortem");

        List<Path> files;
        try (Stream<Path> walk = Files.walk(archive)) {
            files = walk.filter(p -> p.getParent().getFileName().toString().matches("\\d{4}")
                    && p.toString().endsWith(".md")).sorted().toList();
        }
        // a sentence at the end of a postmortem is on its own page only: its summary and listings stay
        Path last = files.get(files.size() - 1);
        append(last, "\nThe on-call runbook now links the dashboard.\n");
        BuildResult edited = buildBoth(settings);
        assertFalse(edited.reused());
        assertEquals(1, edited.rendered());

        // the next mvn site runs in a JVM of its own: the keys it computes must be the ones this one stored
        Path inferred = archive.resolve("2020/06.storage.disk-full.md");
        Fixtures.write(inferred, "# Disk full on the storage nodes\n\n**Date:** 2020-06-03\n\n## Summary\n\n"
                + "The storage nodes ran out of disk.\n\n## Timeline\n\n- 09:00 disks began to fill\n"
                + "- 09:20 an alert paged the on-call\n- 09:40 old snapshots were deleted and writes resumed\n"
                + "- 10:05 all clear\n");
        assertEquals(61, buildBoth(settings).rendered());
        append(inferred, "\nThe snapshot policy is now weekly.\n");
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "io.github.postmortems.bench.SiteBuildRun", archive.toString(),
                settings.outputDirectory().toString(), Fixtures.TODAY.toString()).redirectErrorStream(true).start();
        String said = new String(other.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, other.waitFor(), said);
        assertTrue(said.contains("built (pages of 1 postmortems rendered, the others kept)"), said);

        // a new title is shown by the pages that list this postmortem as related or as the same system's
        Path first = files.get(0);
        String title = Files.readAllLines(first, StandardCharsets.UTF_8).get(0);
        replace(first, title, title + " again");
        BuildResult retitled = buildBoth(settings);
        assertEquals(7, retitled.rendered());
    }

    @Test
    void aSiteChangedByHandIsBuiltAgain() throws Exception {
        Path archive = temp.resolve("archive");
        Fixtures.copyTree(Fixtures.archive("small"), archive);
        Path site = temp.resolve("incremental/site");
        SiteSettings settings = SiteSettings.defaults(archive, site, Fixtures.TODAY);
        buildBoth(settings);

        Files.writeString(site.resolve("index.html"), "edited by hand", StandardCharsets.UTF_8);
        assertFalse(buildBoth(settings).reused());
        Files.delete(site.resolve("actions.html"));
        assertFalse(buildBoth(settings).reused());
    }

    /** Builds {@code settings} over its cache, then clean into a new directory, and compares the two sites. */
    private BuildResult buildBoth(SiteSettings settings) throws Exception {
        BuildResult incremental = SiteBuilder.build(settings);
        Path clean = temp.resolve("clean/" + ++step + "/site");
        BuildResult fresh = SiteBuilder.build(settings.withOutputDirectory(clean));
        assertEquals(hashes(clean), hashes(settings.outputDirectory()), "step " + step);
        assertEquals(fresh.problems(), incremental.problems(), "step " + step);
        assertEquals(fresh.written(), incremental.written(), "step " + step);
        assertEquals(List.of(fresh.postmortems(), fresh.files(), fresh.leftOut()),
                List.of(incremental.postmortems(), incremental.files(), incremental.leftOut()), "step " + step);
        return incremental;
    }

    private static Map<String, String> hashes(Path site) throws Exception {
        Map<String, String> hashes = new TreeMap<>();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (Map.Entry<String, byte[]> e : Fixtures.files(site).entrySet()) {
            hashes.put(e.getKey(), HexFormat.of().formatHex(sha.digest(e.getValue())));
        }
        return hashes;
    }


    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8) + text, StandardCharsets.UTF_8);
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), file + " has " + from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }
}
