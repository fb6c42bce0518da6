package io.github.postmortems.build;

import io.github.postmortems.Problem;
import io.github.postmortems.StageTimes;
import io.github.postmortems.aggregate.Catalog;
import io.github.postmortems.config.SiteSettings;
import io.github.postmortems.history.ArchiveHistory;
import io.github.postmortems.history.FileHistory;
import io.github.postmortems.history.GitHistory;
import io.github.postmortems.index.SearchIndex;
import io.github.postmortems.model.Summarizer;
import io.github.postmortems.model.Summary;
import io.github.postmortems.newsletter.Digests;
import io.github.postmortems.parse.ParsedFile;
import io.github.postmortems.parse.Postmortem;
import io.github.postmortems.parse.PostmortemParser;
import io.github.postmortems.parse.Team;
import io.github.postmortems.parse.Teams;
import io.github.postmortems.parse.TeamsFile;
import io.github.postmortems.parse.PublicCopy;
import io.github.postmortems.render.PostmortemSource;
import io.github.postmortems.render.RenderException;
import io.github.postmortems.render.SiteRenderer;
import io.github.postmortems.render.Theme;
import io.github.postmortems.scan.Archive;
import io.github.postmortems.scan.ScanResult;
import io.github.postmortems.scan.SourceFile;
import io.github.postmortems.validate.CheckedPostmortem;
import io.github.postmortems.validate.Criterion;
import io.github.postmortems.validate.LinkSource;
import io.github.postmortems.validate.NoTeam;
import io.github.postmortems.validate.ReviewCriteria;
import io.github.postmortems.validate.Rule;
import io.github.postmortems.validate.Rules;
import io.github.postmortems.write.SiteWriter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Builds the site in two streaming passes. The first reads each postmortem, checks it, indexes it, spills it to
 * disk and keeps only its {@link Summary}; every finding of every file is known before anything is written, so
 * one run reports them all and a failing archive never yields a partial site. The second reads the spilled
 * postmortems back to render their pages, with related incidents from the committed index; the other pages are
 * rendered from the summaries. Memory grows with the number of postmortems only through their summaries.
 */
public final class SiteBuilder {

    /** What the findings are for: the review gate holds every rule; the site fails only on structural ones. */
    public enum Mode { CHECK, SITE }

    /** Reads one file; the site build reads through its cache. */
    @FunctionalInterface
    interface Reading {
        ParsedFile parse(SourceFile file) throws IOException;
    }

    /** Receives each postmortem fit to publish, with its summary, as the first pass reads it (any thread). */
    @FunctionalInterface
    interface Indexer {
        void add(CheckedPostmortem p, Summary summary) throws IOException;
    }

    private SiteBuilder() {
    }

    public static BuildResult build(SiteSettings settings) throws IOException, BuildFailure, RenderException {
        return build(settings, StageTimes.silent());
    }

    public static BuildResult build(SiteSettings settings, StageTimes times)
            throws IOException, BuildFailure, RenderException {
        // the index is staged like the site and swapped with it, so a failed build never leaves one that disagrees
        long started = System.nanoTime();
        String fingerprint = BuildCache.fingerprint(settings);
        PostmortemParser parser = parser(settings);
        BuildCache cache = BuildCache.open(settings, parser);
        Optional<BuildResult> unchanged = cache.unchanged(fingerprint);
        times.add("fingerprint", System.nanoTime() - started);
        if (unchanged.isPresent()) {
            times.add(StageTimes.TOTAL, System.nanoTime() - started);
            return unchanged.get().reusedIn(times.seconds());
        }
        Path indexDirectory = SearchIndex.directoryFor(settings.outputDirectory());
        Path stagedIndex = SiteWriter.stagingFor(indexDirectory);
        Path site = settings.outputDirectory().toAbsolutePath().normalize();
        SiteWriter.deleteTree(stagedIndex);
        Reuse reuse = reuse(settings, cache, site, times);
        try (Spill spill = new Spill(site.resolveSibling("." + site.getFileName() + ".spill"))) {
            BuildResult result = build(settings, times, stagedIndex, indexDirectory, spill, started, cache, reuse);
            long start = System.nanoTime();
            cache.store(fingerprint, result, reuse == null ? null : reuse.state());
            times.add("cache", System.nanoTime() - start);
            return result;
        } finally {
            SiteWriter.deleteTree(stagedIndex);
        }
    }

