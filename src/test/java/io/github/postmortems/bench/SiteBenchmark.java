package io.github.postmortems.bench;

import io.github.postmortems.build.BuildResult;
import io.github.postmortems.build.SiteBuilder;
import io.github.postmortems.config.SiteSettings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Builds sites of generated archives and prints how long each took and how much heap it needed. Not a test:
 * run it with
 * {@code mvn -B -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=io.github.postmortems.bench.SiteBenchmark -Dexec.args="1000 10000"}.
 */
public final class SiteBenchmark {

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length == 0 ? new int[] {1000, 10000} : Stream.of(args).mapToInt(Integer::parseInt).toArray();
        Path work = Files.createTempDirectory("postmortem-bench");
        System.out.printf(Locale.ROOT, "%10s %12s %12s %12s %10s %12s %14s%n", "postmortems", "generate s",
                "read+check s", "build s", "files", "site MB", "heap peak MB");
        for (int n : sizes) {
            Path archive = work.resolve("archive-" + n);
            long t0 = System.nanoTime();
            ArchiveGenerator.write(archive, n, 42);
            long t1 = System.nanoTime();
            SiteSettings settings = SiteSettings.defaults(archive, work.resolve("site-" + n), LocalDate.of(2026, 1, 1));
            SiteBuilder.check(settings, SiteBuilder.Mode.SITE); // the first half of a build, timed alone
            long tc = System.nanoTime();
            System.gc();
            HeapWatcher heap = HeapWatcher.begin();
            long tb = System.nanoTime();
            BuildResult result = SiteBuilder.build(settings);
            long t2 = System.nanoTime();
            long peak = heap.end();
            long bytes;
            try (Stream<Path> files = Files.walk(work.resolve("site-" + n))) {
                bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
            }
            System.out.printf(Locale.ROOT, "%10d %12.1f %12.1f %12.1f %10d %12.1f %14d%n", result.postmortems(),
                    (t1 - t0) / 1e9, (tc - t1) / 1e9, (t2 - tb) / 1e9, result.files(), bytes / 1e6, peak / (1024 * 1024));
        }
        System.out.println("max heap: " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB; work dir: " + work);
    }

    /** Samples used heap every 20 ms on a daemon thread. */
    private static final class HeapWatcher extends Thread {
        private volatile boolean running = true;
        private volatile long peak;

        static HeapWatcher begin() {
            HeapWatcher w = new HeapWatcher();
            w.setDaemon(true);
            w.start();
            return w;
        }

        @Override
        public void run() {
            Runtime rt = Runtime.getRuntime();
            while (running) {
                peak = Math.max(peak, rt.totalMemory() - rt.freeMemory());
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        long end() throws InterruptedException {
            running = false;
            join();
            return peak;
        }
    }
}
