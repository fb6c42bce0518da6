package io.github.postmortems;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReportTest {

    @Test
    void aFindingIsOneLineWhateverItsFileAndMessageHold() {
        Problem p = Problem.warning("2024/03.a\n::error::x.md", 2, "front-matter",
                "key 'k\r\n::add-mask::s\u0000\u202e\u2028\ud800' and a 😀");
        assertEquals("2024/03.a\\n::error::x.md:2: warning: key 'k\\r\\n::add-mask::s\\u0000\\u202e\\u2028\\ud800' "
                + "and a 😀 [front-matter]", p.toString());
        assertEquals("::warning file=2024/03.a\\n%3A%3Aerror%3A%3Ax.md,line=2,title=front-matter::key 'k%0D%0A::add-mask::"
                        + "s\u0000\u202e\u2028\ud800' and a 😀", Report.githubAnnotation(p, ""));
    }

    @Test
    void aBuildPrintsOneLinePerRule() {
        List<Problem> problems = List.of(
                Problem.warning("2024/05.b.c.md", 7, "outcome-shared", "status is Draft"),
                Problem.warning("2024/03.a.b.md", 4, "outcome-shared", "status is Draft"),
                Problem.warning("2024/06.c.d.md", 2, "outcome-shared", "status is Draft"),
                Problem.warning("2024/01.a.a.md", 9, "outcome-shared", "status is In Review"),
                Problem.warning("2024/01.a.a.md", 12, "outcome-shared", "no newsletter month"),
                Problem.error("2024/02.x.y.md", 1, "file-name", "month 13"),
                Problem.warning("2024/02.x.y.md", 3, "action-plan", "no ticket"),
                Problem.error("2024/02.x.z.md", 3, "action-plan", "no owner"));
        assertEquals(List.of(
                new Report.RuleLine(true, "[action-plan] 1 error and 1 warning in 2 files, first at 2024/02.x.y.md:3, "
                        + "2024/02.x.z.md:3; mvn postmortem:check lists them all"),
                new Report.RuleLine(true, "2024/02.x.y.md:1: error: month 13 [file-name]"),
                new Report.RuleLine(false, "[outcome-shared] 5 warnings in 4 files, first at 2024/01.a.a.md:9, 2024/03.a.b.md:4, "
                        + "2024/05.b.c.md:7, ...; mvn postmortem:check lists them all")),
                Report.byRule(problems));
    }

    @Test
    void leftOutNamesTheFirstTwentyOnOneLine() {
        assertEquals("", Report.leftOut(List.of()));
        assertEquals("1 postmortem left out: 205/03.a\\nb.md", Report.leftOut(List.of("205/03.a\nb.md")));
        List<String> many = java.util.stream.IntStream.range(0, 22).mapToObj(i -> "2024/" + i + ".md").toList();
        assertEquals("22 postmortems left out: " + String.join(", ", many.subList(0, 20)) + " and 2 more",
                Report.leftOut(many));
    }

    @Test
    void githubAnnotationEscapesPropertiesAndData() {
        Problem p = Problem.error("2024/03.db.a,b.md", 7, "action-plan", "100% sure: line one\nline two");
        assertEquals("::error file=content/2024/03.db.a%2Cb.md,line=7,title=action-plan::100%25 sure: line one%0Aline two",
                Report.githubAnnotation(p, "content/"));
        assertEquals("::warning file=x.md,line=1,title=stray-file::m",
                Report.githubAnnotation(Problem.warning("x.md", 1, "stray-file", "m"), ""));
    }

    @Test
    void summaryCountsErrorsWarningsAndPostmortems() {
        assertEquals("1 error, 2 warnings in 1 postmortem", Report.summary(List.of(
                Problem.error("a", 1, "r", "m"), Problem.warning("a", 2, "r", "m"), Problem.warning("b", 1, "r", "m")), 1));
        assertEquals("0 errors, 0 warnings in 3 postmortems", Report.summary(List.of(), 3));
    }

    @Test
    void referenceInstantPrefersSourceDateEpochThenOutputTimestamp() {
        Instant start = Instant.parse("2026-11-25T10:00:00Z");
        assertEquals(Instant.parse("2024-01-02T03:04:05Z"),
                BuildClock.referenceInstant("1704164645", "2020-01-01T00:00:00Z", start));
        assertEquals(Instant.parse("2020-01-01T00:00:00Z"),
                BuildClock.referenceInstant(null, "2020-01-01T00:00:00Z", start));
        assertEquals(Instant.parse("2020-01-01T00:00:00Z"), BuildClock.referenceInstant("", "1577836800", start));
        assertEquals(start, BuildClock.referenceInstant(null, "1", start), "Maven's 'not set' marker");
        assertEquals(start, BuildClock.referenceInstant(null, null, start));
        assertEquals("SOURCE_DATE_EPOCH 'yesterday' is not a number of seconds since 1970",
                assertThrows(IllegalArgumentException.class,
                        () -> BuildClock.referenceInstant("yesterday", null, start)).getMessage());
    }
}