    /**
     * What this build may take from the last one. A public copy reads its files through the redacting parser and
     * not the cache, so it takes nothing; a theme with templates of its own keeps no pages.
     */
    private static Reuse reuse(SiteSettings settings, BuildCache cache, Path site, StageTimes times)
            throws IOException {
        if (settings.variant() == SiteSettings.Variant.PUBLIC) {
            return null;
        }
        long start = System.nanoTime();
        String key = BuildCache.reuseKey(settings);
        Reuse reuse = new Reuse(key, cache.previous(key), !new Theme(settings.themeDirectory()).hasOwnTemplates(),
                site, cache, BuildCache.intros(settings), times);
        times.add("cache", System.nanoTime() - start);
        return reuse;
    }

    private static BuildResult build(SiteSettings settings, StageTimes times, Path indexDirectory,
                                     Path publishedIndex, Spill spill, long started, BuildCache cache, Reuse reuse)
            throws IOException, BuildFailure, RenderException {
        ArchiveCheck checked;
        Catalog catalog;
        SearchIndex search;
        List<Problem> problems = new ArrayList<>();
        boolean incremental = reuse != null && reuse.hasPrevious();
        // an edit replaces its documents in the last build's index; a build from scratch indexes everything
        try (SearchIndex.Writer index = incremental
                ? SearchIndex.update(indexDirectory, publishedIndex)
                : SearchIndex.create(indexDirectory)) {
            checked = read(settings, Mode.SITE, cache::parse, reuse, times, (p, summary) -> {
                index.add(p.postmortem(), summary);
                if (!incremental) { // an edit's pages read their few postmortems back from the parse cache
                    spill.add(p);
                }
            });
            if (incremental) {
                index.delete(reuse.goneFromIndex());
            }
            if (checked.hasErrors()) {
                throw new BuildFailure(checked.problems());
            }
            catalog = catalog(checked, settings);
            problems.addAll(checked.problems());
            problems.addAll(Digests.findings(settings, catalog));
            long start = System.nanoTime();
            search = index.finish(catalog.newestFirst());
            times.add("index merge", System.nanoTime() - start);
        }
        try (SiteWriter out = SiteWriter.open(settings.outputDirectory())) {
            if (reuse != null) {
                reuse.writingTo(out);
            }
            PostmortemSource sources = incremental ? new Reread(reuse, cache, settings) : spill;
            try (search) { // closed before its directory moves
                new SiteRenderer(new Theme(settings.themeDirectory()), settings).render(catalog, search, sources,
                        reuse, out, times);
            }
            long start = System.nanoTime();
            SiteWriter.replace(indexDirectory, publishedIndex);
            out.commit();
            times.add("swap", System.nanoTime() - start);
            times.add(StageTimes.TOTAL, System.nanoTime() - started);
            return new BuildResult(problems, checked.postmortems().size(), checked.leftOut(), out.fileCount(),
                    out.tally(), times.seconds(), checked.history(), false,
                    reuse == null ? checked.postmortems().size() : reuse.rendered(),
                    io.github.postmortems.aggregate.UnreadKeys.line(checked.postmortems(),
                            settings.showFields().keySet()),
                    search.queryBytes());
        }
    }

    /** The parser for an archive's settings: its own key names and severity words besides the built-in ones. */
    public static PostmortemParser parser(SiteSettings settings) {
        return new PostmortemParser(settings.allowRawHtml(), settings.fieldAliases(),
                io.github.postmortems.parse.Severities.of(settings.severityAliases()), null);
    }

    /** The aggregate view of the postmortems that passed the check. */
    public static Catalog catalog(ArchiveCheck checked, SiteSettings settings) {
        return Catalog.of(checked.postmortems(), settings.repeatWindowDays(), checked.teams());
    }

