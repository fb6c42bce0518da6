package io.github.postmortems.parse;

import io.github.postmortems.model.IncidentTimes;
import io.github.postmortems.scan.SourceFile;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Times and days stated in prose, as archives in other templates write them. */
class ProseTimesTest {

    private static final LocalDate DAY = LocalDate.of(2020, 11, 12);

    private static List<String> read(String text) {
        return ProseTimes.read(List.of(new ProseTimes.Paragraph(5, text)), DAY).stream()
                .map(e -> e.marker() + " " + e.date() + " " + e.time() + (e.zone() == null ? "" : " " + e.zone())
                        + " line " + e.line()).toList();
    }

    private static Postmortem parse(String markdown) {
        SourceFile file = new SourceFile(Path.of("2020/11.api.outage.md"), "2020/11.api.outage.md", 2020, 11, "api",
                "outage", List.of());
        return new PostmortemParser(false).parse(file, markdown.getBytes(StandardCharsets.UTF_8)).postmortem();
    }

    @Test
    void aVerbThenAtAndATime() {
        assertEquals(List.of("DETECTED 2020-11-12 14:00 line 5"), read("Detected at 14:00."));
        assertEquals(List.of("RESOLVED 2020-11-12 15:35 UTC line 5"), read("The incident was resolved at 15:35 UTC."));
        assertEquals(List.of("DETECTED 2020-11-12 09:12 line 5"), read("We were alerted at 09:12 by a customer."));
        assertEquals(List.of("MITIGATED 2020-11-12 10:40 CET line 5"),
                read("The deploy was rolled back at 10:40 CET, which stopped the errors."));
        assertEquals(List.of("BEGINS 2020-11-12 08:55 line 5"), read("The outage began at 08:55."));
    }

    @Test
    void reportedHealthyIsTheEndNotTheDetection() {
        assertEquals(List.of("RESOLVED 2020-11-12 02:15 PST line 5"), read("All services were reported healthy by 2:15 AM PST."));
        assertEquals(List.of("RESOLVED 2020-11-12 21:24 UTC line 5"), read("All sites were reported as up and running by 21:24 UTC."));
        assertEquals(List.of("RESOLVED 2020-11-12 16:59 BST line 5"), read("Services were confirmed back up at 16:59 BST."));
    }

    @Test
    void zonesByRegionAndCity() {
        assertEquals(List.of("MITIGATED 2020-11-12 12:50 US/Pacific line 5"),
                read("The incident was fully mitigated by 12:50 US/Pacific, lasting two hours."));
    }

    @Test
    void theTimeFirstThenTheVerb() {
        assertEquals(List.of("DETECTED 2020-11-12 17:05 UTC line 5"), read("At 5:05 PM UTC, the on-call engineer was paged."));
        assertEquals(List.of("RESOLVED 2020-11-12 09:00 line 5"), read("At 9 a.m. the service was fully restored."));
    }

    @Test
    void aDateBeforeTheTimeWinsOverTheIncidentsDay() {
        assertEquals(List.of("RESOLVED 2020-11-13 01:10 UTC line 5"), read("It was resolved at 2020-11-13 01:10 UTC."));
    }

    @Test
    void aRangeInASentenceAboutTheIncidentGivesStartAndEnd() {
        assertEquals(List.of("BEGINS 2020-11-12 16:58 UTC line 5", "RESOLVED 2020-11-12 18:46 UTC line 5"),
                read("The service experienced an outage from 16:58 to 18:46 UTC."));
        assertEquals(List.of("BEGINS 2020-11-12 23:50 line 5", "RESOLVED 2020-11-13 00:20 line 5"),
                read("Errors were elevated between 23:50 and 00:20."), "past midnight the end is the next day");
        assertEquals(List.of(), read("The office is open from 09:00 to 17:00."), "a range about nothing failing");
    }

    @Test
    void theFirstStatementOfEachMomentCountsAndLinesFollowTheSentences() {
        List<TimelineEntry> entries = ProseTimes.read(List.of(new ProseTimes.Paragraph(3, "Customers reported errors "
                + "at 14:05.\nWe were paged at 14:09. Service was restored at 15:00.\nIt was restored again at 16:00.")),
                DAY);
        assertEquals(List.of("DETECTED 14:05 line 3", "RESOLVED 15:00 line 4"), entries.stream()
                .map(e -> e.marker() + " " + e.time() + " line " + e.line()).toList());
        assertEquals("We were paged at 14:09. Service was restored at 15:00.".substring(24), entries.get(1)
                .description());
    }

    @Test
    void wordsThatAreNoMomentAndTimesThatAreNoneAreNotRead() {
        assertEquals(List.of(), read("We started investigating at 10:00."), "a start needs its subject");
        assertEquals(List.of(), read("The fix was reviewed at 25:00."));
        assertEquals(List.of(), read("Detected: 14:00"), "a label without 'at' is a field, not a sentence");
    }

