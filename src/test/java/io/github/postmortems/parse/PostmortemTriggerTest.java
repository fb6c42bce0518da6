package io.github.postmortems.parse;

import io.github.postmortems.Problem;
import io.github.postmortems.scan.SourceFile;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static io.github.postmortems.parse.PostmortemTrigger.CORE_DOWNTIME;
import static io.github.postmortems.parse.PostmortemTrigger.DATA_LOSS;
import static io.github.postmortems.parse.PostmortemTrigger.DEGRADATION;
import static io.github.postmortems.parse.PostmortemTrigger.SECURITY;
import static io.github.postmortems.parse.PostmortemTrigger.UNAVAILABILITY;
import static org.junit.jupiter.api.Assertions.assertEquals;

class PostmortemTriggerTest {

    private static ParsedFile parse(String markdown) {
        SourceFile file = new SourceFile(Path.of("2025/03.db.lag.md"), "2025/03.db.lag.md", 2025, 3, "db", "lag",
                List.of());
        return new PostmortemParser(false).parse(file, markdown.getBytes(StandardCharsets.UTF_8));
    }

    private static List<PostmortemTrigger> triggers(String markdown) {
        return parse(markdown).postmortem().triggers();
    }

    @Test
    void frontMatterDeclaresThemAsAListOrWords() {
        assertEquals(List.of(UNAVAILABILITY, DATA_LOSS), triggers("""
                ---
                trigger: [data-loss, user-facing unavailability]
                ---
                # Lag
                """));
        assertEquals(List.of(CORE_DOWNTIME, SECURITY), triggers("---\ntriggers: Security breach; core_downtime\n---\n# Lag\n"));
    }

    @Test
    void aFieldLineDeclaresThem() {
        assertEquals(List.of(DEGRADATION), triggers("# Lag\n\n**Date:** 2025-03-02\n\n**Postmortem trigger:** Performance "
                + "degradation\n\n## Summary\n\nSlow.\n"));
    }

    @Test
    void theTriggerSectionCountsWhenItNamesThemInSoManyWords() {
        assertEquals(List.of(UNAVAILABILITY, DATA_LOSS), triggers("""
                # Lag

                ## Trigger

                A user-facing outage while the replica served stale rows, which we count as data corruption.
                """));
        assertEquals(List.of(), triggers("# Lag\n\n## Trigger\n\nA deploy at 14:02 and an SLO breach.\n"),
                "what set the incident off is not a postmortem trigger unless it says so");
    }

    @Test
    void unknownItemsAndTheTemplatesFullListAreReported() {
        ParsedFile unknown = parse("---\ntrigger: [data loss, customer anger]\n---\n# Lag\n");
        assertEquals(List.of(DATA_LOSS), unknown.postmortem().triggers());
        assertEquals(List.of("2025/03.db.lag.md:2: warning: unknown postmortem trigger 'customer anger' (use core "
                + "downtime, user-facing unavailability, performance degradation, data loss or corruption, security "
                + "breach) [trigger]"), unknown.problems().stream().map(Problem::toString).toList());

        ParsedFile template = parse("# Lag\n\n**Postmortem trigger:** core downtime | user-facing unavailability | "
                + "performance degradation | data loss or corruption | security breach\n");
        assertEquals(List.of(), template.postmortem().triggers());
        assertEquals(List.of("2025/03.db.lag.md:3: warning: names all five postmortem triggers, as the template does; "
                + "keep those that made this incident worth a postmortem [trigger]"),
                template.problems().stream().map(Problem::toString).toList());
    }
}
