package io.github.postmortems;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Programs some tests drive (Node, Chromium's driver). Where one is missing a developer's run skips those tests;
 * with {@code POSTMORTEM_REQUIRE_TOOLS=1} in the environment, as CI sets it, a missing program fails them, so a
 * test can never vanish from CI unnoticed.
 */
public final class RequiredTools {

    private RequiredTools() {
    }

    /** The program on the PATH, or in {@code /usr/bin}. */
    public static Optional<Path> find(String program) {
        return Stream.concat(Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)),
                        Stream.of("/usr/bin"))
                .filter(dir -> !dir.isEmpty()).map(dir -> Path.of(dir, program)).filter(Files::isExecutable)
                .findFirst();
    }

    /** Skips the calling test where {@code program} is missing, or fails it when CI requires every tool. */
    public static Path require(String program) {
        Optional<Path> found = find(program);
        if (found.isEmpty()) {
            String why = program + " is not installed (not on the PATH, not in /usr/bin)";
            if ("1".equals(System.getenv("POSTMORTEM_REQUIRE_TOOLS"))) {
                Assertions.fail(why + ", and POSTMORTEM_REQUIRE_TOOLS=1 says this run must not skip it");
            }
            Assumptions.abort(why);
        }
        return found.get();
    }
}
