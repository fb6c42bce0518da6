package io.github.postmortems.maven;

import io.github.postmortems.Report;
import io.github.postmortems.index.IndexSearch;
import io.github.postmortems.index.SearchHit;
import io.github.postmortems.index.SearchIndex;
import io.github.postmortems.index.SearchOutput;
import io.github.postmortems.index.SearchResults;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.List;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/**
 * Queries the search index of the last site build with the site's search rules and query language:
 * {@code mvn postmortem:search -Dq="disk full"}, {@code -Dq='"certificate expired" system:identity ttr:>2h'}.
 * The results are those the site's search page shows for the same query, in the same order with the same scores.
 */
@Mojo(name = "search", requiresProject = false, threadSafe = true)
public final class SearchMojo extends AbstractMojo {

    /**
     * The query: words (the last also as a prefix), "phrases", -excluded, system:, severity:, year:, status:,
     * ttr:, ttd:, after:, before:, each filter also after a minus to leave out what it matches (-system:payments,
     * -status:draft). Empty lists everything, newest first. On the site's search page a typed filter ticks its
     * facet box.
     */
    @Parameter(property = "q", defaultValue = "")
    private String q;

    /** {@code relevance} (all words first, then score), {@code date} (newest first) or {@code severity}. */
    @Parameter(property = "sort", defaultValue = "relevance")
    private String sort;

    /** {@code text} (rank, title, page, snippet), {@code tsv} (rank, score, page, title) or {@code json}. */
    @Parameter(property = "format", defaultValue = "text")
    private String format;

    /** A file to write the results to, byte for byte, instead of standard output. */
    @Parameter(property = "output")
    private File output;

    /** How many hits to print. */
    @Parameter(property = "count", defaultValue = "10")
    private int count;

    /** The site directory of the build whose index to query; the index lives beside it. */
    @Parameter(property = "postmortem.outputDirectory", defaultValue = "${project.reporting.outputDirectory}",
            required = true)
    private File outputDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (!SearchOutput.FORMATS.contains(format)) {
            throw new MojoFailureException("format '" + format + "' is not one of " + String.join(", ",
                    SearchOutput.FORMATS));
        }
        IndexSearch.Sort order = IndexSearch.Sort.named(sort);
        if (order == null) {
            throw new MojoFailureException("sort '" + sort + "' is not one of "
                    + String.join(", ", IndexSearch.Sort.NAMES));
        }
        SearchResults results;
        try {
            results = IndexSearch.search(SearchIndex.directoryFor(outputDirectory.toPath()), q == null ? "" : q,
                    order, Math.max(1, count));
        } catch (FileNotFoundException e) {
            throw new MojoFailureException(e.getMessage() + " (mvn site)");
        } catch (IOException e) {
            throw new MojoExecutionException("Could not read the search index: " + Report.oneLine(e.getMessage()), e);
        }
        results.notes().forEach(n -> getLog().warn(n));
        if (!format.equals("text")) {
            // results alone on the output; what a reader would read above them goes to the log
            getLog().info(results.summary());
            if (results.didYouMean() != null) {
                getLog().info("Did you mean: " + results.didYouMean());
            }
        }
        List<SearchHit> hits = results.hits();
        String text = SearchOutput.format(results, format);
        try {
            if (output == null) {
                // the file descriptor itself: System.out is Maven's console stream, with its log's colour codes
                PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true,
                        StandardCharsets.UTF_8);
                out.print(text);
                out.flush();
            } else {
                Files.createDirectories(output.getAbsoluteFile().getParentFile().toPath());
                Files.writeString(output.toPath(), text, StandardCharsets.UTF_8);
                getLog().info(hits.size() + " results written to " + output);
            }
        } catch (IOException e) {
            throw new MojoExecutionException("Could not write " + output + ": " + Report.oneLine(e.getMessage()), e);
        }
    }
}
