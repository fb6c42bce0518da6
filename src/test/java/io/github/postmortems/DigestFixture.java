package io.github.postmortems;

import io.github.postmortems.config.SiteSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;

/**
 * A small archive for the newsletter written into a test's temporary directory: March 2025 with a reviewed
 * postmortem, a draft and an incident that began at 22:30 EST on 31 March: still March in New York
 * (23:30 EDT), April in UTC; nothing in
 * February 2025; one postmortem in March 2024 with an action item still open; an editor's intro for March.
 */
final class DigestFixture {

    static final String BASE_URL = "https://postmortems.example.com/";

    private DigestFixture() {
    }

    static Path write(Path dir) throws IOException {
        Path archive = dir.resolve("archive");
        file(archive, "2025/03.db.failover.md", """
                # Primary database failed over during the lunch peak

                **Date:** 2025-03-04

                **Authors:** Ana Silva

                **Status:** Reviewed

                **Severity:** SEV-2

                ## Summary

                Checkout returned errors for 45 minutes while the primary database failed over.

                ## Impact

                About 900 checkouts failed.

                ## Root Causes

                The failover script waited for replication to catch up before promoting a replica. Replication was \
                20 minutes behind because of a long report query. A third sentence the digest leaves out.

                ## Lessons Learned

                ### What went well

                - TODO

                ### What went wrong

                Failover drills found nothing because the replicas were idle. Practise under load. Also a third.

                ## Action Items

                | Action Item | Type | Owner | Ticket | Status |
                |---|---|---|---|---|
                | Kill report queries older than 5 minutes on replicas | prevent | @ana | [DB-12](https://tickets.example.com/DB-12) | Done |
                | Failover drill under load | process | TBD | | Open |

                ## Timeline

                2025-03-04 (all times UTC)

                | Time | Description |
                |---|---|
                | 10:00 | INCIDENT BEGINS: errors rise |
                | 10:10 | DETECTED: alert fires |
                | 10:45 | MITIGATED: replica promoted |
                | 11:30 | RESOLVED: all clear |
                """);
        file(archive, "2025/03.api.late-night.md", """
                # API gateway rejected tokens at midnight

                **Date:** 2025-03-31

                **Status:** Reviewed

                **Severity:** SEV-1

                ## Summary

                Every API call failed for 20 minutes because the gateway's token cache expired at once.

                ## Root Causes

                All cached keys shared one expiry time.

                ## Timeline

                2025-03-31 (all times EST)

                | Time | Description |
                |---|---|
                | 22:30 | INCIDENT BEGINS: 401s everywhere |
                | 22:50 | RESOLVED: cache warmed |
                """);
        file(archive, "2025/03.web.slow-pages.md", """
                # Product pages slow <for> some users

                **Date:** 2025-03-20

                **Status:** Draft

                **Severity:** SEV-3

                ## Summary

                Pages took 8 s to load in one region.
                """);
        file(archive, "2024/03.db.old-failover.md", """
                # The first failover that went wrong

                **Date:** 2024-03-10

                **Status:** Reviewed

                **Severity:** SEV-2

                ## Summary

                A failover took two hours because nobody had the runbook.

                ## Action Items

                | Action Item | Type | Owner | Ticket | Status |
                |---|---|---|---|---|
                | Put the runbook in the repo | process | @bo | DB-3 | Open |
                """);
        file(archive, "newsletter/2025-03.md", """
                Welcome to the *March* digest. Read [the failover runbook](../runbooks/failover.html) before the drill.
                """);
        return archive;
    }

    static SiteSettings settings(Path archive, Path site, String zone, String baseUrl) {
        SiteSettings d = SiteSettings.defaults(archive, site, Fixtures.TODAY).withTitle("Acme postmortems");
        return new SiteSettings(d.archiveDirectory(), d.outputDirectory(), d.title(), baseUrl, null, ZoneId.of(zone),
                false, true, d.policy(), null, 365, false, null, java.util.Map.of(), SiteSettings.Variant.INTERNAL,
                java.util.Map.of(), java.util.Map.of(), SiteSettings.DEFAULT_SEARCH_BUDGET_KB);
    }

    private static void file(Path archive, String path, String text) throws IOException {
        Path f = archive.resolve(path);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text, StandardCharsets.UTF_8);
    }
}
