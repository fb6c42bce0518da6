package io.github.postmortems.parse;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Optional YAML between a first line {@code ---} and the next {@code ---} (or {@code ...}).
 *
 * @param values keys as written, values as YAML gives them (strings, numbers, lists)
 * @param lines the 1-based line of each top-level key
 * @param body the Markdown after it, with the front matter's lines left blank so line numbers stay true
 * @param unread keys the plugin does not read, as written, with their values: other templates' own data
 */
record FrontMatter(Map<String, Object> values, Map<String, Integer> lines, String body, Map<String, Object> unread) {

    /** Keys whose value is a moment; a status page's {@code resolved: true} is a flag, not one. */
    private static final List<String> MOMENTS = List.of("started", "detected", "mitigated", "resolved");

    FrontMatter(Map<String, Object> values, Map<String, Integer> lines, String body) {
        this(values, lines, body, unreadOf(values));
    }

    private static Map<String, Object> unreadOf(Map<String, Object> values) {
        Map<String, Object> unread = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (!KEYS.contains(k)) {
                unread.put(k, v);
            }
        });
        return unread;
    }


    static final List<String> KEYS = List.of("title", "date", "authors", "author", "status", "severity",
            "summary", "tags", "started", "detected", "mitigated", "resolved", "repeat-of", "duplicate-of", "follows",
            "trigger", "triggers", "visibility", "public-attachments");

    /**
     * Names other generators and templates give the keys we read (status pages, blog front matter, incident
     * tools), by the key they stand for. An archive adds its own with {@code <fieldAliases>}.
     */
    static final Map<String, String> ALIASES = aliases(Map.of(
            "started", List.of("start", "start_time", "starttime", "start_date", "started_at", "startedat",
                    "incident_start", "outage_start", "impact_start", "began", "begin", "began_at"),
            "detected", List.of("detected_at", "detectedat", "detection_time", "detected_time", "discovered",
                    "discovered_at", "alerted_at", "reported_at"),
            "mitigated", List.of("mitigated_at", "mitigatedat", "mitigation_time", "mitigation"),
            "resolved", List.of("end", "end_time", "endtime", "end_date", "ended", "ended_at", "resolved_at",
                    "resolvedat", "resolvedwhen", "resolution_time", "outage_end", "impact_end"),
            "date", List.of("incident_date", "incidentdate", "occurred", "occurred_at"),
            "severity", List.of("sev", "incident_severity", "priority"),
            "authors", List.of("written_by", "postmortem_owner", "postmortem_owners"),
            "trigger", List.of("postmortem_trigger", "postmortem-trigger")));

    private static Map<String, String> aliases(Map<String, List<String>> byKey) {
        Map<String, String> aliases = new java.util.HashMap<>();
        byKey.forEach((key, names) -> names.forEach(n -> aliases.put(n, key)));
        return Map.copyOf(aliases);
    }

    /**
     * The same front matter with aliased keys under the keys they stand for ({@code start_time} as
     * {@code started}); a key the file also writes under its own name keeps that value. Case, '-' and '_' do not
     * matter in an alias.
     */
    FrontMatter withAliases(Map<String, String> configured) {
        Map<String, Object> renamed = new LinkedHashMap<>();
        Map<String, Object> unread = new LinkedHashMap<>();
        Map<String, Integer> renamedLines = new LinkedHashMap<>(lines);
        // "resolved: true" beside "resolvedWhen: <time>" is a status page's flag: kept for themes, not a moment
        java.util.Set<String> flags = new java.util.HashSet<>();
        for (String moment : MOMENTS) {
            if (values.get(moment) instanceof Boolean) {
                flags.add(moment);
                unread.put(moment, values.get(moment));
            }
        }
        for (Map.Entry<String, Object> e : values.entrySet()) {
            String key = e.getKey();
            if (flags.contains(key)) {
                continue;
            }
            String normal = key.toLowerCase(Locale.ROOT).replace('-', '_');
            String canonical = KEYS.contains(key) ? key
                    : configured.getOrDefault(normal, ALIASES.get(normal));
            boolean taken = values.containsKey(canonical) && !flags.contains(canonical);
            if (canonical != null && !canonical.equals(key) && !taken && !renamed.containsKey(canonical)) {
                renamed.put(canonical, e.getValue());
                renamedLines.put(canonical, lineOf(key));
            } else {
                renamed.put(key, e.getValue());
                if (!KEYS.contains(key)) {
                    unread.put(key, e.getValue());
                }
            }
        }
        return new FrontMatter(renamed, renamedLines, body, unread);
    }

    /** A front matter that cannot be read. */
    static final class Invalid extends Exception {
        final int line;

        Invalid(int line, String message) {
            super(message);
            this.line = line;
        }
    }

    /** A top-level map holding a list is two levels; anything past this is not front matter. */
    private static final int MAX_DEPTH = 10;
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
            LoadSettings settings = LoadSettings.builder().setMaxAliasesForCollections(0).build();
            refuseCostlyShapes(new Parse(settings).parseString(yaml.toString()));
            loaded = new Load(settings).loadFromString(yaml.toString());
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(mark -> mark.getLine() + 2).orElse(1);
            throw new Invalid(line, "front matter is not valid YAML: " + e.getProblem());
        } catch (YamlEngineException e) {
            throw new Invalid(1, "front matter is not valid YAML: " + e.getMessage());
        }
        Map<String, Object> values = new LinkedHashMap<>();
        if (loaded instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String key = String.valueOf(e.getKey());
                refuseBrokenText(key, key, keyLines);
                refuseBrokenText(key, e.getValue(), keyLines);
                values.put(key, e.getValue());
            }
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

    /**
     * Bounds the work a few lines of YAML can cause: an alias may stand for a list that holds aliases, so a short
     * front matter can expand to gigabytes once its values are turned into text, and deep nesting exhausts the
     * stack. Front matter is key: value lines and short lists, so neither is needed; both are refused at their line.
     */
    private static void refuseCostlyShapes(Iterable<Event> events) throws Invalid {
        int depth = 0;
        for (Event event : events) {
            int line = event.getStartMark().map(m -> m.getLine() + 2).orElse(1);
            switch (event.getEventId()) {
                case Alias -> throw new Invalid(line, "front matter uses an alias (*name); write the value out");
                case MappingStart, SequenceStart -> {
                    if (++depth > MAX_DEPTH) {
                        throw new Invalid(line, "front matter is nested more than " + MAX_DEPTH
                                + " levels deep; keep to key: value lines and lists");
                    }
                }
                case MappingEnd, SequenceEnd -> depth--;
                default -> {
                }
            }
        }
    }

    /**
     * A YAML escape such as {@code "\ud800"} gives half of a character, which no page or file can hold:
     * refused with the key's line rather than written out as '?' or failing the write.
     */
    private static void refuseBrokenText(String key, Object value, Map<String, Integer> keyLines) throws Invalid {
        if (value instanceof String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1));
                if (paired) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    throw new Invalid(keyLines.getOrDefault(key, 1), String.format(Locale.ROOT,
                            "front matter '%s' holds half of a character (\\u%04x, an unpaired surrogate); "
                                    + "write the character itself", key, (int) c));
                }
            }
        } else if (value instanceof Iterable<?> list) {
            for (Object item : list) {
                refuseBrokenText(key, item, keyLines);
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                refuseBrokenText(key, e.getKey(), keyLines);
                refuseBrokenText(key, e.getValue(), keyLines);
            }
        }
    }

    int lineOf(String key) {
        return lines.getOrDefault(key, 1);
    }
}
