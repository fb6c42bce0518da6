package io.github.postmortems.write;

import java.io.IOException;
import java.util.List;
import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;

/**
 * Writes a site into a staging directory beside the output and swaps it into place only when every file is
 * written, so a failed build leaves the previous site as it was. Files may be written from several threads.
 */
public final class SiteWriter implements AutoCloseable {

    private final Path output;
    private final Path staging;
    private final java.util.function.Predicate<String> accepts;
    private boolean committed;
    private final java.util.concurrent.atomic.AtomicInteger files = new java.util.concurrent.atomic.AtomicInteger();
    private final LongAdder pages = new LongAdder();
    private final LongAdder bytes = new LongAdder();
    private final LongAdder searchFiles = new LongAdder();
    private final LongAdder searchBytes = new LongAdder();
    private final List<String> paths = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

    /** What a build wrote: every file, the HTML pages among them, and the browser's search data. */
    public record Tally(long files, long pages, long bytes, long searchFiles, long searchBytes)
            implements java.io.Serializable {
    }

    private SiteWriter(Path output, Path staging, java.util.function.Predicate<String> accepts) {
        this.output = output;
        this.staging = staging;
        this.accepts = accepts;
    }

    /**
     * Rewrites only the files {@code accepts} names, straight into a site that is being served: for a preview that
     * renders what an edit affects. The caller keeps readers out while it writes; there is nothing to commit.
     */
    public static SiteWriter inPlace(Path site, java.util.function.Predicate<String> accepts) throws IOException {
        Path absolute = site.toAbsolutePath().normalize();
        Files.createDirectories(absolute);
        SiteWriter writer = new SiteWriter(absolute, absolute, accepts);
        writer.committed = true;
        return writer;
    }

    /** Whether this writer keeps the file {@code relativePath}: page sets skip the work for a file it would drop. */
    public boolean accepts(String relativePath) {
        return accepts.test(relativePath);
    }

    public static SiteWriter open(Path output) throws IOException {
        Path absolute = output.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        Path staging = parent.resolve("." + absolute.getFileName() + ".staging");
        deleteTree(staging); // left over from a build that was killed
        Files.createDirectories(staging);
        return new SiteWriter(absolute, staging, path -> true);
    }

    public void write(String relativePath, String content) throws IOException {
        write(relativePath, content.getBytes(StandardCharsets.UTF_8));
    }

    public void write(String relativePath, byte[] content) throws IOException {
        if (!accepts(relativePath)) {
            return;
        }
        Files.write(target(relativePath), content);
        count(relativePath, content.length);
    }

    public void copy(String relativePath, Path source) throws IOException {
        if (!accepts(relativePath)) {
            return;
        }
        Files.copy(source, target(relativePath), StandardCopyOption.REPLACE_EXISTING);
        count(relativePath, Files.size(source));
    }

    /**
     * Carries a file of the last build into the site unchanged: a hard link where the file system allows (the old
     * site is replaced, never written into, so the link cannot change under it), else a copy.
     */
    public void keep(String relativePath, Path previous) throws IOException {
        if (!accepts(relativePath)) {
            return;
        }
        Path target = target(relativePath);
        try {
            Files.createLink(target, previous);
        } catch (UnsupportedOperationException | IOException e) {
            Files.copy(previous, target, StandardCopyOption.REPLACE_EXISTING);
        }
        count(relativePath, Files.size(target));
    }

    public void copy(String relativePath, InputStream source) throws IOException {
        if (!accepts(relativePath)) {
            return;
        }
        count(relativePath, Files.copy(source, target(relativePath), StandardCopyOption.REPLACE_EXISTING));
    }

    /** A file written as a stream of text; it is counted when closed. */
    public Writer writer(String relativePath) throws IOException {
        if (!accepts(relativePath)) {
            return Writer.nullWriter();
        }
        OutputStream file = Files.newOutputStream(target(relativePath));
        return new BufferedWriter(new OutputStreamWriter(new FilterOutputStream(file) {
            private long size;

            @Override
            public void write(int b) throws IOException {
                out.write(b);
                size++;
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
                size += len;
            }

            @Override
            public void close() throws IOException {
                super.close();
                count(relativePath, size);
            }
        }, StandardCharsets.UTF_8), 1 << 16);
    }

    private void count(String relativePath, long size) {
        paths.add(relativePath);
        files.incrementAndGet();
        bytes.add(size);
        if (relativePath.endsWith(".html")) {
            pages.increment();
        }
        if (relativePath.startsWith("search/")) {
            searchFiles.increment();
            searchBytes.add(size);
        }
    }

    public Tally tally() {
        return new Tally(files.get(), pages.sum(), bytes.sum(), searchFiles.sum(), searchBytes.sum());
    }

    /** How many files were written or kept so far: a mark for {@link #writtenSince}. */
    public int writtenCount() {
        return paths.size();
    }

    /** The site paths written or kept after {@code mark}, in the order they were finished. */
    public List<String> writtenSince(int mark) {
        synchronized (paths) {
            return List.copyOf(paths.subList(mark, paths.size()));
        }
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

    /**
     * Moves a prepared directory in place of {@code output}, restoring the old one if the move fails. Once the new
     * one is in place the old one is deleted as far as it can be; what is left goes at the next build.
     */
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
        try {
            deleteTree(previous);
        } catch (IOException e) {
            // the new directory is in place: a file the old one kept (read-only, held open) must not undo that
        }
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

    /**
     * Replaces {@code target} with a copy of the built site {@code site}, staged and swapped like a build, for a
     * site that lives inside another one (the Maven report's {@code target/site/postmortems}).
     */
    public static void mirror(Path site, Path target) throws IOException {
        Path from = site.toAbsolutePath().normalize();
        Path staged = stagingFor(target);
        deleteTree(staged);
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.sorted().toList()) {
                Path copy = staged.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(p, copy);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        replace(staged, target.toAbsolutePath().normalize());
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
