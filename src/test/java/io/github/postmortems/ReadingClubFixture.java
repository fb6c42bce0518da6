package io.github.postmortems;

import java.io.IOException;
import java.nio.file.Path;

/** A small archive for the reading club: one system with four timelines, one postmortem without a timeline. */
final class ReadingClubFixture {

    private ReadingClubFixture() {
    }

    static Path write(Path archive) throws IOException {
        Fixtures.write(archive.resolve("2024/05.db.failover.md"), """
                ---
                trigger: user-facing unavailability, data loss
                ---
                # Primary database failed over

                **Date:** 2024-05-14

                **Authors:** Ana

                **Status:** Reviewed

                **Severity:** SEV-1

                ## Lessons Learned

                - Lag alerts came before the disk filled.

                ## Timeline

                2024-05-14 (all times UTC)

                | Time | Description |
                |---|---|
                | 14:02 | INCIDENT BEGINS: replication lag alerts |
                | 14:09 | DETECTED: on-call paged by the lag alert |
                | 14:15 | Looked at the primary's disk graphs |
                | 14:20 | Escalated to the storage team |
                | 14:31 | Decided to fail over to the replica |
                | 14:40 | MITIGATED: writes back on the new primary |
                | 15:10 | RESOLVED: old primary rebuilt |
                """);
        Fixtures.write(archive.resolve("2023/02.db.replica-lag.md"), timeline("Replica lag", "2023-02-03", "Draft",
                "SEV-2", false));
        Fixtures.write(archive.resolve("2025/01.db.disk-full.md"), timeline("Disk full", "2025-01-20", "Reviewed",
                "SEV-2", false));
        Fixtures.write(archive.resolve("2025/03.db.slow-queries.md"), timeline("Slow queries", "2025-03-05",
                "Reviewed", "SEV-2", true));
        Fixtures.write(archive.resolve("2024/08.cdn.purge.md"), """
                # Purge storm

                **Date:** 2024-08-01

                **Status:** Reviewed
                """);
        return archive;
    }

    private static String timeline(String title, String date, String status, String severity, boolean lessons) {
        return "---\ntrigger: performance degradation\n---\n# " + title + "\n\n**Date:** " + date + "\n\n**Status:** " + status + "\n\n**Severity:** " + severity
                + "\n\n" + (lessons ? "## Lessons Learned\n\nIndexes need owners.\n\n" : "")
                + "## Timeline\n\n" + date + " (all times UTC)\n\n| Time | Description |\n|---|---|\n"
                + "| 09:00 | INCIDENT BEGINS: latency rises |\n| 09:30 | Rolled back the deploy |\n";
    }
}
