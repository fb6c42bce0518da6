package io.github.postmortems;

import io.github.postmortems.aggregate.Catalog;
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
import io.github.postmortems.validate.Rules;
import io.github.postmortems.write.SiteWriter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the site: scan, parse, validate, aggregate, index, render, write. Every finding of every file is collected
 * before anything is written, so one run reports them all and a failing archive never yields a partial site.
 */
public final class SiteBuilder {

    private SiteBuilder() {
    }

    public static BuildResult build(SiteSettings settings) throws IOException, BuildFailure, RenderException {
        ScanResult scan = Archive.scan(settings.archiveDirectory());
        List<Problem> problems = new ArrayList<>(scan.problems());
        List<Postmortem> postmortems = read(scan.files(), new PostmortemParser(settings.allowRawHtml()), problems);

        if (!settings.failOnErrors()) {
            problems.replaceAll(Problem::asWarning);
        }
        problems.sort(null);
        if (problems.stream().anyMatch(Problem::isError)) {
            throw new BuildFailure(problems);
        }

        Catalog catalog = Catalog.of(postmortems);
        try (SearchIndex search = SearchIndex.build(catalog.newestFirst(),
                SearchIndex.directoryFor(settings.outputDirectory()));
             SiteWriter out = SiteWriter.open(settings.outputDirectory())) {
            new SiteRenderer(new Theme(settings.themeDirectory()), settings).render(catalog, search, out);
            out.commit();
            return new BuildResult(problems, postmortems.size(), out.fileCount());
        }
    }

    /** Parses and checks each file; a file with an error stays out of the site. */
    static List<Postmortem> read(List<SourceFile> files, PostmortemParser parser, List<Problem> problems)
            throws IOException {
        List<Postmortem> postmortems = new ArrayList<>();
        for (SourceFile file : files) {
            ParsedFile parsed = parser.parse(file);
            List<Problem> found = new ArrayList<>(parsed.problems());
            if (parsed.postmortem() != null) {
                found.addAll(Rules.check(parsed.postmortem()));
                if (found.stream().noneMatch(Problem::isError)) {
                    postmortems.add(parsed.postmortem());
                }
            }
            problems.addAll(found);
        }
        return postmortems;
    }
}
