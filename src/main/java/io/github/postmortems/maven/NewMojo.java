package io.github.postmortems.maven;

import io.github.postmortems.Report;
import io.github.postmortems.author.NewPostmortem;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * Starts a postmortem from the archive's template:
 * {@code mvn postmortem:new -Dsystem=payments -Devent=card-timeouts [-Ddate=2025-03-14] [-Dtitle="..."]}.
 */
@Mojo(name = "new", threadSafe = true)
public final class NewMojo extends AbstractMojo {

    @Parameter(property = "postmortem.archiveDirectory", defaultValue = "${basedir}", required = true)
    private File archiveDirectory;

    /** The system that failed, as in the file name: lowercase letters, digits and hyphens. */
    @Parameter(property = "system", required = true)
    private String system;

    /** A few words for what happened, as in the file name: lowercase letters, digits and hyphens. */
    @Parameter(property = "event", required = true)
    private String event;

    /** The day of the incident, YYYY-MM-DD; today in {@code timeZone} when not given. */
    @Parameter(property = "date")
    private String date;

    @Parameter(property = "title")
    private String title;

    @Parameter(property = "postmortem.timeZone", defaultValue = "UTC")
    private String timeZone;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        LocalDate day;
        try {
            day = date == null || date.isBlank() ? LocalDate.now(ZoneId.of(timeZone)) : LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw new MojoFailureException("date '" + Report.oneLine(date) + "' is not YYYY-MM-DD");
        }
        Path archive = archiveDirectory.toPath();
        NewPostmortem postmortem = new NewPostmortem(system.strip(), event.strip(), day, title,
                NewPostmortem.gitAuthor(archive).orElse(null));
        try {
            postmortem.create(archive);
            getLog().info("Created " + postmortem.relativePath() + " and its folder for attachments; "
                    + "fill it in, then run mvn postmortem:check");
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(Report.oneLine(e.getMessage()));
        } catch (FileAlreadyExistsException e) {
            throw new MojoFailureException(Report.oneLine(e.getFile() + ": " + e.getReason()));
        } catch (IOException e) {
            throw new MojoExecutionException("Could not write the postmortem: " + Report.oneLine(e.getMessage()), e);
        }
    }
}
