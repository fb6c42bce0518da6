package io.github.postmortems.bench;

import io.github.postmortems.build.BuildResult;
import io.github.postmortems.build.SiteBuilder;
import io.github.postmortems.config.SiteSettings;
import io.github.postmortems.history.ArchiveHistory;
import io.github.postmortems.history.GitHistory;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/**
 * What reading the git history costs: a separate command that prints numbers, never a test.
 *
 * <pre>mvn -B -q -o test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.github.postmortems.bench.HistoryBenchmark -Dexec.args="ARCHIVE SITE [RUNS]"</pre>
 *
 * Times the one walk of the repository alone, then whole site builds, whose summary has the walk as its
 * {@code history} stage. Build an archive into a repository first (bench/generate, then commit it).
 */
public final class HistoryBenchmark {

    private HistoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path archive = Path.of(args[0]);
        Path site = Path.of(args[1]);
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            ArchiveHistory history = GitHistory.read(archive);
            System.out.printf(Locale.ROOT, "history walk: %.2f s (%s)%n", (System.nanoTime() - start) / 1e9,
                    history.note());
        }
        for (int i = 0; i < runs; i++) {
            BuildResult result = SiteBuilder.build(SiteSettings.defaults(archive, site, LocalDate.of(2026, 11, 25)));
            System.out.printf(Locale.ROOT, "site build: %.2f s total, history stage %.2f s, %d postmortems (%s)%n",
                    result.seconds().get(io.github.postmortems.StageTimes.TOTAL), result.seconds().get("history"),
                    result.postmortems(), result.history());
        }
    }
}
