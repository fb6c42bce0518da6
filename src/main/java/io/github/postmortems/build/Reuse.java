package io.github.postmortems.build;

import io.github.postmortems.render.PageReuse;
import io.github.postmortems.scan.SourceFile;
import io.github.postmortems.write.SiteWriter;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What one build leaves the next so that an edit costs what it changes: for each postmortem file, its content key
 * and what the first pass made of it; for each postmortem's pages, their key and site files. The next build with the
 * same settings, theme and plugin reads again only the files whose content key changed, replaces only their
 * documents in the index, and renders only the postmortem pages whose key changed; everything else is the last
 * build's, byte for byte, so the site equals a clean build's.
 */
final class Reuse implements PageReuse {

    /** What the first pass made of one file with these bytes. */
    record FileEntry(String contentKey, SiteBuilder.FileResult result) implements Serializable {
    }

    /** A postmortem's pages: the key they were rendered under and the site files they are. */
    record PageEntry(String key, List<String> files) implements Serializable {
        PageEntry {
            files = List.copyOf(files);
        }
    }

    /**
     * Everything a build leaves for the next: files and postmortem pages by archive path, and the page sets made from
     * the catalogue by name.
     */
    record State(String reuseKey, Map<String, FileEntry> files, Map<String, PageEntry> pages,
                 Map<String, PageEntry> sets) implements Serializable {
        State {
            files = new TreeMap<>(files);
            pages = new TreeMap<>(pages);
            sets = new TreeMap<>(sets);
        }
    }

    private final String reuseKey;
    private final State previous;
    private final boolean pagesKept;
    private final Path previousSite;
    private final Map<String, FileEntry> files = new ConcurrentHashMap<>();
    private final Map<String, PageEntry> pages = new ConcurrentHashMap<>();
    private final Map<String, PageEntry> sets = new ConcurrentHashMap<>();
    private final String intros;
    private final Map<String, SourceFile> sources = new ConcurrentHashMap<>();
    private final BuildCache cache;
    private final io.github.postmortems.StageTimes times;
    private final java.util.concurrent.atomic.AtomicInteger rendered = new java.util.concurrent.atomic.AtomicInteger();
    private SiteWriter out;

    /**
     * @param previous the last build's state, empty when nothing of it may be used
     * @param pagesKept false when the theme has templates of its own, whose reads of the model no key follows
     */
    /** @param intros a hash of the newsletter's intros, which the digests show beside the catalogue */
    Reuse(String reuseKey, Optional<State> previous, boolean pagesKept, Path previousSite, BuildCache cache,
          String intros, io.github.postmortems.StageTimes times) {
        this.reuseKey = reuseKey;
        this.times = times;
        this.cache = cache;
        this.previous = previous.orElse(new State(reuseKey, Map.of(), Map.of(), Map.of()));
        this.intros = intros;
        this.pagesKept = pagesKept;
        this.previousSite = previousSite;
    }

    /** Whether the last build left anything to use; without it a build reads, indexes and renders everything. */
    boolean hasPrevious() {
        return !previous.files().isEmpty();
    }

    /**
     * What the first pass makes of {@code file}: the last build's result when the file's content key is the same,
     * else what {@code reading} makes of it now.
     */
    SiteBuilder.FileResult read(SourceFile file, Reading reading) throws IOException {
        String key = cache.contentKey(file);
        sources.put(file.relativePath(), file);
        FileEntry last = previous.files().get(file.relativePath());
        if (last != null && last.contentKey().equals(key)) {
            files.put(file.relativePath(), last);
            return last.result();
        }
        SiteBuilder.FileResult result = reading.read(file);
        files.put(file.relativePath(), new FileEntry(key, result));
        return result;
    }

    /** A file's first pass. */
    @FunctionalInterface
    interface Reading {
        SiteBuilder.FileResult read(SourceFile file) throws IOException;
    }

    /** The file at an archive path this build read. */
    SourceFile source(String path) {
        return sources.get(path);
    }

    /** The archive paths of the files this build read, sorted. */
    List<String> readPaths() {
        return sources.keySet().stream().sorted().toList();
    }

    /** The pages the last build's index holds and this build does not publish: their files are gone or broken. */
    List<String> goneFromIndex() {
        Set<String> published = new HashSet<>();
        files.values().forEach(f -> {
            if (f.result().summary() != null) {
                published.add(f.result().summary().pagePath());
            }
        });
        List<String> gone = new ArrayList<>();
        previous.files().values().forEach(last -> {
            if (last.result().summary() != null && !published.contains(last.result().summary().pagePath())) {
                gone.add(last.result().summary().pagePath());
            }
        });
        return gone;
    }

    /** Where the pages of this build go; kept files are linked into it. */
    void writingTo(SiteWriter site) {
        this.out = site;
    }

    @Override
    public boolean keep(String sourcePath, String key) throws IOException {
        PageEntry last = previous.pages().get(sourcePath);
        if (!pagesKept || !carry(last, fullKey(sourcePath, key))) {
            return false;
        }
        pages.put(sourcePath, last);
        return true;
    }

    @Override
    public boolean keepSet(String name, String key) throws IOException {
        PageEntry last = previous.sets().get(name);
        if (!pagesKept || !carry(last, key + " intros " + intros)) {
            return false;
        }
        sets.put(name, last);
        return true;
    }

    @Override
    public void wroteSet(String name, String key, List<String> siteFiles) {
        sets.put(name, new PageEntry(key + " intros " + intros, siteFiles));
    }

    /** Links the last build's files of {@code last} into the site when it was made under {@code key} and all are there. */
    private boolean carry(PageEntry last, String key) throws IOException {
        if (last == null || !last.key().equals(key)) {
            return false;
        }
        for (String file : last.files()) {
            if (!Files.isRegularFile(previousSite.resolve(file))) {
                return false;
            }
        }
        long start = System.nanoTime();
        for (String file : last.files()) {
            out.keep(file, previousSite.resolve(file));
        }
        times.add("keep", System.nanoTime() - start);
        return true;
    }

    @Override
    public void rendered(String sourcePath, String key, List<String> siteFiles) {
        pages.put(sourcePath, new PageEntry(fullKey(sourcePath, key), siteFiles));
        rendered.incrementAndGet();
    }

    /** How many postmortems' pages this build rendered. */
    int rendered() {
        return rendered.get();
    }

    /** The page key with the file's own: what the pages show of the model, and the postmortem itself. */
    private String fullKey(String sourcePath, String key) {
        FileEntry file = files.get(sourcePath);
        return key + " " + (file == null ? "unread" : file.contentKey());
    }

    /** What this build leaves for the next: the files it read or kept, and the pages it wrote or kept. */
    State state() {
        return new State(reuseKey, files, pages, sets);
    }
}
