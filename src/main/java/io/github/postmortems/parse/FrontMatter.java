package io.github.postmortems.parse;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Optional YAML between a first line {@code ---} and the next {@code ---} (or {@code ...}).
 *
 * @param values keys as written, values as YAML gives them (strings, numbers, lists)
 * @param lines the 1-based line of each top-level key
 * @param body the Markdown after it, with the front matter's lines left blank so line numbers stay true
 */
record FrontMatter(Map<String, Object> values, Map<String, Integer> lines, String body) {

    static final List<String> KEYS = List.of("title", "date", "authors", "author", "status", "severity",
            "summary", "tags", "started", "detected", "mitigated", "resolved");

    /** A front matter that cannot be read. */
    static final class Invalid extends Exception {
        final int line;

        Invalid(int line, String message) {
            super(message);
            this.line = line;
        }
    }

    private static final Pattern KEY_LINE = Pattern.compile("^([A-Za-z_][\\w-]*)\\s*:");

    static FrontMatter read(String text) throws Invalid {
        String[] lines = text.split("\n", -1);
        if (!lines[0].strip().equals("---")) {
            return new FrontMatter(Map.of(), Map.of(), text);
        }
        int close = -1;
        for (int i = 1; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.equals("---") || l.equals("...")) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            throw new Invalid(1, "front matter starts here but has no closing '---' line");
        }
        StringBuilder yaml = new StringBuilder();
        Map<String, Integer> keyLines = new LinkedHashMap<>();
        for (int i = 1; i < close; i++) {
            yaml.append(lines[i]).append('\n');
            Matcher m = KEY_LINE.matcher(lines[i]);
            if (m.find()) {
                keyLines.putIfAbsent(m.group(1), i + 1);
            }
        }
        Object loaded;
        try {
            loaded = new Load(LoadSettings.builder().build()).loadFromString(yaml.toString());
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(mark -> mark.getLine() + 2).orElse(1);
            throw new Invalid(line, "front matter is not valid YAML: " + e.getProblem());
        } catch (YamlEngineException e) {
            throw new Invalid(1, "front matter is not valid YAML: " + e.getMessage());
        }
        Map<String, Object> values = new LinkedHashMap<>();
        if (loaded instanceof Map<?, ?> map) {
            map.forEach((k, v) -> values.put(String.valueOf(k), v));
        } else if (loaded != null) {
            throw new Invalid(2, "front matter must be 'key: value' lines");
        }
        StringBuilder body = new StringBuilder();
        body.append("\n".repeat(close + 1));
        for (int i = close + 1; i < lines.length; i++) {
            body.append(lines[i]);
            if (i < lines.length - 1) {
                body.append('\n');
            }
        }
        return new FrontMatter(values, keyLines, body.toString());
    }

    int lineOf(String key) {
        return lines.getOrDefault(key, 1);
    }
}
