package io.github.postmortems.write;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Writes a site into a staging directory beside the output and swaps it into place only when every file is
 * written, so a failed build leaves the previous site as it was. Files may be written from several threads.
 */
public final class SiteWriter implements AutoCloseable {

    private final Path output;
    private final Path staging;
    private boolean committed;
    private final java.util.concurrent.atomic.AtomicInteger files = new java.util.concurrent.atomic.AtomicInteger();

    private SiteWriter(Path output, Path staging) {
        this.output = output;
        this.staging = staging;
    }

    public static SiteWriter open(Path output) throws IOException {
        Path absolute = output.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        Path staging = parent.resolve("." + absolute.getFileName() + ".staging");
        deleteTree(staging); // left over from a build that was killed
        Files.createDirectories(staging);
        return new SiteWriter(absolute, staging);
    }

    public void write(String relativePath, String content) throws IOException {
        Files.writeString(target(relativePath), content, StandardCharsets.UTF_8);
        files.incrementAndGet();
    }

    public void write(String relativePath, byte[] content) throws IOException {
        Files.write(target(relativePath), content);
        files.incrementAndGet();
    }

    public void copy(String relativePath, Path source) throws IOException {
        Files.copy(source, target(relativePath), StandardCopyOption.REPLACE_EXISTING);
        files.incrementAndGet();
    }

    public void copy(String relativePath, InputStream source) throws IOException {
        Files.copy(source, target(relativePath), StandardCopyOption.REPLACE_EXISTING);
        files.incrementAndGet();
    }

    public int fileCount() {
        return files.get();
    }

    /** Puts the staged site in place of the old one. */
    public void commit() throws IOException {
        replace(staging, output);
        committed = true;
    }

    /** Where a directory that replaces {@code output} is prepared: beside it, hidden. */
    public static Path stagingFor(Path output) {
        Path absolute = output.toAbsolutePath().normalize();
        return absolute.resolveSibling("." + absolute.getFileName() + ".staging");
    }

    /** Moves a prepared directory in place of {@code output}, restoring the old one if the move fails. */
    public static void replace(Path staged, Path output) throws IOException {
        Path previous = output.resolveSibling("." + output.getFileName() + ".previous");
        deleteTree(previous);
        boolean hadOutput = Files.exists(output);
        if (hadOutput) {
            move(output, previous);
        }
        try {
            move(staged, output);
        } catch (IOException e) {
            if (hadOutput) {
                move(previous, output);
            }
            throw e;
        }
        deleteTree(previous);
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            deleteTree(staging);
        }
    }

    private Path target(String relativePath) throws IOException {
        Path target = staging.resolve(relativePath).normalize();
        if (!target.startsWith(staging) || target.equals(staging)) {
            throw new IOException("refusing to write outside the site: " + relativePath);
        }
        Files.createDirectories(target.getParent());
        return target;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
            Files.move(from, to);
        }
    }

    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
