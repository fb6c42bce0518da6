package io.github.postmortems;

import java.util.Comparator;

/**
 * One finding about the archive, reported as {@code path:line: level: message [rule]}.
 *
 * @param file archive-relative path with '/' separators
 * @param line 1-based line; 1 for findings about the file as a whole
 */
public record Problem(String file, int line, Level level, String message, String rule)
        implements Comparable<Problem>, java.io.Serializable {

    public enum Level {
        ERROR, WARNING;

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line)
            .thenComparing(Problem::level)
            .thenComparing(Problem::message);

    public static Problem error(String file, int line, String rule, String message) {
        return new Problem(file, line, Level.ERROR, message, rule);
    }

    public static Problem warning(String file, int line, String rule, String message) {
        return new Problem(file, line, Level.WARNING, message, rule);
    }

    public boolean isError() {
        return level == Level.ERROR;
    }

    /** The same finding as a warning, for archives whose policy does not fail on it. */
    public Problem asWarning() {
        return new Problem(file, line, Level.WARNING, message, rule);
    }

    /** One line whatever the file name and message hold: see {@link Report#oneLine}. */
    @Override
    public String toString() {
        return Report.oneLine(file) + ":" + line + ": " + level + ": " + Report.oneLine(message) + " [" + rule + "]";
    }

    @Override
    public int compareTo(Problem other) {
        return ORDER.compare(this, other);
    }
}
