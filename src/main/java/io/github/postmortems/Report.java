package io.github.postmortems;

import java.util.List;

/** How findings are printed: one line each, a summary, and GitHub Actions annotations. */
public final class Report {

    /** How many left-out postmortems a summary names; the findings above it name them all. */
    private static final int LEFT_OUT_NAMED = 20;

    private Report() {
    }

    /**
     * A value as it may appear in a log line: it can never start a new line (so it cannot forge a CI workflow
     * command such as {@code ::error}) nor reorder the line. Line breaks, tabs, other control characters,
     * bidirectional overrides and unpaired surrogates are written as escapes ({@code \n}, {@code \u202e}).
     */
    public static String oneLine(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            String escape = escape(value, i);
            if (escape != null && out == null) {
                out = new StringBuilder(value.length() + 16).append(value, 0, i);
            }
            if (out != null) {
                if (escape != null) {
                    out.append(escape);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? value : out.toString();
    }

    private static String escape(String s, int i) {
        char c = s.charAt(i);
        switch (c) {
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            default:
                break;
        }
        boolean unpaired = Character.isHighSurrogate(c)
                ? i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))
                : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
        int type = Character.getType(c);
        if (unpaired || type == Character.CONTROL || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || c >= '\u202a' && c <= '\u202e'
                || c >= '\u2066' && c <= '\u2069') {
            return String.format(java.util.Locale.ROOT, "\\u%04x", (int) c);
        }
        return null;
    }

    /** "2 postmortems left out: 205/03.db.a.md, 2025/" with the first few named, or "" when none were. */
    public static String leftOut(List<String> paths) {
        if (paths.isEmpty()) {
            return "";
        }
        int named = Math.min(paths.size(), LEFT_OUT_NAMED);
        String more = paths.size() > named ? " and " + (paths.size() - named) + " more" : "";
        return count(paths.size(), "postmortem") + " left out: "
                + String.join(", ", paths.subList(0, named).stream().map(Report::oneLine).toList()) + more;
    }

    /** A line of {@link #byRule}, with whether it reports errors. */
    public record RuleLine(boolean error, String text) {
    }

    /**
     * Findings as a build prints them: a rule with one finding as that finding; a rule with more as one line
     * with the count and the first three places, so that thousands of warnings of an old archive do not hide
     * the one that matters. {@code postmortem:check} prints every finding.
     */
    public static List<RuleLine> byRule(List<Problem> problems) {
        java.util.Map<String, List<Problem>> rules = new java.util.TreeMap<>();
        for (Problem p : problems) {
            rules.computeIfAbsent(p.rule(), r -> new java.util.ArrayList<>()).add(p);
        }
        List<RuleLine> lines = new java.util.ArrayList<>();
        rules.forEach((rule, found) -> {
            List<Problem> sorted = found.stream().sorted().toList();
            if (sorted.size() == 1) {
                lines.add(new RuleLine(sorted.get(0).isError(), sorted.get(0).toString()));
                return;
            }
            long errors = sorted.stream().filter(Problem::isError).count();
            String counts = errors == 0 ? count(sorted.size(), "warning")
                    : errors == sorted.size() ? count(errors, "error")
                    : count(errors, "error") + " and " + count(sorted.size() - errors, "warning");
            // the first finding of each of the first three files: three lines of one file say less
            java.util.Map<String, Problem> byFile = new java.util.LinkedHashMap<>();
            sorted.forEach(p -> byFile.putIfAbsent(p.file(), p));
            String first = String.join(", ", byFile.values().stream().limit(3)
                    .map(p -> oneLine(p.file()) + ":" + p.line()).toList());
            String files = byFile.size() == 1 ? "in 1 file" : "in " + byFile.size() + " files";
            lines.add(new RuleLine(errors > 0, "[" + rule + "] " + counts + " " + files + ", first at " + first
                    + (byFile.size() > 3 ? ", ..." : "") + "; mvn postmortem:check lists them all"));
        });
        return lines;
    }

    public static String summary(List<Problem> problems, int postmortems) {
        long errors = problems.stream().filter(Problem::isError).count();
        long warnings = problems.size() - errors;
        return count(errors, "error") + ", " + count(warnings, "warning") + " in " + count(postmortems, "postmortem");
    }

    /**
     * A workflow command GitHub shows on the pull request's diff.
     *
     * @param pathPrefix the archive's path relative to the repository root, with a trailing '/', or ""
     */
    public static String githubAnnotation(Problem p, String pathPrefix) {
        return "::" + (p.isError() ? "error" : "warning") + " file=" + property(pathPrefix + oneLine(p.file()))
                + ",line=" + p.line() + ",title=" + property(p.rule()) + "::" + data(p.message());
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
