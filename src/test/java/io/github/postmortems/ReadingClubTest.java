package io.github.postmortems;

import io.github.postmortems.build.SiteBuilder;
import io.github.postmortems.config.SiteSettings;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The reading-club page of a postmortem and the reading list, as they read without JavaScript. */
class ReadingClubTest {

    @TempDir
    static Path temp;
    static Path site;

    @BeforeAll
    static void build() throws Exception {
        site = temp.resolve("site");
        SiteBuilder.build(SiteSettings.defaults(ReadingClubFixture.write(temp.resolve("archive")), site,
                Fixtures.TODAY).withFailOnErrors(false));
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    @Test
    void theClubPageIsTheWholeTimelineWithEveryPrompt() throws IOException {
        Document doc = page("2024/05.db.failover.club.html");
        assertEquals("Reading club: Primary database failed over", doc.selectFirst("h1").text());
        assertEquals("2024-05-14 · db SEV-1 · 7 steps, 6 decision points", doc.selectFirst("article p.meta").text());
        assertEquals(List.of(
                "14:02 INCIDENT BEGINS: replication lag alerts Decision point. What would you check next?",
                "14:09 DETECTED: on-call paged by the lag alert Decision point. What would you check next?",
                "14:15 Looked at the primary's disk graphs",
                "14:20 Escalated to the storage team Decision point. What would you check next?",
                "14:31 Decided to fail over to the replica Decision point. What would you do now?",
                "14:40 MITIGATED: writes back on the new primary Decision point. What would you do now?",
                "15:10 RESOLVED: old primary rebuilt Decision point. What would you do now?"),
                doc.select("ol#club-steps > li").eachText());
        assertEquals(List.of("step-1", "step-2", "step-3", "step-4", "step-5", "step-6", "step-7"),
                doc.select("ol#club-steps > li").eachAttr("id"));
        assertEquals(List.of("step decision", "step decision", "step", "step decision", "step decision",
                "step decision", "step decision"), doc.select("ol#club-steps > li").eachAttr("class"));
        // nothing is hidden in the HTML: without the script every step shows; the controls are for script only
        assertEquals(List.of(), doc.select("#club-steps [hidden]").eachAttr("id"));
        assertEquals("club-controls js-only", doc.getElementById("club-controls").className());
        assertEquals("polite", doc.getElementById("club-status").attr("aria-live"));
        assertEquals("../assets/club.js", doc.select("script").attr("src"));
        assertEquals("05.db.failover.html", doc.select("article > p:last-of-type a").attr("href"));
    }

    @Test
    void thePostmortemPageLinksItsClubPageOnlyWithATimeline() throws IOException {
        Element link = page("2024/05.db.failover.html").selectFirst("p.club-link");
        assertEquals("Walk through the timeline as a reading club 7 steps, 6 decision points", link.text());
        assertEquals("05.db.failover.club.html", link.selectFirst("a").attr("href"));
        assertEquals(null, page("2024/08.cdn.purge.html").selectFirst("p.club-link"));
        assertFalse(Files.exists(site.resolve("2024/08.cdn.purge.club.html")));
    }

    @Test
    void theReadingListPrefersReviewedPostmortemsWithLessonsAndListsThemOldestFirst() throws IOException {
        Document doc = page("reading-list.html");
        Element bySystem = doc.getElementById("by-system").parent();
        assertEquals(List.of("db 3 of 4"), bySystem.select("h3").eachText());
        assertEquals(List.of(
                "Primary database failed over 2024-05-14 · 7 steps, 6 decisions",
                "Disk full 2025-01-20 · 2 steps, 2 decisions",
                "Slow queries 2025-03-05 · 2 steps, 2 decisions"), bySystem.select("ol.reading li").eachText());
        assertEquals(List.of("2024/05.db.failover.club.html", "2025/01.db.disk-full.club.html",
                "2025/03.db.slow-queries.club.html"), bySystem.select("ol.reading a").eachAttr("href"));
        Element byTrigger = doc.getElementById("by-trigger").parent();
        assertEquals(List.of("user-facing unavailability 1 of 1", "performance degradation 3 of 3",
                "data loss or corruption 1 of 1"), byTrigger.select("h3").eachText());
        assertEquals(List.of("Primary database failed over", "Replica lag", "Disk full", "Slow queries",
                "Primary database failed over"), byTrigger.select("ol.reading a").eachText());
        Element bySeverity = doc.getElementById("by-severity").parent();
        assertEquals(List.of("SEV-1 1 of 1", "SEV-2 3 of 3"), bySeverity.select("h3").eachText());
        assertEquals(List.of("Primary database failed over", "Replica lag", "Disk full", "Slow queries"),
                bySeverity.select("ol.reading a").eachText());
        assertEquals("reading-list.html", page("index.html").select("main a[href=reading-list.html]").attr("href"));
    }
}