    @Test
    void withoutTheIncidentsDayOnlyDatedTimesAreRead() {
        assertEquals(List.of("RESOLVED 2020-11-12T15:35"), ProseTimes.read(List.of(new ProseTimes.Paragraph(1,
                "Detected at 14:00 and resolved at 2020-11-12 15:35.")), null).stream()
                .map(e -> e.marker() + " " + e.date().atTime(e.time())).toList());
    }

    @Test
    void twelveHourClocks() {
        assertEquals(LocalTime.of(0, 30), ProseTimes.time("12:30 am"));
        assertEquals(LocalTime.of(12, 30), ProseTimes.time("12:30 PM"));
        assertEquals(LocalTime.of(21, 0), ProseTimes.time("9 p.m."));
        assertNull(ProseTimes.time("13 pm"));
    }

    @Test
    void statedTimesFeedTheIncidentsTimesMarkedInferredWithTheSentence() {
        Postmortem p = parse("""
                # API outage

                **Date:** 2020-11-12

                ## Summary

                Checkout failed for an hour. The errors started at 14:02 UTC and we were alerted at 14:10 UTC.
                Service was restored at 15:07 UTC.
                """);
        IncidentTimes t = IncidentTimes.of(p, ZoneOffset.UTC);
        assertEquals(Duration.ofMinutes(8), t.timeToDetect());
        assertEquals(Duration.ofMinutes(65), t.timeToResolve());
        assertEquals("inferred: started from the text “The errors started at 14:02 UTC and we were alerted at 14:10 "
                + "UTC.”; resolved from the text “Service was restored at 15:07 UTC.”", t.basis("resolve"));
    }

    @Test
    void frontMatterAndMarkersWinOverProse() {
        Postmortem p = parse("""
                ---
                date: 2020-11-12
                started: 2020-11-12 14:00 UTC
                ---
                # API outage

                ## Summary

                The outage began at 13:00 UTC. We were alerted at 14:10 UTC. It was resolved at 16:00 UTC.

                ## Timeline

                | Time | Description |
                |---|---|
                | 15:00 | RESOLVED: traffic back to normal |
                """);
        IncidentTimes t = IncidentTimes.of(p, ZoneOffset.UTC);
        assertEquals(Duration.ofMinutes(60), t.timeToResolve(), "front matter start, marked resolution");
        assertEquals("", t.basis("resolve"));
        assertEquals(Duration.ofMinutes(10), t.timeToDetect(), "only detection comes from the text");
        assertEquals("inferred: detected from the text “We were alerted at 14:10 UTC.”", t.basis("detect"));
    }

    @Test
    void theDayComesFromTheTitleOrTheFirstParagraphWhenNothingElseGivesIt() {
        assertEquals(LocalDate.of(2020, 11, 12), parse("# 2020-11-12, proxy down\n").date());
        assertEquals(LocalDate.of(2020, 11, 12), parse("# Proxy down - November 12, 2020\n").date());
        assertEquals(LocalDate.of(2020, 11, 12), parse("# Proxy down\n\nOn 12 November 2020, the proxy fell over.\n")
                .date());
        assertEquals(LocalDate.of(2020, 11, 12), parse("# Proxy down\n\n## Summary\n\nOn 2020-11-12 the proxy fell over.\n")
                .date());
        assertEquals(LocalDate.of(2020, 11, 12), parse("# Proxy down\n\n## Summary\n\nOn Thursday November 12th, the "
                + "proxy fell over.\n").date(), "without a year, the file's year");
        assertEquals(LocalDate.of(2020, 11, 3), parse("# Proxy down on 2020-11-03\n\nOn 12 November 2020, we wrote "
                + "this up.\n").date(), "the title before the paragraph");
        assertNull(parse("# Proxy down\n\nOn 12 October 2020, the proxy fell over.\n").date(),
                "a day outside the file's month");
        assertNull(parse("# Proxy down\n\nIt fell over.\n\nAgain.\n\nOn 12 November 2020 we wrote this up.\n").date(),
                "only the first two paragraphs");
    }

    @Test
    void aSpanOfDaysGivesItsFirstDay() {
        assertEquals(LocalDate.of(2020, 11, 12), parse("# SDK bug\n\n**Date:** November 12-19, 2020\n").date());
        assertEquals(LocalDate.of(2020, 11, 12), parse("# SDK bug\n\n**Date:** 12–19 November 2020\n").date());
        assertEquals(LocalDate.of(2020, 11, 12), parse("# SDK bug\n\n**Date:** 2020-11-12\n").date());
    }

    @Test
    void aDateLineWinsOverTheTitle() {
        assertEquals(LocalDate.of(2020, 11, 20), parse("# 2020-11-12, proxy down\n\n**Date:** 2020-11-20\n").date());
    }
}
