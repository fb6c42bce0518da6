package io.github.postmortems.build;

import io.github.postmortems.validate.CheckedPostmortem;
import io.github.postmortems.render.Pages;
import io.github.postmortems.render.PostmortemSource;
import io.github.postmortems.render.RenderException;
import io.github.postmortems.write.SiteWriter;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The postmortems the first pass read, with their review criteria, written to disk as it goes (one file per reading thread) and read back
 * once while their pages are rendered: each is parsed once, and memory holds only the ones being rendered.
 */
final class Spill implements PostmortemSource, Closeable {

    private record File(Path path, ObjectOutputStream out, int[] count) {
    }

    private final Path directory;
    private final Map<Thread, File> files = new ConcurrentHashMap<>();

    Spill(Path directory) throws IOException {
        this.directory = directory;
        SiteWriter.deleteTree(directory);
        Files.createDirectories(directory);
    }

    /** Keeps a postmortem for its page; called from the thread that read it. */
    void add(CheckedPostmortem p) throws IOException {
        File file = files.get(Thread.currentThread());
        if (file == null) {
            Path path = directory.resolve("spill-" + files.size() + "-" + Thread.currentThread().getId());
            file = new File(path, new ObjectOutputStream(new BufferedOutputStream(Files.newOutputStream(path), 1 << 16)),
                    new int[1]);
            files.put(Thread.currentThread(), file);
        }
        file.out().writeObject(p);
        file.out().reset(); // no back references across postmortems: the stream would keep them all
        file.count()[0]++;
    }

    /**
     * Renders every spilled postmortem on every core. After a failure no new page starts, every worker is waited
     * for before this returns (nothing writes into a site being cleaned up), and of the pages that failed the
     * first by path is reported.
     */
    @Override
    public void each(java.util.function.Predicate<String> wanted, Pages.Work<CheckedPostmortem> page)
            throws IOException, RenderException {
        List<File> written = new ArrayList<>(files.values());
        for (File f : written) {
            f.out().close();
        }
        Reader reader = new Reader(written.iterator());
        java.util.concurrent.ConcurrentSkipListMap<String, Throwable> failures =
                new java.util.concurrent.ConcurrentSkipListMap<>();
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int i = 0; i < threads; i++) {
                pool.execute(() -> {
                    try {
                        for (CheckedPostmortem p = reader.next(); p != null && failures.isEmpty(); p = reader.next()) {
                            if (!wanted.test(p.postmortem().sourcePath())) {
                                continue;
                            }
                            try {
                                page.apply(p);
                            } catch (IOException | RenderException | RuntimeException | Error e) {
                                failures.put(p.postmortem().sourcePath(), e);
                            }
                        }
                    } catch (IOException | RuntimeException e) {
                        failures.put("", e); // the spill itself could not be read
                    }
                });
            }
        } finally {
            pool.shutdown();
            awaitAll(pool);
            reader.close();
        }
        if (!failures.isEmpty()) {
            Pages.rethrow(failures.firstEntry().getValue());
        }
    }

    private static void awaitAll(ExecutorService pool) throws IOException {
        try {
            while (!pool.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES)) {
                // pages of a large archive take minutes; keep waiting, they stop at the first failure
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while rendering pages", e);
        }
    }

    /** Hands out the spilled postmortems one at a time to any number of threads. */
    private static final class Reader implements Closeable {
        private final Iterator<File> files;
        private ObjectInputStream in;
        private int left;

        Reader(Iterator<File> files) {
            this.files = files;
        }

        synchronized CheckedPostmortem next() throws IOException {
            while (left == 0) {
                close();
                if (!files.hasNext()) {
                    return null;
                }
                File f = files.next();
                in = new ObjectInputStream(new BufferedInputStream(Files.newInputStream(f.path()), 1 << 16));
                left = f.count()[0];
            }
            left--;
            try {
                return (CheckedPostmortem) in.readObject();
            } catch (ClassNotFoundException e) {
                throw new IOException("cannot read back the postmortems this build spilled", e);
            }
        }

        @Override
        public synchronized void close() throws IOException {
            if (in != null) {
                in.close();
                in = null;
            }
        }
    }

    @Override
    public void close() throws IOException {
        for (File f : files.values()) {
            f.out().close();
        }
        SiteWriter.deleteTree(directory);
    }
}
