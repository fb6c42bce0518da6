package io.github.postmortems.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The archive's severities are {@code SEV-n}; other templates write the same scale as status-page words
 * ({@code down}, {@code disrupted}, {@code notice}), impact words ({@code critical}, {@code major}, {@code degraded})
 * or numbered levels ({@code P1}, {@code S2}, {@code sev3}). This reads all of them onto {@code SEV-n}, with an
 * archive's own words ({@code <severityAliases>}) taking precedence over the built-in ones.
 */
public final class Severities {

    /** A numbered level, with anything after it: "SEV-2", "sev 2 (major)", "P1 - critical", "S3", "Level 2", "2". */
    private static final Pattern NUMBERED = Pattern.compile(
            "(?i)^\\s*(?:sev(?:erity)?|s|p|priority|level|incident level)?\\s*[-_ ]?\\s*(\\d)(?!\\d)(?:\\b.*)?$",
            Pattern.DOTALL);

    /** The words real sources use, by the level they stand for (1 most severe). */
    static final Map<String, List<String>> BUILT_IN = Map.of(
            "SEV-1", List.of("critical", "crit", "down", "major outage", "full outage", "complete outage",
                    "total outage", "outage", "emergency", "blocker", "catastrophic", "severe", "red"),
            "SEV-2", List.of("high", "major", "disrupted", "disruption", "service disruption", "partial outage",
                    "significant", "serious", "orange"),
            "SEV-3", List.of("medium", "moderate", "minor", "degraded", "degraded performance", "degradation",
                    "performance degradation", "elevated errors", "yellow"),
            "SEV-4", List.of("low", "notice", "maintenance", "planned maintenance", "trivial", "cosmetic",
                    "negligible"),
            "SEV-5", List.of("none", "no impact", "informational", "info"));

    private static final Severities DEFAULT = new Severities(Map.of());

    /** Word (normalised) to severity. */
    private final Map<String, String> words;

    private Severities(Map<String, String> configured) {
        Map<String, String> all = new TreeMap<>();
        BUILT_IN.forEach((severity, list) -> list.forEach(w -> all.put(w, severity)));
        configured.forEach((severity, list) -> {
            for (String w : list.split(",")) {
                if (!w.isBlank()) {
                    all.put(normal(w), label(severity));
                }
            }
        });
        this.words = Map.copyOf(all);
    }

    public static Severities builtIn() {
        return DEFAULT;
    }

    /**
     * @param configured the archive's own words by the severity they stand for, comma-separated
     *        ({@code SEV-2 -> "amber, orange"}); each key must be a severity ({@link #isSeverity})
     */
    public static Severities of(Map<String, String> configured) {
        return configured.isEmpty() ? DEFAULT : new Severities(configured);
    }

    /** Whether a configured key names one of the archive's severities: {@code SEV-} and a digit. */
    public static boolean isSeverity(String key) {
        return key != null && key.strip().matches("(?i)sev-\\d");
    }

    /** The severity a value stands for, or empty when it is neither a numbered level nor a known word. */
    public Optional<String> read(String text) {
        String configured = words.get(normal(text));
        if (configured != null) {
            return Optional.of(configured);
        }
        Matcher m = NUMBERED.matcher(text);
        if (m.matches()) {
            return Optional.of("SEV-" + m.group(1));
        }
        // "Major (customer facing)", "critical - payments down": a known word first, then words of its own
        String head = normal(text.split("[(\\[:;,|/]|\\s[-–—]\\s", 2)[0]);
        return Optional.ofNullable(words.get(head));
    }

    /** The accepted words, as a finding lists them: numbered levels first, then each severity's words. */
    public String accepted() {
        Map<String, List<String>> bySeverity = new TreeMap<>();
        words.forEach((w, s) -> bySeverity.computeIfAbsent(s, k -> new ArrayList<>()).add(w));
        StringBuilder text = new StringBuilder("SEV-1..SEV-5, P1..P4, S1..S4, sev1..sev4");
        bySeverity.forEach((s, list) -> text.append("; ").append(s).append(": ")
                .append(String.join(", ", list.stream().sorted().toList())));
        return text.toString();
    }

    private static String label(String severity) {
        return severity.strip().toUpperCase(Locale.ROOT);
    }

    /** Case, '-', '_' and runs of spaces do not matter: "Partial_Outage" is "partial outage". */
    static String normal(String word) {
        return word.strip().toLowerCase(Locale.ROOT).replaceAll("[-_\\s]+", " ").replaceAll("[.!]+$", "");
    }
}
