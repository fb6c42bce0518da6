package io.github.postmortems.build;

import io.github.postmortems.config.SiteSettings;
import io.github.postmortems.Problem;
import io.github.postmortems.aggregate.Catalog;
import io.github.postmortems.newsletter.Digests;
import io.github.postmortems.index.SearchIndex;
import io.github.postmortems.parse.ParsedFile;
import io.github.postmortems.parse.Postmortem;
import io.github.postmortems.parse.PostmortemParser;
import io.github.postmortems.render.RenderException;
import io.github.postmortems.render.SiteRenderer;
import io.github.postmortems.render.Theme;
import io.github.postmortems.scan.Archive;
import io.github.postmortems.scan.ScanResult;
import io.github.postmortems.scan.SourceFile;
import io.github.postmortems.validate.Rule;
import io.github.postmortems.validate.Rules;
import io.github.postmortems.write.SiteWriter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the site: scan, parse, validate, aggregate, index, render, write. Every finding of every file is collected
 * before anything is written, so one run reports them all and a failing archive never yields a partial site.
 */
public final class SiteBuilder {

    /** What the findings are for: the review gate holds every rule; the site fails only on structural ones. */
    public enum Mode { CHECK, SITE }

    private SiteBuilder() {
    }

    public static BuildResult build(SiteSettings settings) throws IOException, BuildFailure, RenderException {
        ArchiveCheck checked = check(settings, Mode.SITE);
        if (checked.hasErrors()) {
            throw new BuildFailure(checked.problems());
        }
        Catalog catalog = catalog(checked, settings);
        List<Problem> problems = new ArrayList<>(checked.problems());
        problems.addAll(Digests.findings(settings, catalog));
        try (SearchIndex search = SearchIndex.build(catalog.newestFirst(),
                SearchIndex.directoryFor(settings.outputDirectory()));
             SiteWriter out = SiteWriter.open(settings.outputDirectory())) {
            new SiteRenderer(new Theme(settings.themeDirectory()), settings).render(catalog, search, out);
            out.commit();
            return new BuildResult(problems, checked.postmortems().size(), out.fileCount());
        }
    }

    /** The aggregate view of the postmortems that passed the check. */
    public static Catalog catalog(ArchiveCheck checked, SiteSettings settings) {
        return Catalog.of(checked.postmortems(), settings.timeZone(), settings.repeatWindowDays());
    }

    /**
     * Reads the archive and applies every rule. A file with a structural error (it cannot be published
     * correctly) stays out of {@link ArchiveCheck#postmortems()}.
     */
    public static ArchiveCheck check(SiteSettings settings, Mode mode) throws IOException {
        ScanResult scan = Archive.scan(settings.archiveDirectory());
        List<Problem> found = new ArrayList<>(scan.problems());
        PostmortemParser parser = new PostmortemParser(settings.allowRawHtml());
        List<Postmortem> postmortems = new ArrayList<>();
        for (ParsedFile parsed : parseAll(scan.files(), parser)) {
            found.addAll(parsed.problems());
            if (parsed.postmortem() != null) {
                postmortems.add(parsed.postmortem());
            }
        }
        found.addAll(Rules.check(postmortems, settings.policy()));

        List<Problem> problems = new ArrayList<>();
        Set<String> broken = new HashSet<>();
        for (Problem p : found) {
            Optional<Problem> leveled = settings.policy().apply(p);
            if (leveled.isPresent() && isStructural(leveled.get())) {
                broken.add(p.file());
            }
            leveled.map(q -> relevel(q, settings, mode)).ifPresent(problems::add);
        }
        postmortems.removeIf(p -> broken.contains(p.sourcePath()));
        return new ArchiveCheck(postmortems, problems);
    }

    /** Files are independent and the parser is thread-safe: parse on every core, keep the scan's order. */
    private static List<ParsedFile> parseAll(List<SourceFile> files, PostmortemParser parser) throws IOException {
        try {
            return files.parallelStream().map(file -> {
                try {
                    return parser.parse(file);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        } catch (RuntimeException e) {
            // a parallel stream may rethrow a copy of the worker's exception around the original: find ours
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof IOException io) {
                    throw io;
                }
            }
            throw e;
        }
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

    private static boolean isStructural(Problem p) {
        Optional<Rule> rule = Rule.byId(p.rule());
        return p.isError() && rule.map(Rule::structural).orElse(false);
    }
}
