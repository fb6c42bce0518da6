package io.github.postmortems.parse;

import io.github.postmortems.Problem;
import io.github.postmortems.scan.SourceFile;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Severity words of status pages, incident tools and other templates, read onto SEV-n. */
class SeveritiesTest {

    private static ParsedFile parse(PostmortemParser parser, String markdown) {
        SourceFile file = new SourceFile(Path.of("2021/03.auth.sso-down.md"), "2021/03.auth.sso-down.md", 2021, 3,
                "auth", "sso-down", List.of());
        return parser.parse(file, markdown.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theWordsRealSourcesUseMapOntoTheArchivesSeverities() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("down", "SEV-1");
        expected.put("Critical", "SEV-1");
        expected.put("major outage", "SEV-1");
        expected.put("Major_Outage", "SEV-1");
        expected.put("disrupted", "SEV-2");
        expected.put("major", "SEV-2");
        expected.put("High", "SEV-2");
        expected.put("partial outage", "SEV-2");
        expected.put("minor", "SEV-3");
        expected.put("degraded", "SEV-3");
        expected.put("Degraded performance", "SEV-3");
        expected.put("notice", "SEV-4");
        expected.put("low", "SEV-4");
        expected.put("none", "SEV-5");
        expected.put("P1", "SEV-1");
        expected.put("p4", "SEV-4");
        expected.put("SEV-1", "SEV-1");
        expected.put("sev1", "SEV-1");
        expected.put("Sev 2", "SEV-2");
        expected.put("severity 3", "SEV-3");
        expected.put("S1", "SEV-1");
        expected.put("2", "SEV-2");
        expected.put("SEV-2 (major)", "SEV-2");
        expected.put("P2 - high", "SEV-2");
        expected.put("Major (customer facing)", "SEV-2");
        expected.put("critical - payments down", "SEV-1");
        Severities severities = Severities.builtIn();
        Map<String, String> actual = new LinkedHashMap<>();
        expected.keySet().forEach(w -> actual.put(w, severities.read(w).orElse(null)));
        assertEquals(expected, actual);
    }

    @Test
    void wordsThatAreNoSeverityAreNotGuessed() {
        Severities severities = Severities.builtIn();
        assertEquals(Optional.empty(), severities.read("purple"));
        assertEquals(Optional.empty(), severities.read("payments"));
        assertEquals(Optional.empty(), severities.read("sev"));
        assertEquals(Optional.empty(), severities.read("12"));
    }

    @Test
    void anArchivesOwnWordsWinOverTheBuiltInOnes() {
        Severities severities = Severities.of(Map.of("SEV-2", "amber, Orange alert", "sev-4", "minor"));
        assertEquals(Optional.of("SEV-2"), severities.read("Amber"));
        assertEquals(Optional.of("SEV-2"), severities.read("orange-alert"));
        assertEquals(Optional.of("SEV-4"), severities.read("minor"), "built in as SEV-3, the archive says SEV-4");
        assertEquals(Optional.of("SEV-1"), severities.read("down"));
    }

    @Test
    void onlySeveritiesNameAConfiguredGroup() {
        assertTrue(Severities.isSeverity("SEV-2"));
        assertTrue(Severities.isSeverity("sev-1"));
        assertFalse(Severities.isSeverity("P1"));
        assertFalse(Severities.isSeverity("critical"));
    }

    @Test
    void theParserMapsFrontMatterAndFieldLines() {
        assertEquals("SEV-1", parse(new PostmortemParser(false), "---\nseverity: down\n---\n# SSO down\n")
                .postmortem().severity());
        assertEquals("SEV-2", parse(new PostmortemParser(false), "# SSO down\n\n**Severity:** Major\n")
                .postmortem().severity());
        assertEquals("SEV-2", parse(new PostmortemParser(false, Map.of(), Severities.of(Map.of("SEV-2", "amber")),
                null), "---\nseverity: Amber\n---\n# SSO down\n").postmortem().severity());
    }

    @Test
    void aValueItCannotMapIsOneFindingNamingTheValueAndTheAcceptedWords() {
        ParsedFile parsed = parse(new PostmortemParser(false), "---\ntitle: SSO down\nseverity: purple\n---\n");
        assertEquals("purple", parsed.postmortem().severity(), "kept as written");
        List<String> findings = parsed.problems().stream().filter(p -> p.rule().equals("severity"))
                .map(Problem::toString).toList();
        assertEquals(List.of("2021/03.auth.sso-down.md:3: warning: cannot map Severity 'purple' onto the archive's "
                + "severities (kept as written); accepted: SEV-1..SEV-5, P1..P4, S1..S4, sev1..sev4; "
                + "SEV-1: blocker, catastrophic, complete outage, crit, critical, down, emergency, full outage, "
                + "major outage, outage, red, severe, total outage; "
                + "SEV-2: disrupted, disruption, high, major, orange, partial outage, serious, service disruption, "
                + "significant; "
                + "SEV-3: degradation, degraded, degraded performance, elevated errors, medium, minor, moderate, "
                + "performance degradation, yellow; "
                + "SEV-4: cosmetic, low, maintenance, negligible, notice, planned maintenance, trivial; "
                + "SEV-5: info, informational, no impact, none; "
                + "map an archive's own words with <severityAliases> [severity]"), findings);
    }
}
