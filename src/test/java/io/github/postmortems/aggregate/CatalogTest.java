package io.github.postmortems.aggregate;

import io.github.postmortems.model.Summary;
import io.github.postmortems.parse.Postmortem;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import io.github.postmortems.TestPostmortems;

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

    private static Postmortem withActions(String path, String date, String rows) {
        return TestPostmortems.parse(path, "# " + path + "\n\n**Date:** " + date + "\n\n## Action Items\n\n"
                + "| Action Item | Owner | Ticket | Status |\n|---|---|---|---|\n" + rows);
    }

    @Test
    void ownersAreGroupedHoweverTheyAreSpeltOldestItemFirst() {
        Postmortem older = withActions("2023/04.db.lag.md", "2023-04-02", """
                | Add a replica | @Dana | DB-1 | Done |
                | Alert on lag | dana | DB-2 | Open |
                | Page the on-call | Dana Ruiz | DB-3 | Open |
                """);
        Postmortem newer = withActions("2024/09.cdn.purge.md", "2024-09-09", """
                | Scope purges | @dana | CDN-7 | In progress |
                | Rate-limit purges | dana-ruiz | CDN-8 | Open |
                | Document purges | | CDN-9 | Open |
                """);
        List<OwnerActions> owners = Catalog.of(summaries(newer, older), 365).owners();
        assertEquals(List.of("@Dana dana 2 open of 3, CDN-7 DB-2", "Dana Ruiz dana-ruiz 1 open of 1, DB-3",
                        "dana-ruiz dana-ruiz-2 1 open of 1, CDN-8"),
                owners.stream().map(o -> o.name() + " " + o.slug() + " " + o.open().size() + " open of "
                        + o.actions().size() + ", " + o.open().stream().map(a -> a.item().ticket()).sorted()
                        .collect(java.util.stream.Collectors.joining(" "))).toList());
        assertEquals(List.of("DB-1", "DB-2", "CDN-7"), owners.get(0).actions().stream()
                .map(a -> a.item().ticket()).toList(), "oldest postmortem first, then as written");
        assertEquals(owners.get(0), Catalog.of(summaries(newer, older), 365).owner(" @DANA "));
        assertEquals(null, Catalog.of(summaries(newer, older), 365).owner(null));
    }

    @Test
    void anOwnerCalledIndexDoesNotTakeTheOwnersIndexPage() {
        Postmortem p = withActions("2024/09.cdn.purge.md", "2024-09-09", """
                | Rebuild the search index | Index | CDN-7 | Open |
                """);
        assertEquals(List.of("owners/index-2.html"),
                Catalog.of(summaries(p), 365).owners().stream().map(OwnerActions::pagePath).toList());
    }

    @Test
    void actionCohortsCountWhatEachQuarterRaisedAndHasClosed() {
        Postmortem q1 = withActions("2024/02.db.a.md", "2024-02-02", """
                | One | @a | A-1 | Done |
                | Two | @a | A-2 | Won't do |
                | Three | @b | A-3 | Open |
                """);
        Postmortem q1b = withActions("2024/03.db.b.md", "2024-03-30", "| Four | @b | A-4 | Blocked |\n");
        Postmortem q3 = withActions("2024/08.db.c.md", "2024-08-08", "| Five | @a | A-5 | Duplicate |\n");
        assertEquals(List.of("2024 Q3 raised 1 closed 1 open 0 100 %", "2024 Q1 raised 4 closed 2 open 2 50 %"),
                Catalog.of(summaries(q1, q3, q1b), 365).actionCohorts().stream()
                        .map(c -> c.label() + " raised " + c.raised() + " closed " + c.closed() + " open " + c.open()
                                + " " + c.closedPercent() + " %").toList());
        assertEquals(66, new ActionCohort(2024, 1, 3, 2).closedPercent(), "rounded down");
    }

    @Test
    void repeatOfInFrontMatterConfirmsARepeatAndIsCheckedLikeALink() {
        Postmortem declared = TestPostmortems.parse("2024/09.db.pool.md", """
                ---
                date: 2024-09-02
                repeat-of: 2023/02.db.failover
                ---
                # Pool ran dry
                """);
        assertEquals("the postmortem says so and links 2023/02.db.failover.md",
                Catalog.of(summaries(first, declared), 365).repeatOf(declared.sourcePath()).reason());
        assertEquals(List.of(new io.github.postmortems.parse.LinkTarget("../2023/02.db.failover.md", 3,
                "repeat-of: 2023/02.db.failover")), declared.links());
    }

    @Test
    void possibleRepeatsAreEarlierIncidentsOfTheSystemDescribedInTheSameRareWords() {
        Postmortem disk = describe("2023/08.db.disk-full.md", "2023-08-14", "orders-db-2 disk full",
                "The pgaudit log filled the data volume of orders-db-2 and writes stopped.");
        Postmortem again = describe("2024/08.db.writes-stopped.md", "2024-08-21", "Writes stopped on orders-db-2",
                "pgaudit logging filled the data volume; orders-db-2 refused writes for an hour.");
        Postmortem other = describe("2024/02.db.slow-queries.md", "2024-02-01", "Slow queries after an index drop",
                "A migration dropped an index and checkout queries slowed down.");
        Postmortem otherSystem = describe("2024/09.cdn.volume.md", "2024-09-01", "CDN data volume full",
                "The cache data volume filled and the edge stopped answering.");
        Catalog c = Catalog.of(summaries(disk, again, other, otherSystem), 365);
        PossibleRepeat possible = c.possibleRepeatOf(again.sourcePath());
        assertEquals("2023/08.db.disk-full.md", possible.earlier().sourcePath());
        assertEquals(List.of("order", "pgaudit", "write", "data", "filled", "stopped", "volume"), possible.shared());
        assertEquals(46, possible.percent());
        assertEquals(null, c.repeatOf(again.sourcePath()), "a possible repeat is not counted as one");
        assertEquals(null, c.possibleRepeatOf(other.sourcePath()));
        assertEquals(null, c.possibleRepeatOf(otherSystem.sourcePath()), "only the same system's incidents");
        assertEquals(List.of(possible), c.system("db").possibleRepeats());
    }

    private static Postmortem describe(String path, String date, String title, String summary) {
        return TestPostmortems.parse(path, "# " + title + "\n\n**Date:** " + date + "\n\n## Summary\n\n" + summary + "\n");
    }

    @Test
    void duplicatesAndFollowUpsShowBothWaysAndChainIntoRecurrenceHistories() {
        Postmortem duplicate = TestPostmortems.parse("2023/02.web.same-outage.md",
                "---\ndate: 2023-02-11\nduplicate-of: 2023/02.db.failover\n---\n# Same outage, web's view\n");
        Postmortem followUp = TestPostmortems.parse("2023/06.db.failover-drill.md",
                "---\ndate: 2023-06-01\nfollows: [2023/02.db.failover, 2023/99.db.missing]\n---\n# Failover drill\n");
        Catalog c = Catalog.of(summaries(first, sameEvent, duplicate, followUp, otherSystem), 365);
        assertEquals(List.of("duplicated by 2023/02.web.same-outage.md", "followed by 2023/06.db.failover-drill.md"),
                c.relationsOf(first.sourcePath()).stream().map(r -> r.kind() + " " + r.other().sourcePath()).toList());
        assertEquals(List.of("follows 2023/02.db.failover.md"), c.relationsOf(followUp.sourcePath()).stream()
                .map(r -> r.kind() + " " + r.other().sourcePath()).toList(), "an unknown target is the link rule's");
        assertEquals(List.of(List.of("2023/02.db.failover.md", "2023/02.web.same-outage.md: duplicate of 2023-02-10",
                        "2023/06.db.failover-drill.md: follows 2023-02-10",
                        "2023/11.db.failover.md: repeat of 2023-02-10")),
                c.system("db").recurrences().stream().map(r -> r.steps().stream().map(s -> s.postmortem().sourcePath()
                        + (s.how().isEmpty() ? "" : ": " + String.join("; ", s.how()))).toList()).toList());
        assertEquals(c.system("db").recurrences(), c.system("web").recurrences(), "the chain crosses systems");
        assertEquals(List.of(), c.system("cdn").recurrences());
    }
}
