package io.github.postmortems;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Test archives under src/test/resources/archives/ and helpers to read built sites. */
public final class Fixtures {

    /** The reference day every test builds against, so ages and deadlines are stable. */
    public static final java.time.LocalDate TODAY = java.time.LocalDate.of(2026, 11, 25);

    private Fixtures() {
    }

    public static Path archives() {
        try {
            return Path.of(Fixtures.class.getResource("/archives").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes a fixture file, with its folders, as UTF-8. */
    public static void write(Path file, String text) throws java.io.IOException {
        java.nio.file.Files.createDirectories(file.getParent());
        java.nio.file.Files.writeString(file, text, java.nio.charset.StandardCharsets.UTF_8);
    }

    public static Path archive(String name) {
        return archives().resolve(name);
    }

    /** Every file under {@code dir} by '/'-separated relative path, with its bytes. */
    public static Map<String, byte[]> files(Path dir) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** A copy of the directory tree {@code from} at {@code to}, folders and files, in a sorted walk. */
    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.sorted().toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
