package io.github.postmortems.aggregate;

import io.github.postmortems.model.Summary;
import io.github.postmortems.parse.Postmortem;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static io.github.postmortems.TestPostmortems.incident;
import static io.github.postmortems.TestPostmortems.summaries;
import static io.github.postmortems.TestPostmortems.summary;
import static org.junit.jupiter.api.Assertions.assertEquals;

class CatalogTest {

    private static final ZoneId UTC = ZoneId.of("UTC");

    private final Postmortem first = incident("2023/02.db.failover.md", "2023-02-10", "SEV-2", "10:00", "11:00", "");
    private final Postmortem sameEvent = incident("2023/11.db.failover.md", "2023-11-20", "SEV-1", "10:00", "10:30", "");
    private final Postmortem linkedAgain = incident("2024/05.db.replica-lag.md", "2024-05-01", "SEV-3", "09:00",
            "13:00", "## Summary\n\nThe pool ran dry again, as in [February](../2023/02.db.failover.md).");
    private final Postmortem linkedForContext = incident("2024/06.db.vacuum.md", "2024-06-01", "SEV-3", "09:00",
            "09:20", "## Summary\n\nUnrelated; see [background](../2023/02.db.failover.md).");
    private final Postmortem otherSystem = incident("2024/06.cdn.purge.md", "2024-06-15", "SEV-2", "23:50", "00:10",
            "## Summary\n\nThe same failure happened again: [db](../2023/02.db.failover.md).");

    private Catalog catalog() {
        return Catalog.of(summaries(otherSystem, first, linkedForContext, sameEvent, linkedAgain), 365);
    }

    @Test
    void repeatsAreTheSameEventWithinTheWindowOrSaidToBeAgain() {
        Catalog c = catalog();
        assertEquals("the same event, failover, 283 days after 2023/02.db.failover.md",
                c.repeatOf(sameEvent.sourcePath()).reason());
        assertEquals("the postmortem says so and links 2023/02.db.failover.md", c.repeatOf(linkedAgain.sourcePath()).reason());
        assertEquals(null, c.repeatOf(linkedForContext.sourcePath()), "a link for context is not a repeat");
        assertEquals(null, c.repeatOf(otherSystem.sourcePath()), "another system's incident is not a repeat");
        assertEquals(null, c.repeatOf(first.sourcePath()));
        assertEquals(null, Catalog.of(summaries(first, sameEvent), 200).repeatOf(sameEvent.sourcePath()), "outside the window");
    }

    @Test
    void repeatWordingAnywhereInTheLinkingParagraphCounts() {
        Postmortem kindOf = incident("2025/06.db.saml.md", "2025-06-03", "SEV-2", "10:00", "11:00", "## Summary\n\n"
                + "Two years ago we had [the same kind of failure](../2023/02.db.failover.md) with another cert.");
        Postmortem whatHappened = incident("2024/08.db.disk.md", "2024-08-03", "SEV-2", "10:00", "11:00",
                "## Summary\n\nThis is almost exactly what happened [a year ago](../2023/02.db.failover.md).");
        Catalog c = Catalog.of(summaries(first, kindOf, whatHappened), 365);
        assertEquals("the postmortem says so and links 2023/02.db.failover.md", c.repeatOf(kindOf.sourcePath()).reason());
        assertEquals("the postmortem says so and links 2023/02.db.failover.md",
                c.repeatOf(whatHappened.sourcePath()).reason());
    }

    @Test
    void systemStatisticsUseMediansOverKnownTimes() {
        SystemHistory db = catalog().system("db");
        assertEquals(List.of("2024/06.db.vacuum.md", "2024/05.db.replica-lag.md", "2023/11.db.failover.md",
                "2023/02.db.failover.md"), db.postmortems().stream().map(Summary::sourcePath).toList());
        assertEquals(List.of(new YearStats(2024, 2, null, 0, Duration.ofMinutes(130), 2),
                new YearStats(2023, 2, null, 0, Duration.ofMinutes(45), 2)), db.years());
        assertEquals(Duration.ofMinutes(45), db.medianToResolve());
        assertEquals(null, db.p90ToResolve(), "4 known times to resolve are too few for a 90th percentile");
        assertEquals("too few incidents (needs 10 with a known time to resolve, has 4)", db.tooFewForP90());
        assertEquals("too few incidents for a trend (needs 3 per side)", db.years().get(0).trendAgainst(db.years().get(1)));
        assertEquals(List.of("2023 Q1 1", "2023 Q2 0", "2023 Q3 0", "2023 Q4 1", "2024 Q1 0", "2024 Q2 2"),
                db.quarters().stream().map(q -> q.label() + " " + q.count()).toList());
        assertEquals(Duration.ofMinutes(20), summary(otherSystem).times().timeToResolve(), "across midnight");
    }

    @Test
    void monthsSpanTheArchiveBySeverity() {
        List<MonthCount> months = catalog().months();
        assertEquals(17, months.size());
        assertEquals(new MonthCount(2023, 2, Map.of("SEV-2", 1)), months.get(0));
        assertEquals(new MonthCount(2023, 3, Map.of()), months.get(1));
        assertEquals(new MonthCount(2024, 6, Map.of("SEV-2", 1, "SEV-3", 1)), months.get(16));
    }

    @Test
    void aTrendNeedsThreeIncidentsWithAKnownTimeToResolvePerSide() {
        YearStats older = new YearStats(2023, 4, null, 0, Duration.ofMinutes(45), 3);
        assertEquals("resolved faster than 2023", new YearStats(2024, 3, null, 0, Duration.ofMinutes(30), 3).trendAgainst(older));
        assertEquals("resolved slower than 2023", new YearStats(2024, 5, null, 0, Duration.ofMinutes(50), 4).trendAgainst(older));
        assertEquals("as in 2023", new YearStats(2024, 3, null, 0, Duration.ofMinutes(45), 3).trendAgainst(older));
        assertEquals("too few incidents for a trend (needs 3 per side)",
                new YearStats(2024, 9, null, 0, Duration.ofMinutes(5), 2).trendAgainst(older));
        assertEquals("too few incidents for a trend (needs 3 per side)",
                new YearStats(2024, 3, null, 0, Duration.ofMinutes(5), 3)
                        .trendAgainst(new YearStats(2023, 8, null, 0, Duration.ofMinutes(45), 2)));
    }

    @Test
    void aNinetiethPercentileNeedsTenKnownValues() {
        List<Duration> nine = new java.util.ArrayList<>(java.util.Collections.nCopies(9, Duration.ofMinutes(10)));
        nine.add(null);
        assertEquals(null, Durations.p90(nine));
        List<Duration> ten = new java.util.ArrayList<>(nine);
        ten.add(Duration.ofMinutes(90));
        assertEquals(Duration.ofMinutes(10), Durations.p90(ten), "nearest rank: the 9th of 10");
        ten.add(Duration.ofMinutes(95));
        assertEquals(Duration.ofMinutes(90), Durations.p90(ten), "the 10th of 11");
    }

    @Test
    void durationsMedianAndPercentile() {
        List<Duration> d = java.util.Arrays.asList(Duration.ofMinutes(10), null, Duration.ofMinutes(30),
                Duration.ofMinutes(20), Duration.ofMinutes(40));
        assertEquals(Duration.ofMinutes(25), Durations.median(d));
        assertEquals(Duration.ofMinutes(40), Durations.percentile(d, 0.9));
        assertEquals(4, Durations.known(d));
        assertEquals(null, Durations.median(java.util.Arrays.asList(null, null)));
    }
}
