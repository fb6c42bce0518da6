package io.github.postmortems.build;

import io.github.postmortems.Problem;
import io.github.postmortems.StageTimes;
import io.github.postmortems.write.SiteWriter;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BuildReportTest {

    @Test
    void theSummaryTableSaysWhatWasBuiltAndWhereTheTimeWent() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        seconds.put("parse", 175.284);
        seconds.put(StageTimes.TOTAL, 411.5);
        BuildResult result = new BuildResult(List.of(Problem.warning("2024/03.a.b.md", 7, "outcome-shared", "Draft"),
                Problem.error("2024/03.a.c.md", 1, "file-name", "x")), 100_000, List.of(), 136_848,
                new SiteWriter.Tally(136_848, 100_273, 3_427_700_000L, 28_992, 156_300_000L), seconds,
                "from git, 99,998 committed postmortems", false, 3, "", null);
        assertEquals(List.of(
                "  Postmortems          100,000",
                "  Pages                100,273",
                "  Postmortem pages     3 rendered, 99,997 kept from the last build",
                "  Files                136,848 (3427.7 MB)",
                "  Search data          28,992 files (156.3 MB)",
                "  Findings             1 error, 1 warning",
                "  History              from git, 99,998 committed postmortems",
                "  Time parse           175.28 s",
                "  Time total (wall clock) 411.50 s",
                "  (a step that runs on every core counts the time of each of its threads)"),
                BuildReport.table(result));
    }

    @Test
    void progressIsPrintedAtMostEverySoOften() {
        List<String> printed = new ArrayList<>();
        StageTimes.Listener often = BuildReport.progress(printed::add, 0);
        often.progress("reading", 4_213, 10_000);
        StageTimes.Listener rarely = BuildReport.progress(printed::add, 60_000);
        rarely.progress("reading", 4_214, 10_000);
        assertEquals(1, printed.size());
        assertEquals("reading: 4,213 of 10,000 postmortems", printed.get(0).replaceFirst(" \\(\\d+ s\\)$", ""));
    }
}
