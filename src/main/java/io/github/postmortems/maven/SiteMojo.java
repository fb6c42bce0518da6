package io.github.postmortems.maven;

import io.github.postmortems.BuildFailure;
import io.github.postmortems.BuildResult;
import io.github.postmortems.Problem;
import io.github.postmortems.SiteBuilder;
import io.github.postmortems.SiteSettings;
import io.github.postmortems.render.RenderException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.ZoneId;

/** Builds the postmortem archive site. Bound to {@code site}, so a plain {@code mvn site} publishes it. */
@Mojo(name = "site", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public final class SiteMojo extends AbstractMojo {

    /** The archive: the directory holding the year folders. */
    @Parameter(property = "postmortem.archiveDirectory", defaultValue = "${basedir}", required = true)
    private File archiveDirectory;

    /** Where the site is written; replaced as a whole when the build succeeds. */
    @Parameter(property = "postmortem.outputDirectory", defaultValue = "${project.reporting.outputDirectory}",
            required = true)
    private File outputDirectory;

    /** The site's name, shown in every page's header. */
    @Parameter(property = "postmortem.title", defaultValue = "${project.name}")
    private String title;

    /** The absolute URL the site is published under, for feeds and e-mails. */
    @Parameter(property = "postmortem.baseUrl")
    private String baseUrl;

    /** A directory with {@code templates/} and {@code assets/} whose files replace the default theme's. */
    @Parameter(property = "postmortem.themeDirectory")
    private File themeDirectory;

    /** The zone for times written without one. */
    @Parameter(property = "postmortem.timeZone", defaultValue = "UTC")
    private String timeZone;

    /** Passes raw HTML in the Markdown through instead of escaping it. */
    @Parameter(property = "postmortem.allowRawHtml", defaultValue = "false")
    private boolean allowRawHtml;

    /** False reports errors as warnings and leaves the files that have them out of the site. */
    @Parameter(property = "postmortem.failOnErrors", defaultValue = "true")
    private boolean failOnErrors;

    @Parameter(property = "postmortem.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping the postmortem site");
            return;
        }
        SiteSettings settings = new SiteSettings(archiveDirectory.toPath(), outputDirectory.toPath(),
                title == null || title.isBlank() ? "Postmortems" : title, baseUrl,
                themeDirectory == null ? null : themeDirectory.toPath(), zone(), allowRawHtml, failOnErrors);
        try {
            BuildResult result = SiteBuilder.build(settings);
            result.problems().forEach(p -> getLog().warn(p.toString()));
            getLog().info("Postmortem site: " + result.postmortems() + " postmortems, " + result.files()
                    + " files in " + outputDirectory);
        } catch (BuildFailure e) {
            for (Problem p : e.problems()) {
                if (p.isError()) {
                    getLog().error(p.toString());
                } else {
                    getLog().warn(p.toString());
                }
            }
            throw new MojoFailureException(e.getMessage() + "; nothing was written (see the messages above)");
        } catch (RenderException | IOException e) {
            throw new MojoExecutionException("Could not build the postmortem site: " + e.getMessage(), e);
        }
    }

    private ZoneId zone() throws MojoFailureException {
        try {
            return ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            throw new MojoFailureException("timeZone '" + timeZone + "' is not a zone ID such as UTC or Europe/Berlin");
        }
    }
}
