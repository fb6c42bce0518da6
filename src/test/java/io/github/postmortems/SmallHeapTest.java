package io.github.postmortems;

import io.github.postmortems.bench.ArchiveGenerator;
import io.github.postmortems.build.BuildResult;
import io.github.postmortems.build.SiteBuilder;
import io.github.postmortems.config.SiteSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The build streams: it keeps summaries, not text, and writes pages straight to their files, so an archive builds
 * in a heap smaller than its text and pages. A separate JVM with a 48 MB heap builds 3,000 generated postmortems
 * (15 MB of Markdown); the build that held every postmortem's sections ran out of memory there even with 64 MB.
 */
class SmallHeapTest {

    static final int POSTMORTEMS = 3000;
    static final String HEAP = "-Xmx48m";

    @TempDir
    Path temp;

    /** Entry point of the separate JVM: build ARCHIVE into SITE, print the number of postmortems. */
    public static void main(String[] args) throws Exception {
        BuildResult result = SiteBuilder.build(SiteSettings.defaults(Path.of(args[0]), Path.of(args[1]),
                Fixtures.TODAY).withFailOnErrors(false));
        System.out.println("built " + result.postmortems());
    }

    @Test
    void aGeneratedArchiveBuildsInASmallHeap() throws Exception {
        Path archive = temp.resolve("archive");
        ArchiveGenerator.write(archive, POSTMORTEMS, 42);
        Path site = temp.resolve("site");
        Path log = temp.resolve("jvm.log");
        Process jvm = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
                "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
                SmallHeapTest.class.getName(), archive.toString(), site.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(jvm.waitFor(10, TimeUnit.MINUTES), "the build finished");
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, jvm.exitValue(), output);
        assertEquals(List.of("built " + POSTMORTEMS), output.lines().filter(l -> l.startsWith("built")).toList());
        assertEquals(POSTMORTEMS, postmortemPages(site));
    }

    private static long postmortemPages(Path site) throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.getFileName().toString().matches("\\d{2}\\.[^.]+\\.[^.]+\\.html")).count();
        }
    }
}
