package io.github.postmortems.serve;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Watches what a build reads, the archive's year folders and {@code newsletter/} and the theme, and hands each burst
 * of changes to its listener once the files have been quiet for a moment (an editor's save is several events).
 * The build's own output, the archive's other folders and editors' hidden or backup files are not watched.
 */
final class ArchiveWatcher implements Closeable {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    /** How long a burst of events must be quiet before it is handed on. */
    private static final long QUIET_MILLIS = 30;

    private final Path archive;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
    private final Thread thread;

    private ArchiveWatcher(Path archive, Path theme, Consumer<Set<Path>> listener) throws IOException {
        this.archive = archive;
        this.service = FileSystems.getDefault().newWatchService();
        register(archive, false);
        for (Path child : children(archive)) {
            if (watched(child)) {
                register(child, true);
            }
        }
        if (theme != null && Files.isDirectory(theme)) {
            register(theme, true);
        }
        this.thread = new Thread(() -> run(listener), "postmortem-serve-watcher");
        this.thread.setDaemon(true);
    }

    static ArchiveWatcher start(Path archive, Path theme, Consumer<Set<Path>> listener) throws IOException {
        ArchiveWatcher watcher = new ArchiveWatcher(archive.toAbsolutePath().normalize(),
                theme == null ? null : theme.toAbsolutePath().normalize(), listener);
        watcher.thread.start();
        return watcher;
    }

    /** A year folder or the editors' intros, at the archive's root. */
    private boolean watched(Path rootChild) {
        String name = rootChild.getFileName().toString();
        return Files.isDirectory(rootChild, LinkOption.NOFOLLOW_LINKS)
                && (YEAR.matcher(name).matches() || name.equals("newsletter"));
    }

    private void register(Path folder, boolean recursive) throws IOException {
        folders.put(folder.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY), folder);
        if (recursive) {
            for (Path child : children(folder)) {
                if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                    register(child, true);
                }
            }
        }
    }

    private void run(Consumer<Set<Path>> listener) {
        try {
            while (true) {
                Set<Path> changed = new LinkedHashSet<>();
                collect(service.take(), changed);
                for (WatchKey more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS); more != null;
                     more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) {
                    collect(more, changed);
                }
                if (!changed.isEmpty()) {
                    listener.accept(changed);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // stopped
        }
    }

    private void collect(WatchKey key, Set<Path> changed) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (folder == null) {
                continue;
            }
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                changed.add(folder); // events were lost: whatever is in this folder may have changed
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            String name = path.getFileName().toString();
            if (name.startsWith(".") || name.endsWith("~")) {
                continue; // editors' swap and backup files
            }
            boolean rootChild = folder.equals(archive);
            if (rootChild && !watched(path) && !YEAR.matcher(name).matches() && !name.equals("newsletter")) {
                continue; // the build's output and the project's other files
            }
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE
                    && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    register(path, true);
                } catch (IOException e) {
                    changed.add(path.getParent()); // not watched: treat its folder as changed, so a full build reads it
                }
            }
            changed.add(path);
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    private static List<Path> children(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.sorted().toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @Override
    public void close() throws IOException {
        service.close();
        thread.interrupt();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
