package io.github.postmortems.parse;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What makes an incident worth a postmortem: the five triggers of the practice this archive follows. A
 * postmortem names one or more in front matter ({@code trigger:}), in a {@code **Postmortem trigger:**} line,
 * or in its Trigger section in these words.
 */
public enum PostmortemTrigger {
    CORE_DOWNTIME("core downtime", "downtime", "(?:core|critical) (?:service |system )?(?:downtime|outage|down)"),
    UNAVAILABILITY("user-facing unavailability", "unavailability",
            "user[- ]facing (?:unavailability|outage|downtime)|unavailab\\w* (?:to|for) (?:users|customers)"),
    DEGRADATION("performance degradation", "degradation", "performance degradation|degraded performance|(?:user[- ]facing )?"
            + "(?:performance|latency) (?:degradation|regression)"),
    DATA_LOSS("data loss or corruption", "data loss", "data (?:loss|corruption)|(?:lost|corrupted?) data|data loss or corruption"),
    SECURITY("security breach", "security", "security (?:breach|incident)|data breach");

    private final String label;
    private final String shortLabel;
    private final Pattern words;

    PostmortemTrigger(String label, String shortLabel, String words) {
        this.label = label;
        this.shortLabel = shortLabel;
        this.words = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])(?:" + words + ")(?![\\p{L}\\p{N}])");
    }

    /** The trigger in words, as pages and digests show it. */
    public String label() {
        return label;
    }

    /** One word or two, for tables: "unavailability", "data loss". */
    public String shortLabel() {
        return shortLabel;
    }

    /** CSS- and URL-friendly name, e.g. {@code data-loss}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The labels, for messages. */
    public static String known() {
        return String.join(", ", java.util.Arrays.stream(values()).map(PostmortemTrigger::label).toList());
    }

    /** Every trigger named anywhere in prose, in the enum's order. */
    static List<PostmortemTrigger> named(String text) {
        Set<PostmortemTrigger> found = EnumSet.noneOf(PostmortemTrigger.class);
        for (PostmortemTrigger t : values()) {
            if (t.words.matcher(text).find()) {
                found.add(t);
            }
        }
        return List.copyOf(found);
    }

    /**
     * A declared list ({@code user-facing unavailability, data loss}): each item must name a trigger; those that
     * do not are returned in {@code unknown}.
     */
    static List<PostmortemTrigger> declared(List<String> items, List<String> unknown) {
        Set<PostmortemTrigger> found = EnumSet.noneOf(PostmortemTrigger.class);
        for (String item : items) {
            String i = item.strip();
            if (i.isEmpty()) {
                continue;
            }
            List<PostmortemTrigger> named = byName(i);
            if (named.isEmpty()) {
                unknown.add(i);
            }
            found.addAll(named);
        }
        return List.copyOf(found);
    }

    private static List<PostmortemTrigger> byName(String item) {
        String slug = item.toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
        List<PostmortemTrigger> exact = new ArrayList<>();
        for (PostmortemTrigger t : values()) {
            if (t.slug().equals(slug) || t.label.equals(item.toLowerCase(Locale.ROOT).strip())) {
                exact.add(t);
            }
        }
        return exact.isEmpty() ? named(item) : exact;
    }
}
