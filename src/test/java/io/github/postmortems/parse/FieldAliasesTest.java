package io.github.postmortems.parse;

import io.github.postmortems.Problem;
import io.github.postmortems.scan.SourceFile;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Front matter written for other generators: their key names and dates with times. */
class FieldAliasesTest {

    private static ParsedFile parse(PostmortemParser parser, String markdown) {
        SourceFile file = new SourceFile(Path.of("2020/11.api.outage.md"), "2020/11.api.outage.md", 2020, 11, "api",
                "outage", List.of());
        return parser.parse(file, markdown.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void commonKeyNamesStandForTheKeysWeRead() {
        ParsedFile parsed = parse(new PostmortemParser(false), """
                ---
                incident_date: 2020-11-12
                start_time: 2020-11-12 14:02 UTC
                resolvedWhen: 2020-11-12 15:07 UTC
                sev: 2
                ---
                # Outage
                """);
        Postmortem p = parsed.postmortem();
        assertEquals(LocalDate.of(2020, 11, 12), p.date());
        assertEquals("SEV-2", p.severity());
        assertEquals(List.of(4, 3), List.of(p.declaredTimes().get(1).line(), p.declaredTimes().get(0).line()));
        assertEquals(List.of(), parsed.problems().stream().filter(x -> x.rule().equals("front-matter"))
                .map(Problem::toString).toList(), "no unknown-key warnings for aliases");
    }

    @Test
    void aDateWithATimeGivesTheDayAndTheStart() {
        Postmortem p = parse(new PostmortemParser(false), "---\ndate: 2020-11-12T15:54:00Z\nend_time: 2020-11-12 "
                + "16:30 UTC\n---\n# Outage\n").postmortem();
        assertEquals(LocalDate.of(2020, 11, 12), p.date());
        assertEquals(2, p.declaredTimes().size());
    }

    @Test
    void anArchiveNamesItsOwnAliases() {
        ParsedFile parsed = parse(new PostmortemParser(false, Map.of("started", "Outage-Start")),
                "---\ndate: 2020-11-12\noutage_start: 2020-11-12 14:02 UTC\n---\n# Outage\n");
        assertEquals(1, parsed.postmortem().declaredTimes().size());
        assertEquals(3, parsed.postmortem().declaredTimes().get(0).line());
    }

    @Test
    void withoutADateTheStatedStartGivesTheDayWhenItIsInTheFilesMonth() {
        assertEquals(LocalDate.of(2020, 11, 12), parse(new PostmortemParser(false),
                "---\nstart_time: 2020-11-12T15:54:00Z\n---\n# Outage\n").postmortem().date());
        assertEquals(null, parse(new PostmortemParser(false),
                "---\nstart_time: 2020-10-31T23:54:00Z\n---\n# Outage\n").postmortem().date(),
                "a day outside the file's month is no guess to file it by");
        assertEquals(LocalDate.of(2020, 11, 3), parse(new PostmortemParser(false),
                "# Outage\n\n## Timeline\n\n- 2020-11-03 14:02 UTC errors rise\n").postmortem().date());
    }
}
