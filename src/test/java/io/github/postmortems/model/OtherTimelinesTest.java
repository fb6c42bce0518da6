package io.github.postmortems.model;

import io.github.postmortems.parse.Postmortem;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Timelines as other templates write them: times as sub-headings, dated tables, words of their own. */
class OtherTimelinesTest {

    private static final ZoneId UTC = ZoneId.of("UTC");

    private static Postmortem parse(String markdown) {
        return io.github.postmortems.TestPostmortems.parse("2024/03.db.x.md", markdown);
    }

    private static List<String> entries(Postmortem p) {
        return p.timeline().stream().map(e -> e.date() + " " + e.time() + " " + e.description()).toList();
    }

    @Test
    void timesAsSubHeadingsWithTheParagraphUnderEach() {
        Postmortem p = parse("""
                # 2024-03-26, disk full

                ## Timeline

                All times in CEST

                ### 2024-03-26 10:34

                Launch success metric reaches 0%.

                ### 2024-03-26 10:55

                Cluster self-heals and everything returns to normal.

                ## Lessons learned

                ### What went well

                - the cluster healed itself
                """);
        assertEquals(List.of("2024-03-26 10:34 Launch success metric reaches 0%.",
                "2024-03-26 10:55 Cluster self-heals and everything returns to normal."), entries(p));
        IncidentTimes t = IncidentTimes.of(p, UTC);
        assertEquals(Duration.ofMinutes(21), t.timeToResolve());
        assertEquals("+02:00", t.started().getOffset().toString(), "the zone the timeline states");
    }

    @Test
    void englishDatesAndTwelveHourTimesAsHeadingsWithAListUnderOne() {
        Postmortem p = parse("""
                # Hub outage

                ## Timeline (times in BST)

                ### March 11, 2024, 12:42 PM
                Incident declared after the health check failed

                ### 1:06 PM
                - Engineer restarts the hub pods
                - Engineer notices more alerts

                ### 2:10 PM
                Hub back online
                """);
        assertEquals(List.of("2024-03-11 12:42 Incident declared after the health check failed",
                "2024-03-11 13:06 Engineer restarts the hub pods; Engineer notices more alerts",
                "2024-03-11 14:10 Hub back online"), entries(p));
        assertEquals(Duration.ofMinutes(88), IncidentTimes.of(p, UTC).timeToResolve());
    }

    @Test
    void everythingUnderATimeHeadingIsItsEntry() {
        Postmortem p = parse("""
                # Cluster full

                ## Timeline

                ### 2024-03-17 07:42

                Users report that launches fail.

                ### 11:29

                The autoscaler shrinks the cluster.

                Everything is fine and launches are working again.
                """);
        assertEquals(List.of("2024-03-17 07:42 Users report that launches fail.",
                "2024-03-17 11:29 The autoscaler shrinks the cluster. Everything is fine and launches are working again."),
                entries(p));
        assertEquals(Duration.ofMinutes(227), IncidentTimes.of(p, UTC).timeToResolve());
    }

    @Test
    void theEndOfAnIncidentInOtherWords() {
        for (String end : List.of("The PR was deployed, bringing the outage to an end.", "Service resumes. Incident ends.",
                "The issue goes away.", "Launch success went back to 100% quickly.", "Service operational.")) {
            IncidentTimes t = IncidentTimes.of(parse("# X\n\n## Timeline\n\n- 2024-03-04 10:00 errors on launch\n"
                    + "- 2024-03-04 10:30 " + end + "\n"), UTC);
            assertEquals(Duration.ofMinutes(30), t.timeToResolve(), end);
        }
    }

    @Test
    void wordsOfRecoveryAndFailureThatOtherTeamsUse() {
        IncidentTimes t = IncidentTimes.of(parse("""
                # Certificates expired

                ## Timeline

                | Time | Event |
                | :--- | --- |
                | 2024-03-31 12:06 | Token-signing certificates expire |
                | 2024-03-31 12:11 | Reports of sign-in issues |
                | 2024-03-31 13:30 | Script completed. Confirmed working |
                """), UTC);
        assertEquals(Duration.ofMinutes(5), t.timeToDetect());
        assertEquals(Duration.ofMinutes(84), t.timeToResolve());
        assertEquals("inferred: started from the timeline entry 12:06 “Token-signing certificates expire”; "
                + "resolved from the timeline entry 13:30 “Script completed. Confirmed working”",
                t.basis("resolve"));
    }

    @Test
    void withoutAWordOfFailureTheFirstTimedEntryStartsIt() {
        IncidentTimes t = IncidentTimes.of(parse("""
                # Nodes gone

                ## Timeline

                | Time | Event |
                |---|---|
                | 2024-03-04 00:30 | A command removed every worker node |
                | 2024-03-04 01:30 | Verified all systems operational |
                """), UTC);
        assertEquals(Duration.ofHours(1), t.timeToResolve());
    }

    @Test
    void aNegatedRecoveryIsNone() {
        IncidentTimes t = IncidentTimes.of(parse("""
                # Daemons

                ## Timeline

                | Time | Event |
                |---|---|
                | 2024-03-04 01:05 | Daemonsets failing to schedule |
                | 2024-03-04 01:10 | KIAM not operational yet, not fixed by the restart |
                """), UTC);
        assertEquals(null, t.timeToResolve());
    }
}