    /**
     * Reads the archive and applies every rule. A file with a structural error (it cannot be published
     * correctly) stays out of {@link ArchiveCheck#postmortems()}.
     */
    public static ArchiveCheck check(SiteSettings settings, Mode mode) throws IOException, BuildFailure {
        return read(settings, mode, parser(settings)::parse, null, StageTimes.silent(), (p, s) -> { });
    }

    /** What the first pass keeps of one file. */
    record FileResult(Summary summary, LinkSource links, List<Problem> problems) implements java.io.Serializable {
    }

    /** @param reuse what the last build made of the files, or null to read every file */
    private static ArchiveCheck read(SiteSettings settings, Mode mode, Reading parser, Reuse reuse, StageTimes times,
                                     Indexer indexer) throws IOException, BuildFailure {
        long start = System.nanoTime();
        ScanResult scan = Archive.scan(settings.archiveDirectory());
        List<SourceFile> files = scan.files();
        Reading reading = parser;
        if (settings.variant() == SiteSettings.Variant.PUBLIC) {
            // the copy for outside readers: what it leaves out is gone before anything reads the files
            PublicCopy copy;
            try {
                copy = PublicCopy.read(settings.archiveDirectory(), files);
            } catch (PublicCopy.Invalid e) {
                throw new BuildFailure(List.of(Problem.error(PublicCopy.ROLES, e.line(), "roles", e.getMessage())));
            }
            files = copy.published(files);
            // never through the cache: it holds files as written, and nothing written for the company may leak
            reading = new PostmortemParser(settings.allowRawHtml(), settings.fieldAliases(),
                    io.github.postmortems.parse.Severities.of(settings.severityAliases()), copy)::parse;
        }
        times.add("scan", System.nanoTime() - start);
        List<SourceFile> toRead = files;
        Reading reader = reading;
        Summarizer summarizer = new Summarizer(settings.timeZone(), settings.policy());
        start = System.nanoTime();
        // a public copy names no one, and commits carry their authors' names
        ArchiveHistory history = settings.variant() == SiteSettings.Variant.PUBLIC
                ? ArchiveHistory.none("none: a public copy shows no commits") : GitHistory.read(settings.archiveDirectory());
        times.add("history", System.nanoTime() - start);

        times.begin("reading", toRead.size());
        Reuse.Reading first = file -> readOne(file, history.of(file.relativePath()), reader, summarizer, settings,
                mode, indexer, times);
        List<FileResult> results = inParallel(toRead, file -> {
            FileResult r;
            try {
                r = reuse == null ? first.read(file) : reuse.read(file, first);
            } catch (RuntimeException | StackOverflowError e) {
                // a file we failed to read is our bug, but it must cost only that file: reported, left out
                Problem unreadable = Rule.UNREADABLE.at(file.relativePath(), 1, "could not be read ("
                        + e.getClass().getSimpleName() + ": " + e.getMessage() + "); it is left out of the site");
                r = new FileResult(null, null, level(unreadable, settings, mode).stream().toList());
            }
            times.step();
            return r;
        });

        List<Problem> problems = new ArrayList<>();
        scan.problems().forEach(p -> level(p, settings, mode).ifPresent(problems::add));
        List<Summary> summaries = new ArrayList<>();
        List<LinkSource> links = new ArrayList<>();
        List<String> leftOut = new ArrayList<>(scan.leftOut());
        for (int i = 0; i < results.size(); i++) {
            FileResult r = results.get(i);
            problems.addAll(r.problems());
            if (r.summary() != null) {
                summaries.add(r.summary());
            } else {
                leftOut.add(toRead.get(i).relativePath());
            }
            if (r.links() != null) {
                links.add(r.links());
            }
        }
        start = System.nanoTime();
        Rules.archive(links).forEach(p -> level(p, settings, mode).ifPresent(problems::add));
        times.add("check links", System.nanoTime() - start);
        TeamsFile.Result teams = TeamsFile.read(settings.archiveDirectory());
        teams.problems().forEach(p -> level(p, settings, mode).ifPresent(problems::add));
        SortedMap<String, Integer> bySystem = new TreeMap<>();
        summaries.forEach(s -> bySystem.merge(s.system(), 1, Integer::sum));
        NoTeam.check(teams.teams(), bySystem).forEach(p -> level(p, settings, mode).ifPresent(problems::add));
        Teams declared = teams.teams();
        if (settings.variant() == SiteSettings.Variant.PUBLIC) {
            // a team's contacts are for colleagues (channels, addresses): a public copy names the team only
            declared = new Teams(declared.teams().stream().map(t -> new Team(t.id(), t.name(), t.systems(), List.of(),
                    t.line())).toList(), declared.declared(), declared.line());
        }
        return new ArchiveCheck(summaries, problems, leftOut, declared, history.note());
    }

