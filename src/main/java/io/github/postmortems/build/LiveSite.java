package io.github.postmortems.build;

import io.github.postmortems.Problem;
import io.github.postmortems.StageTimes;
import io.github.postmortems.aggregate.Catalog;
import io.github.postmortems.aggregate.YearSummary;
import io.github.postmortems.config.SiteSettings;
import io.github.postmortems.index.SearchIndex;
import io.github.postmortems.model.Summarizer;
import io.github.postmortems.model.Summary;
import io.github.postmortems.parse.PostmortemParser;
import io.github.postmortems.render.RenderException;
import io.github.postmortems.render.SiteRenderer;
import io.github.postmortems.render.Theme;
import io.github.postmortems.scan.Archive;
import io.github.postmortems.scan.ScanResult;
import io.github.postmortems.scan.SourceFile;
import io.github.postmortems.validate.CheckedPostmortem;
import io.github.postmortems.validate.LinkSource;
import io.github.postmortems.validate.Rules;
import io.github.postmortems.write.SiteWriter;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.regex.Pattern;

/**
 * A built site kept in step with its archive while it is previewed. It starts with a full build and keeps the
 * model in memory: each postmortem's summary, links and {@code postmortem:check} findings. An edit to postmortems
 * in existing year folders rereads only those files and rewrites only what shows them: their pages, their years',
 * systems' and newsletter months' pages, the home page, the action items and the feeds, with related incidents
 * from the index of the last full build. Anything else (an attachment, an editor's intro, the theme, a new year)
 * runs a full build over the build cache. An edit that cannot be published leaves the site as it was and is
 * reported by {@link #broken()}.
 */
public final class LiveSite implements Closeable {

    /** A postmortem file directly in a year folder. */
    private static final Pattern POSTMORTEM = Pattern.compile("(\\d{4})/[^/]+\\.md");
    /** Anything directly in a year folder. */
    private static final Pattern BESIDE = Pattern.compile("\\d{4}/[^/]+");

    private final SiteSettings settings;
    private final StageTimes times;
    private final PostmortemParser parser;
    private final Summarizer summarizer;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    /** Every postmortem read, by archive-relative path, in the scan's order. */
    private final TreeMap<String, FileState> files = new TreeMap<>();
    /** Findings by page path, replaced whole so that pages are served while an update runs. */
    private volatile Map<String, List<Problem>> findingsByPage = Map.of();
    private Catalog catalog;
    private SearchIndex search;
    private SiteRenderer renderer;
    private BuildCache cache;
    private volatile List<String> broken = List.of();
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();

    /** What the model keeps of one file. */
    private record FileState(Summary summary, LinkSource links, List<Problem> findings) {
    }

    /** What an update did: which site files it rewrote, or that it rebuilt the site. */
    public record Update(boolean full, Set<String> rewritten) {
    }

    private LiveSite(SiteSettings settings, StageTimes times) {
        this.settings = settings;
        this.times = times;
        this.parser = SiteBuilder.parser(settings);
        this.summarizer = new Summarizer(settings.timeZone(), settings.policy());
    }

    /** Builds the site into {@code settings.outputDirectory()} and keeps its model. */
    public static LiveSite open(SiteSettings settings, StageTimes times)
            throws IOException, BuildFailure, RenderException {
        LiveSite site = new LiveSite(settings, times);
        site.full();
        return site;
    }

    /** Held while the site's files are read, so that no update rewrites a file half-way through a response. */
    public ReadWriteLock lock() {
        return lock;
    }

    public Path directory() {
        return settings.outputDirectory().toAbsolutePath().normalize();
    }

    /** Counts the updates that changed what is shown or reported; a preview reloads when it moves. */
    public long generation() {
        return generation.get();
    }

    /** Why the latest edit is not shown, one {@code path:line: ...} line each; empty when the site is current. */
    public List<String> broken() {
        return broken;
    }

    /** {@code postmortem:check}'s findings for the postmortem on {@code pagePath}, or empty for other pages. */
    public List<Problem> findings(String pagePath) {
        return findingsByPage.getOrDefault(pagePath, List.of());
    }

    /**
     * Brings the site up to date with the changed files (paths in the archive or the theme, changed, added or
     * deleted). A change that cannot be published is reported by {@link #broken()} and the site stays as it was.
     */
    public synchronized Update update(Collection<Path> changed) throws IOException {
        try {
            Update update = quickUpdate(changed).orElse(null);
            if (update == null) {
                full();
                update = new Update(true, Set.of());
            }
            boolean wasBroken = !broken.isEmpty();
            broken = List.of();
            if (update.full() || !update.rewritten().isEmpty() || wasBroken) {
                generation.incrementAndGet();
            }
            return update;
        } catch (BuildFailure e) {
            broken = e.problems().stream().filter(Problem::isError).map(Problem::toString).toList();
        } catch (RenderException e) {
            broken = List.of(io.github.postmortems.Report.oneLine(e.getMessage()));
        }
        generation.incrementAndGet();
        return new Update(false, Set.of());
    }

