package io.github.postmortems.model;

import io.github.postmortems.parse.Postmortem;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Metrics derived from timeline fixtures: roll-over, zones, missing markers, lists and tables, front matter. */
class IncidentTimesTest {

    private static final ZoneId UTC = ZoneId.of("UTC");

    static Postmortem parse(String markdown) {
        return io.github.postmortems.TestPostmortems.parse("2024/03.db.x.md", markdown);
    }

    @Test
    void tableTimelineAcrossMidnightInANamedZone() {
        IncidentTimes t = IncidentTimes.of(parse("""
                # X

                **Date:** 2024-03-30

                ## Timeline

                2024-03-30 (all times Europe/Berlin)

                | Time | Description |
                |---|---|
                | 23:40 | INCIDENT BEGINS: errors |
                | 23:52 | DETECTED: page |
                | 00:15 | MITIGATED: traffic drained |
                | 02:30 | RESOLVED: fixed |
                """), UTC);
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        assertEquals(ZonedDateTime.of(2024, 3, 30, 23, 40, 0, 0, berlin), t.started());
        assertEquals(ZonedDateTime.of(2024, 3, 31, 2, 30, 0, 0, berlin), t.resolved());
        assertEquals(Duration.ofMinutes(12), t.timeToDetect());
        assertEquals(Duration.ofMinutes(35), t.timeToMitigate());
        // 31 March 2024 02:00 CET became 03:00 CEST: 02:30 does not exist and resolves to 03:30 CEST
        assertEquals(Duration.ofMinutes(170), t.timeToResolve());
        assertEquals(Duration.ofMinutes(35), t.duration());
    }

    @Test
    void listTimelineWithPerEntryZonesAndNoDateLine() {
        IncidentTimes t = IncidentTimes.of(parse("""
                # X

                **Date:** 2024-03-05

                ## Timeline

                - 09:00 PST — INCIDENT BEGINS: deploy
                - 17:20 UTC — DETECTED: support ticket from Europe
                - 10:00 PST — RESOLVED: rollback
                """), UTC);
        assertEquals(Duration.ofMinutes(20), t.timeToDetect());
        assertEquals(Duration.ofHours(1), t.timeToResolve());
        assertEquals(Duration.ofHours(1), t.duration(), "no MITIGATED: impact lasts until resolution");
    }

    @Test
    void missingMarkersAreUnknownNeverZero() {
        IncidentTimes t = IncidentTimes.of(parse("""
                # X

                **Date:** 2024-03-05

                ## Timeline

                2024-03-05

                | Time | Description |
                |---|---|
                | 10:00 | INCIDENT BEGINS |
                | ?? | DETECTED: nobody remembers |
                """), ZoneId.of("America/New_York"));
        assertEquals(ZonedDateTime.of(2024, 3, 5, 10, 0, 0, 0, ZoneId.of("America/New_York")), t.started());
        assertNull(t.detected());
        assertNull(t.timeToDetect());
        assertNull(t.timeToResolve());
        assertNull(t.duration());
    }

    @Test
    void frontMatterTimesWinOverTheTimeline() {
        Postmortem p = parse("""
                ---
                date: 2024-03-05
                started: 2024-03-05T10:00:00+01:00
                detected: 2024-03-05 09:30 UTC
                resolved: sometime
                ---
                # X

                ## Timeline

                2024-03-05

                | Time | Description |
                |---|---|
                | 08:00 | INCIDENT BEGINS |
                | 12:00 | RESOLVED |
                """);
        IncidentTimes t = IncidentTimes.of(p, UTC);
        assertEquals(Duration.ofMinutes(30), t.timeToDetect());
        assertEquals(Duration.ofHours(3), t.timeToResolve(), "unreadable 'resolved' falls back to the timeline");
    }

    @Test
    void zonesAsTimelinesWriteThem() {
        assertEquals(ZoneId.of("Europe/London"), IncidentTimes.zone("Europe/London", UTC));
        assertEquals(java.time.ZoneOffset.ofHours(2), IncidentTimes.zone("CEST", UTC));
        assertEquals(java.time.ZoneOffset.ofHoursMinutes(5, 30), IncidentTimes.zone("UTC+5:30", UTC));
        assertEquals(java.time.ZoneOffset.ofHours(-3), IncidentTimes.zone("-03:00", UTC));
        assertEquals(UTC, IncidentTimes.zone("Mars/Olympus", UTC));
    }

    @Test
    void aTimelineWithoutMarkersIsReadForItsWordingAndSaysWhereFrom() {
        IncidentTimes t = IncidentTimes.of(parse("""
                # X

                ## Key events

                2024-03-14 (all times UTC)

                - 13:55 Deploy of api 4.2 starts
                - 14:02 Error rate on checkout rises to 30 %
                - 14:09 On-call paged by the error-rate alert
                - 14:31 Deploy rolled back
                - 14:40 Error rate back to normal, all clear
                """), UTC);
        assertEquals(Duration.ofMinutes(7), t.timeToDetect());
        assertEquals(Duration.ofMinutes(38), t.timeToResolve());
        assertEquals(Duration.ofMinutes(29), t.timeToMitigate());
        assertEquals("inferred: started from the timeline entry 14:02 “Error rate on checkout rises to 30 %”; "
                + "resolved from the timeline entry 14:40 “Error rate back to normal, all clear”", t.basis("resolve"));
    }

    @Test
    void statedDurationsCountWhereMomentsAreNotMarked() {
        IncidentTimes t = IncidentTimes.of(parse("""
                # X

                ## Summary

                The API returned 502s.

                Time to detect: 4 min. Time to repair: 1h 5m.
                """), UTC);
        assertEquals(Duration.ofMinutes(4), t.timeToDetect());
        assertEquals(Duration.ofMinutes(65), t.timeToResolve());
        assertEquals("as the text states it: Time to repair: 1h 5m", t.basis("resolve"));
        assertEquals(Duration.ofMinutes(130), StatedDurations.parse("2 hours and 10 minutes"));
    }

    @Test
    void markersAlwaysWin() {
        IncidentTimes t = IncidentTimes.of(parse("""
                # X

                Duration: 3 hours

                ## Timeline

                2024-03-14 (all times UTC)

                | Time | Description |
                |---|---|
                | 14:00 | INCIDENT BEGINS: errors |
                | 14:30 | RESOLVED: fixed |
                """), UTC);
        assertEquals(Duration.ofMinutes(30), t.timeToResolve());
        assertEquals("", t.basis("resolve"));
    }
}
