package io.github.postmortems.parse;

import io.github.postmortems.scan.SourceFile;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Front-matter keys of other templates: kept on the postmortem, never a finding per file. */
class ExtraFieldsTest {

    private static ParsedFile parse(String markdown) {
        SourceFile file = new SourceFile(Path.of("2022/10.edge.offline.md"), "2022/10.edge.offline.md", 2022, 10,
                "edge", "offline", List.of());
        return new PostmortemParser(false).parse(file, markdown.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void keysThePluginDoesNotReadAreKeptSortedAsOneLineOfText() {
        ParsedFile parsed = parse("""
                ---
                title: "Edge: offline"
                section: issue
                informational: false
                affected:
                  - Edge proxy
                  - DNS
                owner: {team: net, pager: net-oncall}
                ---
                """);
        assertEquals(Map.of("affected", "Edge proxy, DNS", "informational", "false", "owner",
                "team: net, pager: net-oncall", "section", "issue"), parsed.postmortem().extraFields());
        assertEquals(List.of("affected", "informational", "owner", "section"),
                List.copyOf(parsed.postmortem().extraFields().keySet()));
        assertEquals(List.of(), parsed.problems().stream().filter(p -> p.rule().equals("front-matter")).toList());
    }

    @Test
    void aliasedKeysAreReadNotKept() {
        ParsedFile parsed = parse("---\nstart_time: 2022-10-14 18:25 UTC\nsev: 2\nurl: https://example.org/x\n---\n");
        assertEquals(Map.of("url", "https://example.org/x"), parsed.postmortem().extraFields());
    }

    @Test
    void aStatusPagesResolvedFlagIsKeptAndItsResolvedWhenIsTheResolution() {
        ParsedFile parsed = parse("---\ndate: 2022-10-14T18:25:00Z\nresolved: true\n"
                + "resolvedWhen: 2022-10-15T07:50:00Z\n---\n# Edge offline\n");
        assertEquals(Map.of("resolved", "true"), parsed.postmortem().extraFields());
        assertEquals(List.of("BEGINS 2022-10-14 18:25 line 2", "RESOLVED 2022-10-15 07:50 line 4"),
                parsed.postmortem().declaredTimes().stream().map(e -> e.marker() + " " + e.date() + " " + e.time()
                        + " line " + e.line()).toList());
        assertEquals(List.of(), parsed.problems());
    }

    @Test
    void showFieldsEntriesGiveKeysAndLabelsInOrder() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("affected", "Affected services");
        expected.put("impact_level", "Impact level");
        assertEquals(expected, ExtraFields.shown(List.of("affected=Affected services", "impact_level"),
                PostmortemParser.aliasableKeys()));
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(ExtraFields.shown(
                List.of("affected=Affected services", "impact_level"), PostmortemParser.aliasableKeys()).keySet()));
    }

    @Test
    void showFieldsRefusesKeysThePluginReadsRepeatsAndEmptyEntries() {
        assertEquals("'severity' is a key the plugin reads and shows itself", assertThrows(
                IllegalArgumentException.class, () -> ExtraFields.shown(List.of("severity"),
                        PostmortemParser.aliasableKeys())).getMessage());
        assertEquals("'affected' is listed twice", assertThrows(IllegalArgumentException.class,
                () -> ExtraFields.shown(List.of("affected", "affected=Affected"), PostmortemParser.aliasableKeys()))
                .getMessage());
        assertEquals("'=Label' needs a key and, after '=', a label", assertThrows(IllegalArgumentException.class,
                () -> ExtraFields.shown(List.of("=Label"), PostmortemParser.aliasableKeys())).getMessage());
    }
}
