package io.github.postmortems.build;

import io.github.postmortems.Problem;
import io.github.postmortems.StageTimes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/** What a build tells its user: a progress line every few seconds on long builds, and one summary table at the end. */
public final class BuildReport {

    private BuildReport() {
    }

    /** A listener that prints "reading postmortems: 4,213 of 10,000" at most every {@code everyMillis}. */
    public static StageTimes.Listener progress(Consumer<String> out, long everyMillis) {
        return new StageTimes.Listener() {
            private final long started = System.nanoTime();
            private long last = started;

            @Override
            public synchronized void progress(String stage, long done, long total) {
                long now = System.nanoTime();
                if ((now - last) / 1_000_000 < everyMillis) {
                    return;
                }
                last = now;
                out.accept(String.format(Locale.ROOT, "%s: %,d of %,d postmortems (%.0f s)", stage, done, total,
                        (now - started) / 1e9));
            }
        };
    }

    /** The summary table, one line per row, like a static site generator prints after a build. */
    public static List<String> table(BuildResult result) {
        long errors = result.problems().stream().filter(Problem::isError).count();
        List<String> lines = new ArrayList<>();
        lines.add(row("Postmortems", String.format(Locale.ROOT, "%,d", result.postmortems())));
        lines.add(row("Pages", String.format(Locale.ROOT, "%,d", result.written().pages())));
        if (!result.reused() && result.rendered() < result.postmortems()) {
            lines.add(row("Postmortem pages", String.format(Locale.ROOT, "%,d rendered, %,d kept from the last build",
                    result.rendered(), result.postmortems() - result.rendered())));
        }
        lines.add(row("Files", String.format(Locale.ROOT, "%,d (%s)", result.written().files(),
                megabytes(result.written().bytes()))));
        lines.add(row("Search data", String.format(Locale.ROOT, "%,d files (%s)", result.written().searchFiles(),
                megabytes(result.written().searchBytes()))));
        if (result.searchBytes() != null) {
            lines.add(row("Search per query", result.searchBytes().summary()));
        }
        lines.add(row("Findings", String.format(Locale.ROOT, "%,d %s, %,d %s", errors, errors == 1 ? "error" : "errors",
                result.problems().size() - errors, result.problems().size() - errors == 1 ? "warning" : "warnings")));
        lines.add(row("History", result.history()));
        for (Map.Entry<String, Double> stage : result.seconds().entrySet()) {
            lines.add(row("Time " + stage.getKey(), String.format(Locale.ROOT, "%.2f s", stage.getValue())));
        }
        lines.add("  (a step that runs on every core counts the time of each of its threads)");
        return lines;
    }

    private static String row(String name, String value) {
        return String.format(Locale.ROOT, "  %-20s %s", name, value);
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}