    private void full() throws IOException, BuildFailure, RenderException {
        SiteBuilder.build(settings, times);
        cache = BuildCache.open(settings, parser);
        ScanResult scan = Archive.scan(settings.archiveDirectory());
        List<SiteBuilder.FileResult> results = SiteBuilder.inParallel(scan.files(), this::read);
        files.clear();
        for (int i = 0; i < results.size(); i++) {
            SiteBuilder.FileResult r = results.get(i);
            files.put(scan.files().get(i).relativePath(), new FileState(r.summary(), r.links(), r.problems()));
        }
        refreshModel(true);
        if (search != null) {
            search.close();
        }
        search = SearchIndex.open(SearchIndex.directoryFor(directory()), catalog.newestFirst());
        renderer = new SiteRenderer(new Theme(settings.themeDirectory()), settings);
    }

    private SiteBuilder.FileResult read(SourceFile file) throws IOException {
        return read(file, (p, s) -> { });
    }

    private SiteBuilder.FileResult read(SourceFile file, SiteBuilder.Indexer keep) throws IOException {
        // the preview keeps no git history: its pages show what the last full build knew of it
        return SiteBuilder.readOne(file, null, cache::parse, summarizer, settings, SiteBuilder.Mode.CHECK, keep,
                StageTimes.silent());
    }

    /** The catalogue and each page's findings, its own and the archive-wide ones, from the files as they are now. */
    private void refreshModel(boolean summariesChanged) {
        List<Summary> summaries = new ArrayList<>();
        List<LinkSource> links = new ArrayList<>();
        for (FileState state : files.values()) {
            if (state.summary() != null) {
                summaries.add(state.summary());
            }
            if (state.links() != null) {
                links.add(state.links());
            }
        }
        if (summariesChanged) {
            catalog = Catalog.of(summaries, settings.repeatWindowDays());
        }
        Map<String, List<Problem>> archiveWide = new HashMap<>();
        Rules.archive(links).forEach(p -> SiteBuilder.level(p, settings, SiteBuilder.Mode.CHECK)
                .ifPresent(q -> archiveWide.computeIfAbsent(q.file(), f -> new ArrayList<>()).add(q)));
        Map<String, List<Problem>> byPage = new HashMap<>();
        files.forEach((source, state) -> {
            if (state.summary() != null) {
                List<Problem> all = new ArrayList<>(state.findings());
                all.addAll(archiveWide.getOrDefault(source, List.of()));
                byPage.put(state.summary().pagePath(), all.stream().sorted().toList());
            }
        });
        findingsByPage = byPage;
    }

