package io.github.postmortems.build;

import io.github.postmortems.Fixtures;
import io.github.postmortems.StageTimes;
import io.github.postmortems.config.SiteSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The preview's model follows edits by rewriting only the pages that show the changed postmortems, and each page it
 * rewrites is the page a clean build of the same archive makes.
 */
class LiveSiteTest {

    @TempDir
    Path temp;

    private int step;

    @Test
    void anEditRewritesTheSamePagesACleanBuildMakes() throws Exception {
        Path archive = temp.resolve("archive");
        Fixtures.copyTree(Fixtures.archive("small"), archive);
        SiteSettings settings = SiteSettings.defaults(archive, temp.resolve("live/site"), Fixtures.TODAY);
        try (LiveSite live = LiveSite.open(settings, StageTimes.silent())) {
            Path card = archive.resolve("2024/03.payments.card-timeouts.md");
            Files.writeString(card, Files.readString(card, StandardCharsets.UTF_8).replace(
                    "# Card payments timed out for 40 minutes", "# Card payments timed out for 41 minutes"),
                    StandardCharsets.UTF_8);
            LiveSite.Update edit = live.update(List.of(card));
            assertFalse(edit.full());
            assertEquals(Set.of("2024/03.payments.card-timeouts.html", "2024/03.payments.card-timeouts/latency.txt",
                    "2024/03.payments.card-timeouts/pager.log", "2024/index.html", "systems/payments.html",
                    "systems/index.html", "index.html", "actions.html", "actions.csv", "newsletter/index.html",
                    "feed.xml", "newsletter/feed.xml", "newsletter/2024-03.html", "newsletter/2024-03.email.html",
                    "newsletter/2024-03.txt", "newsletter/2024-03.md"), edit.rewritten());
            assertSameAsClean(settings, edit.rewritten(), List.of());

            Path added = archive.resolve("2024/09.search.reindex-stall.md");
            Fixtures.write(added, "# Reindexing stalled\n\n**Date:** 2024-09-02\n\n**Status:** Draft\n\n"
                    + "## Summary\n\nThe nightly reindex stalled for two hours.\n");
            LiveSite.Update add = live.update(List.of(added));
            assertFalse(add.full());
            assertTrue(add.rewritten().containsAll(List.of("2024/09.search.reindex-stall.html", "systems/search.html")));
            assertSameAsClean(settings, add.rewritten(), List.of());

            Files.delete(added);
            LiveSite.Update delete = live.update(List.of(added));
            assertFalse(delete.full());
            assertSameAsClean(settings, delete.rewritten(), List.of("2024/09.search.reindex-stall.html"));

            Path newYear = archive.resolve("2026/01.search.shard-loss.md");
            Fixtures.write(newYear, "# Shard lost\n\n**Date:** 2026-01-05\n\n**Status:** Draft\n");
            assertTrue(live.update(List.of(newYear)).full(), "a new year changes every page's menu");
            assertEquals(Fixtures.files(clean(settings)).keySet(), Fixtures.files(settings.outputDirectory()).keySet());
        }
    }

    @Test
    void anEditThatListingsDoNotShowRewritesOnlyItsPage() throws Exception {
        Path archive = temp.resolve("archive");
        Fixtures.copyTree(Fixtures.archive("small"), archive);
        SiteSettings settings = SiteSettings.defaults(archive, temp.resolve("live/site"), Fixtures.TODAY);
        try (LiveSite live = LiveSite.open(settings, StageTimes.silent())) {
            Path card = archive.resolve("2024/03.payments.card-timeouts.md");
            Files.writeString(card, Files.readString(card, StandardCharsets.UTF_8)
                    + "\nThe pager log shows the second page at 02:14.\n", StandardCharsets.UTF_8);
            LiveSite.Update edit = live.update(List.of(card));
            assertEquals(Set.of("2024/03.payments.card-timeouts.html", "2024/03.payments.card-timeouts/latency.txt",
                    "2024/03.payments.card-timeouts/pager.log"), edit.rewritten());
            assertSameAsClean(settings, edit.rewritten(), List.of());

            long generation = live.generation();
            Path scratch = archive.resolve("2024/4913"); // vim's probe that it may write in the folder
            Files.writeString(scratch, "", StandardCharsets.UTF_8);
            Files.delete(scratch);
            assertEquals(new LiveSite.Update(false, Set.of()), live.update(List.of(scratch)));
            assertEquals(generation, live.generation(), "nothing to reload");

            // the whole site is a clean build's but for the search data, which waits for the next full build
            Path clean = clean(settings);
            Fixtures.files(clean).forEach((path, bytes) -> {
                if (!path.equals("search.html") && !path.startsWith("search/")) {
                    assertArrayEquals(bytes, readOrEmpty(settings.outputDirectory().resolve(path)), path);
                }
            });
        }
    }

    private static byte[] readOrEmpty(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    @Test
    void anEditThatCannotBePublishedKeepsTheSiteAndSaysWhere() throws Exception {
        Path archive = temp.resolve("archive");
        Fixtures.copyTree(Fixtures.archive("small"), archive);
        SiteSettings settings = SiteSettings.defaults(archive, temp.resolve("live/site"), Fixtures.TODAY);
        try (LiveSite live = LiveSite.open(settings, StageTimes.silent())) {
            Map<String, byte[]> before = Fixtures.files(settings.outputDirectory());
            Path card = archive.resolve("2024/03.payments.card-timeouts.md");
            Files.writeString(card, "", StandardCharsets.UTF_8);
            assertFalse(live.update(List.of(card)).full());
            assertEquals(List.of("2024/03.payments.card-timeouts.md:1: error: the file is empty; copy TEMPLATE.md and"
                    + " fill it in [empty-file]"), live.broken());
            Map<String, byte[]> after = Fixtures.files(settings.outputDirectory());
            assertEquals(before.keySet(), after.keySet());
            before.forEach((path, bytes) -> assertArrayEquals(bytes, after.get(path), path));
        }
    }

    /** Each rewritten file equals a clean build's, and the {@code gone} pages are in neither. */
    private void assertSameAsClean(SiteSettings settings, Set<String> rewritten, List<String> gone) throws Exception {
        Path clean = clean(settings);
        for (String path : rewritten) {
            assertArrayEquals(Files.readAllBytes(clean.resolve(path)),
                    Files.readAllBytes(settings.outputDirectory().resolve(path)), path);
        }
        for (String path : gone) {
            assertFalse(Files.exists(clean.resolve(path)), path);
            assertFalse(Files.exists(settings.outputDirectory().resolve(path)), path);
        }
    }

    private Path clean(SiteSettings settings) throws Exception {
        Path clean = temp.resolve("clean/" + ++step + "/site");
        SiteBuilder.build(settings.withOutputDirectory(clean));
        return clean;
    }

}
