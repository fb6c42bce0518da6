package io.github.postmortems.maven;

import io.github.postmortems.Report;
import io.github.postmortems.build.ArchiveCheck;
import io.github.postmortems.build.BuildFailure;
import io.github.postmortems.build.SiteBuilder;
import io.github.postmortems.validate.Baseline;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes today's findings to {@code postmortem-baseline.txt} in the archive, so that {@code postmortem:check} fails
 * only on new ones: how an archive with years of postmortems adopts the gate. Commit the file; delete its lines as
 * the findings are fixed.
 */
@Mojo(name = "baseline", requiresProject = false, threadSafe = true)
public final class BaselineMojo extends ArchiveMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Path file = archiveDirectory.toPath().resolve(Baseline.FILE);
        try {
            ArchiveCheck result = SiteBuilder.check(settings(), SiteBuilder.Mode.CHECK);
            Baseline.write(file, result.problems());
            long files = result.problems().stream().map(p -> p.file()).distinct().count();
            getLog().info("Baseline: " + result.problems().size() + " findings in " + files + " files written to "
                    + file + "; postmortem:check now fails only on new findings");
        } catch (BuildFailure e) {
            log(e.problems());
            throw new MojoFailureException(e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("Could not write " + file + ": " + Report.oneLine(e.getMessage()), e);
        }
    }
}