    /**
     * Rewrites what the changed postmortems show on, or empty when the change needs a full build: it touches
     * something other than postmortems in year folders, or the set of years (which every page's menu lists).
     */
    private Optional<Update> quickUpdate(Collection<Path> changed) throws IOException, BuildFailure, RenderException {
        Path root = settings.archiveDirectory().toAbsolutePath().normalize();
        Set<String> relative = new java.util.TreeSet<>();
        for (Path p : changed) {
            Path absolute = p.toAbsolutePath().normalize();
            String r = absolute.startsWith(root) ? root.relativize(absolute).toString().replace('\\', '/') : "";
            if (BESIDE.matcher(r).matches() && !r.endsWith(".md") && !Files.isDirectory(absolute)
                    && !Files.exists(root.resolve(r + ".md"))) {
                continue; // a file beside the postmortems that no page shows, such as an editor's scratch file
            }
            if (!POSTMORTEM.matcher(r).matches()) {
                return Optional.empty();
            }
            relative.add(r);
        }
        if (relative.isEmpty()) {
            return Optional.of(new Update(false, Set.of()));
        }
        Map<String, FileState> next = new HashMap<>();
        Map<String, CheckedPostmortem> pages = new HashMap<>();
        List<Problem> unfit = new ArrayList<>();
        for (String r : relative) {
            ScanResult year = Archive.scanYear(root, Integer.parseInt(r.substring(0, 4)));
            Optional<SourceFile> file = year.files().stream().filter(f -> f.relativePath().equals(r)).findFirst();
            if (file.isEmpty()) {
                if (Files.exists(root.resolve(r))) {
                    year.problems().stream().filter(p -> p.file().equals(r) && p.isError()).forEach(unfit::add);
                }
                next.put(r, null); // deleted, or no longer a postmortem's name
                continue;
            }
            SiteBuilder.FileResult result = read(file.get(), (checked, summary) -> pages.put(r, checked));
            if (result.summary() == null) {
                result.problems().stream().filter(SiteBuilder::isStructural).forEach(unfit::add);
                if (unfit.isEmpty()) { // unreadable: our failure, reported as it was found
                    result.problems().stream().filter(Problem::isError).forEach(unfit::add);
                }
            }
            next.put(r, new FileState(result.summary(), result.links(), result.problems()));
        }
        if (!unfit.isEmpty()) {
            throw new BuildFailure(unfit);
        }

        Catalog before = catalog;
        // every page but a postmortem's own is made from the summaries: when they stay, so do those pages
        boolean listingsStay = next.entrySet().stream().allMatch(e -> e.getValue() != null
                && e.getValue().summary() != null && files.get(e.getKey()) != null
                && e.getValue().summary().equals(files.get(e.getKey()).summary()));
        Set<String> affected = new HashSet<>();
        if (!listingsStay) {
            affected.addAll(Set.of("index.html", "systems/index.html", "actions.html", "actions.csv",
                    "newsletter/index.html", "feed.xml", "newsletter/feed.xml"));
        }
        Set<String> removed = new HashSet<>();
        Set<String> folders = new HashSet<>();
        for (Map.Entry<String, FileState> e : next.entrySet()) {
            FileState old = files.get(e.getKey());
            if (old != null && old.summary() != null) {
                affected.addAll(listingsStay ? List.of(old.summary().pagePath()) : shownOn(old.summary()));
                removed.add(old.summary().pagePath());
            }
            if (e.getValue() != null && e.getValue().summary() != null) {
                affected.addAll(listingsStay ? List.of(e.getValue().summary().pagePath())
                        : shownOn(e.getValue().summary()));
                removed.remove(e.getValue().summary().pagePath());
                folders.add(e.getValue().summary().pagePath().replaceFirst("\\.html$", "/"));
            }
        }
        Map<String, FileState> previous = new HashMap<>();
        next.forEach((r, state) -> {
            previous.put(r, files.get(r));
            if (state == null) {
                files.remove(r);
            } else {
                files.put(r, state);
            }
        });
        refreshModel(!listingsStay);
        if (!years(before).equals(years(catalog))) {
            return Optional.empty();
        }
        Set<String> written = java.util.concurrent.ConcurrentHashMap.newKeySet();
        lock.writeLock().lock();
        try {
            for (String page : removed) {
                Files.deleteIfExists(directory().resolve(page));
                SiteWriter.deleteTree(directory().resolve(page.replaceFirst("\\.html$", "")));
            }
            for (String folder : folders) {
                SiteWriter.deleteTree(directory().resolve(folder)); // attachments are copied anew
            }
            SiteWriter out = SiteWriter.inPlace(directory(), path -> {
                boolean wanted = affected.contains(path) || folders.stream().anyMatch(path::startsWith);
                if (wanted) {
                    written.add(path);
                }
                return wanted;
            });
            renderer.render(catalog, search, (wanted, work) -> {
                for (CheckedPostmortem p : pages.values()) {
                    if (wanted.test(p.postmortem().sourcePath())) {
                        work.apply(p);
                    }
                }
            }, null, out, StageTimes.silent()); // an edit's few pages need no progress lines
        } catch (IOException | RenderException | RuntimeException e) {
            previous.forEach((r, state) -> {
                if (state == null) {
                    files.remove(r);
                } else {
                    files.put(r, state);
                }
            });
            refreshModel(true);
            throw e;
        } finally {
            lock.writeLock().unlock();
        }
        return Optional.of(new Update(false, Set.copyOf(written)));
    }

    /** The pages that list a postmortem besides its own: its year's, its system's, its newsletter months'. */
    private static List<String> shownOn(Summary s) {
        List<String> pages = new ArrayList<>(List.of(s.pagePath(), s.year() + "/index.html",
                "systems/" + s.system() + ".html"));
        // a digest also compares its month with the same month a year earlier
        for (java.time.YearMonth month : List.of(s.newsletterMonth(), s.newsletterMonth().plusYears(1))) {
            String slug = "newsletter/" + month;
            pages.addAll(List.of(slug + ".html", slug + ".email.html", slug + ".txt", slug + ".md"));
        }
        return pages;
    }

    private static List<Integer> years(Catalog catalog) {
        return catalog.years().stream().map(YearSummary::year).toList();
    }

    @Override
    public synchronized void close() throws IOException {
        if (search != null) {
            search.close();
            search = null;
        }
    }
}
