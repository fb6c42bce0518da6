package io.github.postmortems;

import java.util.List;

/** How findings are printed: one line each, a summary, and GitHub Actions annotations. */
public final class Report {

    private Report() {
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
        return "::" + (p.isError() ? "error" : "warning") + " file=" + property(pathPrefix + p.file()) + ",line="
                + p.line() + ",title=" + property(p.rule()) + "::" + data(p.message());
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
