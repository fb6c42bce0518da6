package io.github.postmortems.maven;

import io.github.postmortems.Report;
import io.github.postmortems.StageTimes;
import io.github.postmortems.build.BuildFailure;
import io.github.postmortems.build.BuildReport;
import io.github.postmortems.build.BuildResult;
import io.github.postmortems.build.SiteBuilder;
import io.github.postmortems.newsletter.Digests;
import io.github.postmortems.render.RenderException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.IOException;

/**
 * Builds the postmortem archive site. Bound to {@code site}, so a plain {@code mvn site} publishes it. Fails only
 * on errors that keep a page from being published correctly; {@code postmortem:check} holds the review rules.
 */
@Mojo(name = "site", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public final class SiteMojo extends ArchiveMojo {

    /** How often a long build says how far it is. */
    private static final long PROGRESS_MILLIS = 5_000;

    @Parameter(property = "postmortem.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping the postmortem site");
            return;
        }
        try {
            BuildResult result = SiteBuilder.build(settings(),
                    new StageTimes(BuildReport.progress(getLog()::info, PROGRESS_MILLIS)));
            logByRule(result.problems());
            if (!result.unreadKeys().isEmpty()) {
                getLog().info("Postmortem site: " + result.unreadKeys());
            }
            Digests.baseUrlWarning(settings()).ifPresent(getLog()::warn);
            getLog().info("Postmortem site: " + result.postmortems() + " postmortems, " + result.files()
                    + " files in " + outputDirectory);
            if (result.reused()) {
                getLog().info("Postmortem site: the archive, theme and settings are as the last build found them;"
                        + " its site is kept as it was");
            }
            if (!result.leftOut().isEmpty()) {
                getLog().warn("Postmortem site: " + Report.leftOut(result.leftOut()));
            }
            BuildReport.table(result).forEach(getLog()::info);
            if (result.searchBytes() != null) {
                result.searchBytes().overBudget(settings().searchBudgetKb()).ifPresent(getLog()::warn);
            }
        } catch (BuildFailure e) {
            log(e.problems());
            throw new MojoFailureException(e.getMessage() + "; nothing was written (see the messages above)");
        } catch (RenderException | IOException e) {
            throw new MojoExecutionException("Could not build the postmortem site: " + Report.oneLine(e.getMessage()), e);
        }
    }
}
