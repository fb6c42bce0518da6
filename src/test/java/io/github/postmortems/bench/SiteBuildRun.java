package io.github.postmortems.bench;

import io.github.postmortems.build.BuildResult;
import io.github.postmortems.build.SiteBuilder;
import io.github.postmortems.config.SiteSettings;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * One {@code mvn site}'s work in a JVM of its own, without Maven: {@code SiteBuildRun ARCHIVE SITE [TODAY]} builds
 * ARCHIVE into SITE over the cache beside it (TODAY, default today, is the build's "today") and says whether the
 * last build's site was kept and how many postmortems' pages it rendered. For bench/authoring, which times it; Maven
 * adds its own start-up to every run. With {@code -Dstages=true} it also prints the time of each stage.
 */
public final class SiteBuildRun {

    private SiteBuildRun() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        io.github.postmortems.StageTimes times = new io.github.postmortems.StageTimes((stage, done, total) -> { });
        BuildResult result = SiteBuilder.build(SiteSettings.defaults(Path.of(args[0]), Path.of(args[1]),
                args.length > 2 ? LocalDate.parse(args[2]) : LocalDate.now(ZoneOffset.UTC)), times);
        if (Boolean.getBoolean("stages")) {
            times.seconds().forEach((k, v) -> System.out.printf(Locale.ROOT, "  %-24s %7.2f s%n", k, v));
        }
        System.out.printf(Locale.ROOT, "%d postmortems, %d files, %s, %.1f s in the build%n", result.postmortems(),
                result.files(), result.reused() ? "kept"
                        : "built (pages of " + result.rendered() + " postmortems rendered, the others kept)",
                (System.nanoTime() - start) / 1e9);
    }
}
