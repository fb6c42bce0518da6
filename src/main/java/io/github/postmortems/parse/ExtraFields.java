package io.github.postmortems.parse;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Front-matter keys the plugin does not read ({@code affected}, {@code section}, {@code product}, ...): other
 * templates' own data. They are kept on the postmortem as text for themes and for the pages that list them in
 * {@code <showFields>}, and the build names them once instead of warning about each file.
 */
public final class ExtraFields {

    /** Longer values are cut: they are labels on a page, not documents. */
    static final int MAX_VALUE = 500;

    private ExtraFields() {
    }

    /** The unread keys sorted, each value as one line of text. */
    static SortedMap<String, String> of(Map<String, Object> unread) {
        SortedMap<String, String> extra = new TreeMap<>();
        unread.forEach((key, value) -> {
            if (value != null) {
                String text = text(value);
                extra.put(key, text.length() > MAX_VALUE ? text.substring(0, MAX_VALUE - 1) + "…" : text);
            }
        });
        return extra;
    }

    /** A list as "a, b"; a map as "k: v, ..."; anything as one line. */
    private static String text(Object value) {
        if (value instanceof Collection<?> list) {
            return String.join(", ", list.stream().map(ExtraFields::text).toList());
        }
        if (value instanceof Map<?, ?> map) {
            return String.join(", ", map.entrySet().stream().map(e -> text(e.getKey()) + ": " + text(e.getValue()))
                    .toList());
        }
        return String.valueOf(value).replaceAll("[\\p{Cntrl}\\s\\u0085\\u2028\\u2029]+", " ").strip();
    }

    /**
     * The {@code <showFields>} entries ({@code affected} or {@code affected=Affected services}) as key to label, in
     * their order; refused when an entry is empty, repeated or names a key the plugin reads itself.
     */
    public static Map<String, String> shown(List<String> entries, Collection<String> readKeys) {
        Map<String, String> shown = new LinkedHashMap<>();
        for (String entry : entries) {
            if (entry == null || entry.isBlank()) {
                throw new IllegalArgumentException("an empty entry; write <field>key</field> or <field>key=Label</field>");
            }
            int eq = entry.indexOf('=');
            String key = (eq < 0 ? entry : entry.substring(0, eq)).strip();
            String label = eq < 0 ? defaultLabel(key) : entry.substring(eq + 1).strip();
            if (key.isEmpty() || label.isEmpty()) {
                throw new IllegalArgumentException("'" + entry + "' needs a key and, after '=', a label");
            }
            if (readKeys.contains(key)) {
                throw new IllegalArgumentException("'" + key + "' is a key the plugin reads and shows itself");
            }
            if (shown.put(key, label) != null) {
                throw new IllegalArgumentException("'" + key + "' is listed twice");
            }
        }
        return shown;
    }

    /** {@code affected_services} as "Affected services". */
    static String defaultLabel(String key) {
        String words = key.replaceAll("[-_]+", " ").strip();
        return words.isEmpty() ? key : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
