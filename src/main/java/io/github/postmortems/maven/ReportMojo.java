package io.github.postmortems.maven;

import io.github.postmortems.Report;
import io.github.postmortems.StageTimes;
import io.github.postmortems.build.BuildFailure;
import io.github.postmortems.build.BuildResult;
import io.github.postmortems.build.SiteBuilder;
import io.github.postmortems.render.RenderException;
import io.github.postmortems.write.SiteWriter;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.MavenReport;
import org.apache.maven.reporting.MavenReportException;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Locale;

/**
 * The archive as a report of a project's own Maven site: under {@code <reporting>}, {@code mvn site} builds it into
 * {@code target/site/postmortems/} and lists "Postmortems" among the project reports. Set {@code archiveDirectory}
 * to the folder that holds the year folders.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public final class ReportMojo extends ArchiveMojo implements MavenReport {

    /** The folder of the project's site that holds the archive; the menu links to its index page. */
    private static final String FOLDER = "postmortems";

    /** Where the archive is built before it is copied into the project's site (its search index stays here). */
    @Parameter(defaultValue = "${project.build.directory}/postmortem-report/site", readonly = true)
    private File buildDirectory;

    @Parameter(defaultValue = "${project.reporting.outputDirectory}", readonly = true)
    private File reportOutputDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        build();
    }

    @Override
    public void generate(Sink sink, Locale locale) throws MavenReportException {
        // an external report: maven-site-plugin links its menu entry to our pages and renders nothing of its own
        try {
            build();
        } catch (MojoExecutionException | MojoFailureException e) {
            throw new MavenReportException(e.getMessage(), e);
        }
    }

    private void build() throws MojoExecutionException, MojoFailureException {
        try {
            BuildResult result = SiteBuilder.build(settings().withOutputDirectory(buildDirectory.toPath()),
                    StageTimes.silent());
            logByRule(result.problems());
            SiteWriter.mirror(buildDirectory.toPath(), reportOutputDirectory.toPath().resolve(FOLDER));
            getLog().info("Postmortems report: " + result.postmortems() + " postmortems, " + result.files()
                    + " files in " + reportOutputDirectory.toPath().resolve(FOLDER));
        } catch (BuildFailure e) {
            log(e.problems());
            throw new MojoFailureException(e.getMessage() + "; nothing was written (see the messages above)");
        } catch (RenderException | IOException e) {
            throw new MojoExecutionException("Could not build the postmortems report: "
                    + Report.oneLine(e.getMessage()), e);
        }
    }

    @Override
    public String getOutputName() {
        return FOLDER + "/index";
    }

    @Override
    public String getOutputPath() {
        return getOutputName();
    }

    @Override
    public String getCategoryName() {
        return CATEGORY_PROJECT_REPORTS;
    }

    @Override
    public String getName(Locale locale) {
        return "Postmortems";
    }

    @Override
    public String getDescription(Locale locale) {
        return "The project's postmortems: incidents, their causes, action items and lessons, with search.";
    }

    @Override
    public void setReportOutputDirectory(File directory) {
        this.reportOutputDirectory = directory;
    }

    @Override
    public File getReportOutputDirectory() {
        return reportOutputDirectory;
    }

    @Override
    public boolean isExternalReport() {
        return true;
    }

    @Override
    public boolean canGenerateReport() {
        return Files.isDirectory(archiveDirectory.toPath());
    }
}
