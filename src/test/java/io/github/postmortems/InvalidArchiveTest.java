package io.github.postmortems;

import io.github.postmortems.config.SiteSettings;
import io.github.postmortems.build.BuildResult;
import io.github.postmortems.build.BuildFailure;
import io.github.postmortems.build.SiteBuilder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Each broken archive under archives/ fails the build with exactly the messages in its expected.txt, and the
 * site that was there before stays as it was.
 */
class InvalidArchiveTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"bad-month", "missing-parts", "stray-root", "uppercase", "date-mismatch", "invalid-utf8",
            "empty-file", "unclosed-front-matter", "many"})
    void failsWithExactMessagesAndLeavesThePreviousSite(String name) throws Exception {
        Path archive = Fixtures.archive(name);
        Path site = temp.resolve("site");
        Files.createDirectories(site);
        Files.writeString(site.resolve("index.html"), "previous site");

        BuildFailure failure = assertThrows(BuildFailure.class,
                () -> SiteBuilder.build(SiteSettings.defaults(archive, site, Fixtures.TODAY)));

        assertEquals(expected(archive), failure.problems().stream().map(Problem::toString).toList());
        Map<String, byte[]> after = Fixtures.files(site);
        assertEquals(List.of("index.html"), List.copyOf(after.keySet()));
        assertArrayEquals("previous site".getBytes(StandardCharsets.UTF_8), after.get("index.html"));
        try (var left = Files.list(temp)) {
            // the parsed files stay cached, so the build after the fix reads only what changed
            assertEquals(List.of(site, temp.resolve("site-cache")), left.sorted().toList(),
                    "no staging directory is left behind");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"date-mismatch", "many"})
    void lenientPolicyTurnsErrorsIntoWarningsAndLeavesBrokenFilesOut(String name) throws Exception {
        Path archive = Fixtures.archive(name);
        BuildResult result = SiteBuilder.build(
                SiteSettings.defaults(archive, temp.resolve("site"), Fixtures.TODAY).withFailOnErrors(false));

        List<String> expectedAsWarnings = expected(archive).stream().map(l -> l.replace(": error: ", ": warning: "))
                .toList();
        assertEquals(expectedAsWarnings, result.problems().stream().map(Problem::toString).toList());
        assertEquals(name.equals("many") ? 1 : 0, result.postmortems());
    }

    private static List<String> expected(Path archive) throws IOException {
        return Files.readAllLines(archive.resolve("expected.txt"), StandardCharsets.UTF_8);
    }
}