    /** Parse, check, summarise and index one file; only its summary and its links outlive this call. */
    static FileResult readOne(SourceFile file, FileHistory fileHistory, Reading parser, Summarizer summarizer,
                                      SiteSettings settings, Mode mode, Indexer indexer, StageTimes times)
            throws IOException {
        long start = System.nanoTime();
        ParsedFile parsed = parser.parse(file);
        long parsedAt = System.nanoTime();
        times.add("parse", parsedAt - start);
        List<Problem> found = new ArrayList<>(parsed.problems());
        Postmortem p = parsed.postmortem();
        List<Criterion> criteria = p == null ? List.of() : ReviewCriteria.of(p, settings.policy());
        if (p != null) {
            found.addAll(Rules.check(p, criteria, settings.policy(), summarizer.reviewFrom(p, fileHistory)));
        }
        List<Problem> problems = new ArrayList<>();
        boolean broken = false;
        for (Problem problem : found) {
            Optional<Problem> leveled = settings.policy().apply(problem);
            broken |= leveled.isPresent() && isStructural(leveled.get());
            leveled.map(q -> relevel(q, settings, mode)).ifPresent(problems::add);
        }
        long checkedAt = System.nanoTime();
        times.add("check", checkedAt - parsedAt);
        if (p == null) {
            return new FileResult(null, null, problems);
        }
        if (broken) {
            return new FileResult(null, LinkSource.of(p), problems);
        }
        Summary summary = summarizer.summarize(p, fileHistory);
        indexer.add(new CheckedPostmortem(p, criteria), summary);
        times.add("index and spill", System.nanoTime() - checkedAt);
        return new FileResult(summary, LinkSource.of(p), problems);
    }

    @FunctionalInterface
    interface FileWork<T> {
        T apply(SourceFile file) throws IOException;
    }

    /**
     * Files are independent and the parser is thread-safe: work on every core, keep the scan's order. Every file
     * is finished before a failure is thrown (the first in the scan's order), so nothing still runs while the
     * caller cleans up.
     */
    static <T> List<T> inParallel(List<SourceFile> files, FileWork<T> work) throws IOException {
        Object[] results = new Object[files.size()];
        IOException[] failures = new IOException[files.size()];
        java.util.stream.IntStream.range(0, files.size()).parallel().forEach(i -> {
            try {
                results[i] = work.apply(files.get(i));
            } catch (IOException e) {
                failures[i] = e;
            }
        });
        for (IOException failure : failures) {
            if (failure != null) {
                throw failure;
            }
        }
        List<T> list = new ArrayList<>(files.size());
        for (Object r : results) {
            @SuppressWarnings("unchecked")
            T t = (T) r;
            list.add(t);
        }
        return list;
    }

    static Optional<Problem> level(Problem p, SiteSettings settings, Mode mode) {
        return settings.policy().apply(p).map(q -> relevel(q, settings, mode));
    }

    private static Problem relevel(Problem p, SiteSettings settings, Mode mode) {
        if (!p.isError()) {
            return p;
        }
        if (!settings.failOnErrors() || mode == Mode.SITE && !isStructural(p)) {
            return p.asWarning();
        }
        return p;
    }

    static boolean isStructural(Problem p) {
        Optional<Rule> rule = Rule.byId(p.rule());
        return p.isError() && rule.map(Rule::structural).orElse(false);
    }
}
