package io.github.postmortems.maven;

import io.github.postmortems.Report;
import io.github.postmortems.index.IndexSearch;
import io.github.postmortems.index.SearchHit;
import io.github.postmortems.index.SearchIndex;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * Queries the search index of the last site build with Lucene's query syntax:
 * {@code mvn postmortem:search -Dq="disk full"}, {@code -Dq='"certificate expired" AND system:identity'}.
 * Plain words rank exactly as the site's search page ranks them.
 */
@Mojo(name = "search", requiresProject = false, threadSafe = true)
public final class SearchMojo extends AbstractMojo {

    /** The query: words, "phrases", AND/OR/NOT, field:value (system, year, status, severity...), prefix*. */
    @Parameter(property = "q", required = true)
    private String q;

    /** {@code text} (rank, title, page, snippet) or {@code tsv} (rank, score, page, title). */
    @Parameter(property = "format", defaultValue = "text")
    private String format;

    /** How many hits to print. */
    @Parameter(property = "count", defaultValue = "10")
    private int count;

    /** The site directory of the build whose index to query; the index lives beside it. */
    @Parameter(property = "postmortem.outputDirectory", defaultValue = "${project.reporting.outputDirectory}",
            required = true)
    private File outputDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (!format.equals("text") && !format.equals("tsv")) {
            throw new MojoFailureException("format '" + format + "' is not text or tsv");
        }
        List<SearchHit> hits;
        try {
            hits = IndexSearch.search(SearchIndex.directoryFor(outputDirectory.toPath()), q, Math.max(1, count));
        } catch (IndexSearch.InvalidQuery e) {
            throw new MojoFailureException(e.getMessage());
        } catch (FileNotFoundException e) {
            throw new MojoFailureException(e.getMessage() + " (mvn site)");
        } catch (IOException e) {
            throw new MojoExecutionException("Could not read the search index: " + Report.oneLine(e.getMessage()), e);
        }
        // plain stdout: the output is meant for people and for pipes, not for Maven's log
        System.out.print(format.equals("tsv") ? tsv(hits) : text(hits));
        System.out.flush();
    }

    public static String tsv(List<SearchHit> hits) {
        StringBuilder out = new StringBuilder();
        for (SearchHit h : hits) {
            out.append(h.rank()).append('\t').append(h.score()).append('\t').append(h.page()).append('\t')
                    .append(Report.oneLine(h.title()).replace("\\t", " ")).append('\n');
        }
        return out.toString();
    }

    public static String text(List<SearchHit> hits) {
        if (hits.isEmpty()) {
            return "No postmortem matches.\n";
        }
        StringBuilder out = new StringBuilder();
        for (SearchHit h : hits) {
            out.append(String.format(Locale.ROOT, "%2d. %s%n    %s%n", h.rank(), Report.oneLine(h.title()), Report.oneLine(h.page())));
            if (!h.snippet().isEmpty()) {
                out.append("    ").append(Report.oneLine(h.snippet())).append(System.lineSeparator());
            }
        }
        return out.toString();
    }
}
