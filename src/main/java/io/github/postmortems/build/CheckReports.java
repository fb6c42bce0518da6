package io.github.postmortems.build;

import io.github.postmortems.Problem;
import io.github.postmortems.validate.Rule;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code postmortem:check}'s findings for machines: SARIF 2.1.0 for code-scanning views, and a JUnit XML report
 * (one test case per postmortem, failing on its errors) for CI test views. Both are written from the findings
 * alone, so the same archive gives the same bytes.
 */
public final class CheckReports {

    public static final String SARIF = "postmortem-check.sarif";
    public static final String JUNIT = "TEST-postmortem-check.xml";

    private CheckReports() {
    }

    /**
     * Writes both reports into {@code directory}.
     *
     * @param pathPrefix the archive's path from the repository root, so code-scanning views find the files
     */
    public static void write(Path directory, ArchiveCheck check, String pathPrefix) throws IOException {
        Files.createDirectories(directory);
        Files.writeString(directory.resolve(SARIF), sarif(check.problems(), pathPrefix), StandardCharsets.UTF_8);
        Files.writeString(directory.resolve(JUNIT), junit(check), StandardCharsets.UTF_8);
    }

    static String sarif(List<Problem> problems, String pathPrefix) {
        TreeSet<String> ruleIds = new TreeSet<>();
        problems.forEach(p -> ruleIds.add(p.rule()));
        List<String> ids = List.copyOf(ruleIds);
        StringBuilder out = new StringBuilder();
        out.append("{\n  \"version\": \"2.1.0\",\n")
                .append("  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n")
                .append("  \"runs\": [\n    {\n      \"tool\": {\n        \"driver\": {\n")
                .append("          \"name\": \"postmortem-maven-plugin\",\n          \"rules\": [");
        for (int i = 0; i < ids.size(); i++) {
            String level = Rule.byId(ids.get(i)).map(r -> sarifLevel(r.defaultLevel())).orElse("warning");
            out.append(i == 0 ? "\n" : ",\n").append("            {\"id\": ").append(json(ids.get(i)))
                    .append(", \"defaultConfiguration\": {\"level\": \"").append(level).append("\"}}");
        }
        out.append(ids.isEmpty() ? "]\n" : "\n          ]\n").append("        }\n      },\n      \"results\": [");
        for (int i = 0; i < problems.size(); i++) {
            Problem p = problems.get(i);
            out.append(i == 0 ? "\n" : ",\n").append("        {\"ruleId\": ").append(json(p.rule()))
                    .append(", \"ruleIndex\": ").append(ids.indexOf(p.rule()))
                    .append(", \"level\": \"").append(sarifLevel(p.level())).append("\", \"message\": {\"text\": ")
                    .append(json(p.message())).append("}, \"locations\": [{\"physicalLocation\": {\"artifactLocation\": ")
                    .append("{\"uri\": ").append(json(uri(pathPrefix + p.file()))).append(", \"uriBaseId\": \"%SRCROOT%\"}, ")
                    .append("\"region\": {\"startLine\": ").append(Math.max(1, p.line())).append("}}}]}");
        }
        return out.append(problems.isEmpty() ? "]\n" : "\n      ]\n").append("    }\n  ]\n}\n").toString();
    }

    static String junit(ArchiveCheck check) {
        Map<String, List<Problem>> byFile = new TreeMap<>();
        check.postmortems().forEach(s -> byFile.put(s.sourcePath(), new ArrayList<>()));
        check.leftOut().forEach(f -> byFile.putIfAbsent(f, new ArrayList<>()));
        check.problems().forEach(p -> byFile.computeIfAbsent(p.file(), f -> new ArrayList<>()).add(p));
        long failures = byFile.values().stream().filter(ps -> ps.stream().anyMatch(Problem::isError)).count();
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        String counts = "tests=\"" + byFile.size() + "\" failures=\"" + failures + "\" errors=\"0\" skipped=\"0\"";
        out.append("<testsuites name=\"postmortem:check\" ").append(counts).append(">\n")
                .append("  <testsuite name=\"postmortem:check\" ").append(counts).append(">\n");
        byFile.forEach((file, problems) -> {
            int slash = file.indexOf('/');
            out.append("    <testcase classname=\"").append(xml(slash > 0 ? file.substring(0, slash) : "archive"))
                    .append("\" name=\"").append(xml(file)).append('"');
            List<Problem> errors = problems.stream().filter(Problem::isError).toList();
            if (problems.isEmpty()) {
                out.append("/>\n");
                return;
            }
            out.append(">\n");
            if (!errors.isEmpty()) {
                out.append("      <failure type=\"").append(xml(errors.get(0).rule())).append("\" message=\"")
                        .append(xml(errors.size() == 1 ? errors.get(0).toString() : errors.size() + " errors, first: "
                                + errors.get(0))).append("\">");
                errors.forEach(e -> out.append(xml(e.toString())).append('\n'));
                out.append("</failure>\n");
            }
            List<Problem> warnings = problems.stream().filter(p -> !p.isError()).toList();
            if (!warnings.isEmpty()) {
                out.append("      <system-out>");
                warnings.forEach(w -> out.append(xml(w.toString())).append('\n'));
                out.append("</system-out>\n");
            }
            out.append("    </testcase>\n");
        });
        return out.append("  </testsuite>\n</testsuites>\n").toString();
    }

    private static String sarifLevel(Problem.Level level) {
        return level == Problem.Level.ERROR ? "error" : "warning";
    }

    /** A relative URI reference: each path segment percent-encoded where a URI needs it. */
    private static String uri(String path) {
        StringBuilder out = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~/".indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        return out.toString();
    }

    private static String json(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 || Character.isSurrogate(c) && !paired(s, i)
                        ? String.format(Locale.ROOT, "\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

    private static boolean paired(String s, int i) {
        char c = s.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    /** Text for XML 1.0: markup escaped, characters it cannot carry dropped. */
    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replaceAll("[^\\x09\\x0A\\x0D\\x20-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]", "");
    }
}
