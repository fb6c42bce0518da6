package io.github.postmortems.adopt;

import io.github.postmortems.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The plan for each layout the import reads, to the line, and what applying it leaves on disk. */
class ArchiveImportTest {

    @TempDir
    Path dir;

    private Path from;
    private Path archive;

    private static Path layout(String name) {
        try {
            return Path.of(ArchiveImportTest.class.getResource("/imports/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private ImportPlan plan(String layout, String system) throws Exception {
        from = dir.resolve("from");
        archive = dir.resolve("archive");
        if (!Files.exists(from)) {
            Fixtures.copyTree(layout(layout), from);
        }
        Files.createDirectories(archive);
        return ArchiveImport.plan(new ArchiveImport.Request(from, archive, system, Map.of()));
    }

    private static String read(Path file) throws Exception {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void flatNamesWithIdentifiersAreNamedByTheirTitlePart() throws Exception {
        assertEquals(List.of(
                "2 postmortems to move with 1 attachment; 0 left where they are (0 in collisions, 0 that cannot be placed)",
                "PM2019-009 - Database failover stalled.md -> 2019/03.orders.database-failover-stalled.md "
                        + "(day: Date line 3; system: -Dsystem)",
                "PM2019-010 - Cache stampede.md -> 2019/04.orders.cache-stampede.md "
                        + "(day: timeline line 14; system: -Dsystem)",
                "  images/stampede.png -> 2019/04.orders.cache-stampede/stampede.png",
                "  2 links rewritten",
                "not postmortems, left where they are: PMyyyy-nnn - Postmortem template.md, README.md",
                "README.md stays: 2 links to moved files rewritten"), plan("flat", "orders").lines());
    }

    @Test
    void blogPostsAndPageBundlesTakeTheirDayFromFrontMatter() throws Exception {
        assertEquals(List.of(
                "2 postmortems to move with 2 attachments; 0 left where they are (0 in collisions, 0 that cannot be placed)",
                "_posts/2020-11-12-api-outage.md -> 2020/11.public-api.api-outage.md "
                        + "(day: front matter 'date'; system: front matter 'service')",
                "  assets/api-errors.png -> 2020/11.public-api.api-outage/api-errors.png",
                "  2 links rewritten",
                "content/posts/queue-backlog/index.md -> 2021/02.web.queue-backlog.md "
                        + "(day: front matter 'date'; system: -Dsystem)",
                "  content/posts/queue-backlog/backlog.png -> 2021/02.web.queue-backlog/backlog.png",
                "  1 link rewritten"), plan("blog", "web").lines());
    }

    @Test
    void statusPageIssuesOfOneNameInAMonthAreToldApartByTheirDay() throws Exception {
        assertEquals(List.of(
                "3 postmortems to move with 0 attachments; 0 left where they are (0 in collisions, 0 that cannot be placed)",
                "content/issues/2021-06-01-login-errors.md -> 2021/06.auth-api.login-errors.md "
                        + "(day: front matter 'date'; system: front matter 'affected')",
                "content/issues/2021-06-09-degraded-performance.md -> 2021/06.website.degraded-performance-09.md "
                        + "(day: front matter 'date'; system: front matter 'affected'; "
                        + "day added: 2 files are named degraded-performance)",
                "content/issues/2021-06-21-degraded-performance.md -> 2021/06.website.degraded-performance-21.md "
                        + "(day: front matter 'date'; system: front matter 'affected'; "
                        + "day added: 2 files are named degraded-performance)",
                "not postmortems, left where they are: content/_index.md"), plan("status-page", null).lines());
    }

    @Test
    void docsIncidentsTakeTheSystemFromAFolderAndListWhatCannotBePlaced() throws Exception {
        assertEquals(List.of(
                "1 postmortem to move with 0 attachments; 2 left where they are (0 in collisions, 2 that cannot be placed)",
                "docs/incidents/payments/card-timeouts.md -> 2022/01.payments.card-timeouts.md "
                        + "(day: timeline line 7; system: folder 'payments')",
                "cannot place docs/incidents/2022-03-disk-full.md: no system (none in its front matter as system, "
                        + "service, affected, product or component, nor a folder named after one; pass -Dsystem=NAME)",
                "cannot place docs/incidents/notes.md: no day (none in its front matter, a Date line, a dated timeline "
                        + "entry, its first paragraph, its file name or a publishing date); no system (none in its front matter as system, "
                        + "service, affected, product or component, nor a folder named after one; pass -Dsystem=NAME)"),
                plan("docs-incidents", null).lines());
    }

    @Test
    void startStampsAndIncidentDatesAreReadUnderTheParsersAliases() throws Exception {
        assertEquals(List.of(
                "2 postmortems to move with 0 attachments; 0 left where they are (0 in collisions, 0 that cannot be placed)",
                "0f8a2c1e-9d41-4b7a-a1c3-5e6d7f809a1b.md -> 2023/07.object-storage.incident.md "
                        + "(day: front matter 'incident_date'; system: front matter 'product')",
                "indexer-lag.md -> 2023/05.search-indexer.indexer-lag.md "
                        + "(day: front matter 'start_time'; system: front matter 'component')"),
                plan("stamps", null).lines());
    }

    @Test
    void aDateInTheFirstParagraphPlacesAFileWithoutOther() throws Exception {
        from = dir.resolve("from");
        Fixtures.write(from.resolve("ledger.md"), "# Ledger drift\n\nOn Tuesday, 4 March 2025 the ledger and the "
                + "bank disagreed by one payment.\n");
        assertEquals("ledger.md -> 2025/03.finance.ledger.md (day: first paragraph, line 3; system: -Dsystem)",
                plan("unused", "finance").lines().get(1));
    }

    @Test
    void aPublishingDayFilesAPostThatStatesNoOther() throws Exception {
        from = dir.resolve("from");
        Fixtures.write(from.resolve("c3d4e5f6.md"), "---\ntitle: Builds stuck in the queue\ncompany: Example\n"
                + "product: CI\nsource_published_at: 2022-09-09T16:00:00Z\n---\n\nBuilds waited for an agent.\n");
        assertEquals("c3d4e5f6.md -> 2022/09.ci.builds-stuck-in-the-queue.md (day: front matter "
                + "'source_published_at', the day it was published; system: front matter 'product')",
                plan("unused", null).lines().get(1));
    }

    @Test
    void aFolderOfPostmortemsWithAnIndexIsNoPageBundle() throws Exception {
        from = dir.resolve("from");
        Fixtures.write(from.resolve("reports/index.md"), "# Incident reports\n\n- [Hub down](2018-03-26-hub-down.md)\n");
        Fixtures.write(from.resolve("reports/2018-03-26-hub-down.md"), "# 2018-03-26, hub down\n\nThe hub was down.\n");
        assertEquals(List.of(
                "1 postmortem to move with 0 attachments; 0 left where they are (0 in collisions, 0 that cannot be placed)",
                "reports/2018-03-26-hub-down.md -> 2018/03.binder.hub-down.md (day: file name; system: -Dsystem)",
                "not postmortems, left where they are: reports/index.md",
                "reports/index.md stays: 1 link to moved files rewritten"), plan("unused", "binder").lines());
    }

    @Test
    void importingFromTheArchiveItselfLeavesItsYearFoldersAndNewsletterAlone() throws Exception {
        archive = dir.resolve("archive");
        Fixtures.write(archive.resolve("2024/03.db.lag.md"), "# Lag\n\n**Date:** 2024-03-02\n");
        Fixtures.write(archive.resolve("newsletter/2024-03.md"), "An editor's intro for March 2024.\n");
        Fixtures.write(archive.resolve("TEMPLATE.md"), "# Title\n\n**Date:** YYYY-MM-DD\n");
        Fixtures.write(archive.resolve("2024/03.db.lag/graph.png"), "PNG fixture\n");
        Fixtures.write(archive.resolve("2023-12-01 - Cache flush.md"), "# Cache flush\n\n**Date:** 2023-12-01\n\n"
                + "Like [the lag](2024/03.db.lag.md), see ![its graph](2024/03.db.lag/graph.png).\n");
        ImportPlan plan = ArchiveImport.plan(new ArchiveImport.Request(archive, archive, "cache", Map.of()));
        assertEquals(List.of(
                "1 postmortem to move with 0 attachments; 0 left where they are (0 in collisions, 0 that cannot be placed)",
                "2023-12-01 - Cache flush.md -> 2023/12.cache.flush.md (day: Date line 3; system: -Dsystem)",
                "  2 links rewritten",
                "not postmortems, left where they are: TEMPLATE.md"), plan.lines());
        ArchiveImport.apply(plan, false);
        assertEquals("# Cache flush\n\n**Date:** 2023-12-01\n\n"
                + "Like [the lag](../2024/03.db.lag.md), see ![its graph](../2024/03.db.lag/graph.png).\n",
                read(archive.resolve("2023/12.cache.flush.md")));
        assertEquals("PNG fixture\n", read(archive.resolve("2024/03.db.lag/graph.png")));
        IOException refused = assertThrows(IOException.class, () -> ArchiveImport.plan(new ArchiveImport.Request(
                archive.resolve("2024"), archive, null, Map.of())));
        assertEquals("the folder to import, " + archive.resolve("2024").toRealPath() + ", is in one of the archive's "
                + "year folders, whose postmortems are filed already", refused.getMessage());
    }

    @Test
    void appliedFilesMoveWithTheirAttachmentsAndOnlyTheirLinksChange() throws Exception {
        ImportPlan plan = plan("flat", "orders");
        assertEquals(List.of("Moved 2 postmortems and 1 attachment; 4 links rewritten in 2 files",
                "The archive is not in a git repository: the files were moved as they are"),
                ArchiveImport.apply(plan, false));
        assertEquals(Set.of("2019/03.orders.database-failover-stalled.md", "2019/04.orders.cache-stampede.md",
                "2019/04.orders.cache-stampede/stampede.png"), Fixtures.files(archive).keySet());
        assertEquals(Set.of("PMyyyy-nnn - Postmortem template.md", "README.md"), Fixtures.files(from).keySet());
        assertEquals("""
                # Cache stampede after the deploy

                ## Summary

                A deploy flushed the session cache; every node refilled it at once. It looked like
                [the failover of March](03.orders.database-failover-stalled.md).

                ![Requests per second](04.orders.cache-stampede/stampede.png)

                ## Timeline

                2019-04-02 (all times UTC)

                - 13:10 Deploy starts
                - 13:14 Error rate alert fires
                """, read(archive.resolve("2019/04.orders.cache-stampede.md")));
        assertEquals(read(layout("flat").resolve("PM2019-009 - Database failover stalled.md")),
                read(archive.resolve("2019/03.orders.database-failover-stalled.md")));
        assertEquals("""
                # Postmortems of the orders team

                - [PM2019-009](../archive/2019/03.orders.database-failover-stalled.md)
                - [PM2019-010](<../archive/2019/04.orders.cache-stampede.md>)
                """, read(from.resolve("README.md")));
    }

    @Test
    void linksAcrossFoldersPointToTheNewPlacesAndSiteAbsoluteLinksStay() throws Exception {
        ArchiveImport.apply(plan("blog", "web"), false);
        assertEquals("""
                ---
                layout: post
                title: "API outage on November 12"
                date: 2020-11-12 15:54:00 +0000
                categories: [incident]
                service: Public API
                ---

                For 38 minutes the public API answered every request with 503.

                ![Error rate](11.public-api.api-outage/api-errors.png)

                The [queue backlog](../2021/02.web.queue-backlog.md) a few months later had the same trigger.
                The [style guide](/about/) is not part of this.
                """, read(archive.resolve("2020/11.public-api.api-outage.md")));
        assertEquals("![Backlog](02.web.queue-backlog/backlog.png)",
                read(archive.resolve("2021/02.web.queue-backlog.md")).strip().lines().reduce((a, b) -> b).orElseThrow());
        // the page bundle's and the post's folders are gone with their files, and so is the folder imported from
        assertEquals(false, Files.exists(from));
    }

    @Test
    void twoFilesOfOneNameAndDayCollideAndApplyingRefusesUntilTheyAreLeft() throws Exception {
        from = dir.resolve("from");
        Fixtures.write(from.resolve("a/outage.md"), "---\ndate: 2024-02-05\nservice: API\n---\n# Outage\n");
        Fixtures.write(from.resolve("b/outage.md"), "---\ndate: 2024-02-05\nservice: API\n---\n# Outage again\n");
        Fixtures.write(from.resolve("replica-lag.md"), "---\ndate: 2024-02-07\nservice: DB\n---\n# Lag\n");
        Fixtures.write(from.resolve("ok.md"), "---\ndate: 2024-03-01\nservice: DB\n---\n# Fine\n");
        Fixtures.write(dir.resolve("archive/2024/02.db.replica-lag.md"), "# Already here\n");
        ImportPlan plan = plan("unused", null);
        assertEquals(List.of(
                "1 postmortem to move with 0 attachments; 3 left where they are (3 in collisions, 0 that cannot be placed)",
                "ok.md -> 2024/03.db.fine.md (day: front matter 'date'; system: front matter 'service')",
                "collision: 2024/02.api.outage.md <- a/outage.md, b/outage.md (the same name)",
                "collision: 2024/02.db.replica-lag.md <- replica-lag.md (the archive already has it)"), plan.lines());
        ArchiveImport.Refused refused = assertThrows(ArchiveImport.Refused.class, () -> ArchiveImport.apply(plan, false));
        assertEquals("3 files cannot be moved (see the collisions and files that cannot be placed above), so nothing "
                + "was moved; settle them, or pass -DleaveUnplaced to move the rest and leave these where they are",
                refused.getMessage());
        assertEquals(Set.of("a/outage.md", "b/outage.md", "ok.md", "replica-lag.md"), Fixtures.files(from).keySet());
        assertEquals(List.of("Moved 1 postmortem and 0 attachments; 0 links rewritten in 0 files",
                "The archive is not in a git repository: the files were moved as they are",
                "3 files were left where they are (-DleaveUnplaced): a/outage.md, b/outage.md, replica-lag.md"),
                ArchiveImport.apply(plan, true));
        assertEquals("# Already here\n", read(dir.resolve("archive/2024/02.db.replica-lag.md")));
        assertEquals(Set.of("a/outage.md", "b/outage.md", "replica-lag.md"), Fixtures.files(from).keySet());
    }

    @Test
    void aFileThatCannotBeReadIsListedWithItsLine() throws Exception {
        from = dir.resolve("from");
        Fixtures.write(from.resolve("broken.md"), "---\ntitle: [unclosed\n---\n# Broken\n");
        assertEquals("cannot place broken.md: line 3: front matter is not valid YAML: expected ',' or ']', but got <stream end>",
                plan("unused", "web").lines().get(1));
    }
}
