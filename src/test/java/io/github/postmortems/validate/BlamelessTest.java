package io.github.postmortems.validate;

import io.github.postmortems.Fixtures;
import io.github.postmortems.Problem;
import io.github.postmortems.TestPostmortems;
import io.github.postmortems.parse.Postmortem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BlamelessTest {

    private static final String HEAD = "# Lag\n\n**Date:** 2025-03-02\n\n**Authors:** Dana Ito, Ben Ode\n\n";

    private static List<String> blame(String markdown, List<String> allowed) {
        Postmortem p = TestPostmortems.parse("2025/03.db.lag.md", HEAD + markdown);
        return Rules.check(p, Policy.defaults(Fixtures.TODAY).withBlamelessAllowed(allowed)).stream()
                .filter(x -> x.rule().equals("blameless")).map(Problem::toString).toList();
    }

    private static List<String> blame(String markdown) {
        return blame(markdown, List.of());
    }

    @Test
    void hindsightAboutPeopleIsFlaggedAtItsLine() {
        assertEquals(List.of("2025/03.db.lag.md:10: warning: Root Causes says \"We should have\": it is hindsight: it "
                + "judges a decision by what we know now; say what would have made the right call easy at the time "
                + "[blameless]"), blame("## Root Causes\n\nThe limit was 1.\nWe should have raised it.\n"));
        assertEquals(List.of(), blame("## Root Causes\n\nThe alert should have fired at 80 %, but its query was wrong.\n"),
                "a system's expected behaviour is not blame");
    }

    @Test
    void failedToCountsWithAPersonAsItsSubject() {
        assertEquals(List.of("2025/03.db.lag.md:9: warning: Resolution says \"@kim failed to\": it blames a person for "
                + "what did not happen; say what did not happen and what made it hard [blameless]"),
                blame("## Resolution\n\n@kim failed to restart the replica.\n"));
        assertEquals(List.of(), blame("## Resolution\n\nThe replica failed to restart twice.\n"));
    }

    @Test
    void aPersonNamedAsTheCause() {
        assertEquals(List.of("2025/03.db.lag.md:9: warning: Trigger says \"Dana forgot\": it names a person as the "
                + "cause; describe what they saw and why their action made sense then [blameless]",
                "2025/03.db.lag.md:10: warning: Trigger says \"Ben Ode's mistake\": it names a person as the cause; "
                        + "describe what they saw and why their action made sense then [blameless]"),
                blame("## Trigger\n\nDana forgot the flag.\nIt was Ben Ode's mistake.\n"));
    }

    @Test
    void humanErrorAndCharacterWords() {
        assertEquals(List.of("2025/03.db.lag.md:9: warning: Root Causes says \"human error\": it names a person's "
                        + "error as the cause; describe what made the error easy to make and hard to catch [blameless]",
                "2025/03.db.lag.md:9: warning: Root Causes says \"careless\": it judges a person's character; describe "
                        + "the situation and the system instead [blameless]"),
                blame("## Root Causes\n\nA human error: a careless edit of the config.\n"));
    }

    @Test
    void onlyTheSectionsThatExplainWhyAndAnAllowListedSentencePasses() {
        assertEquals(List.of(), blame("## Summary\n\nWe should have known.\n\n## Timeline\n\n"
                + "| Time | Description |\n|---|---|\n| 10:00 | Dana forgot the flag |\n"));
        assertEquals(List.of(), blame("## Root Causes\n\nWe could have been down for days.\n",
                List.of("could have been down")));
    }
}
