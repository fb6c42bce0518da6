package io.github.postmortems.maven;

import io.github.postmortems.Report;
import io.github.postmortems.index.IndexSearch;
import io.github.postmortems.index.SearchHit;
import io.github.postmortems.index.SearchIndex;
import io.github.postmortems.index.SearchOutput;
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
 * Queries the search index of the last site build with Lucene's query syntax:
 * {@code mvn postmortem:search -Dq="disk full"}, {@code -Dq='"certificate expired" AND system:identity'}.
 * Plain words rank exactly as the site's search page ranks them.
 */
@Mojo(name = "search", requiresProject = false, threadSafe = true)
public final class SearchMojo extends AbstractMojo {

    /** The query: words, "phrases", AND/OR/NOT, field:value (system, year, status, severity...), prefix*. */
    @Parameter(property = "q", required = true)
    private String q;

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
        IndexSearch.syntaxProblem(q).ifPresent(why -> getLog().warn("The query is not Lucene query syntax (" + why
                + "); searching its words instead"));
        List<SearchHit> hits;
        try {
            hits = IndexSearch.search(SearchIndex.directoryFor(outputDirectory.toPath()), q, Math.max(1, count));
        } catch (FileNotFoundException e) {
            throw new MojoFailureException(e.getMessage() + " (mvn site)");
        } catch (IOException e) {
            throw new MojoExecutionException("Could not read the search index: " + Report.oneLine(e.getMessage()), e);
        }
        String text = SearchOutput.format(hits, format);
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
