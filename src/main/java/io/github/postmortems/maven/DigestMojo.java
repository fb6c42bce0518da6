package io.github.postmortems.maven;

import io.github.postmortems.Report;

import io.github.postmortems.build.BuildFailure;
import io.github.postmortems.build.DigestPrinter;
import io.github.postmortems.render.DigestPages.DigestOutput;
import io.github.postmortems.render.RenderException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

/**
 * Prints one month's newsletter digest, for editors who script their mailing:
 * {@code mvn postmortem:digest -Dmonth=2025-03} writes the Markdown to standard output;
 * {@code -Dformat=email -Doutput=march.html} writes the e-mail HTML to a file.
 */
@Mojo(name = "digest", threadSafe = true)
public final class DigestMojo extends ArchiveMojo {

    /** The month, as YYYY-MM. */
    @Parameter(property = "month", required = true)
    String month;

    /** markdown, text, email or html (the site's page). */
    @Parameter(property = "format", defaultValue = "markdown")
    String format;

    /** A file to write instead of standard output. */
    @Parameter(property = "output")
    File output;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        YearMonth m;
        try {
            m = YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            throw new MojoFailureException("month '" + month + "' is not YYYY-MM, for example 2025-03");
        }
        DigestOutput kind;
        try {
            kind = DigestOutput.valueOf(format.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("format '" + format + "' is not one of " + Arrays.stream(DigestOutput.values())
                    .map(o -> o.name().toLowerCase(Locale.ROOT)).toList());
        }
        io.github.postmortems.newsletter.Digests.baseUrlWarning(settings()).ifPresent(getLog()::warn);
        String text;
        try {
            text = DigestPrinter.digest(settings(), m, kind);
        } catch (BuildFailure e) {
            log(e.problems());
            throw new MojoFailureException(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage());
        } catch (RenderException | IOException e) {
            throw new MojoExecutionException("Could not render the digest: " + Report.oneLine(e.getMessage()), e);
        }
        try {
            if (output == null) {
                // the digest itself, without Maven's log prefixes, so it can be piped
                PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                        StandardCharsets.UTF_8);
                out.print(text);
                out.flush();
            } else {
                File parent = output.getAbsoluteFile().getParentFile();
                Files.createDirectories(parent.toPath());
                Files.writeString(output.toPath(), text, StandardCharsets.UTF_8);
                getLog().info("Digest of " + m + " (" + kind.name().toLowerCase(Locale.ROOT) + ") written to " + output);
            }
        } catch (IOException e) {
            throw new MojoExecutionException("Could not write " + output + ": " + Report.oneLine(e.getMessage()), e);
        }
    }
}
