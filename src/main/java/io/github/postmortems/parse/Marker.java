package io.github.postmortems.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The moments a timeline marks in capitals, from which detection and resolution times follow. */
public enum Marker {
    BEGINS, DETECTED, MITIGATED, RESOLVED;

    // Capitals only: "was detected" in prose is not a marker, "DETECTED:" is.
    private static final Pattern WORDS = Pattern.compile(
            "\\b(INCIDENT BEGINS|INCIDENT STARTS|OUTAGE BEGINS|OUTAGE STARTS|IMPACT BEGINS|DETECTED|MITIGATED"
                    + "|RESOLVED|OUTAGE ENDS|INCIDENT ENDS|IMPACT ENDS)\\b");

    /** Where a text names a moment ("DETECTED", "INCIDENT BEGINS"), for a page to set those words apart. */
    public static Matcher words(CharSequence text) {
        return WORDS.matcher(text);
    }

    public static Marker find(String description) {
        Matcher m = WORDS.matcher(description);
        if (!m.find()) {
            return null;
        }
        String word = m.group(1);
        if (word.endsWith("BEGINS") || word.endsWith("STARTS")) {
            return BEGINS;
        }
        if (word.endsWith("ENDS")) {
            return RESOLVED;
        }
        return valueOf(word);
    }

    public String label() {
        return switch (this) {
            case BEGINS -> "begins";
            case DETECTED -> "detected";
            case MITIGATED -> "mitigated";
            case RESOLVED -> "resolved";
        };
    }
}
