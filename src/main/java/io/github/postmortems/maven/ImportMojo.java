package io.github.postmortems.maven;

import io.github.postmortems.Report;
import io.github.postmortems.adopt.ArchiveImport;
import io.github.postmortems.adopt.ImportPlan;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;

/**
 * Files a folder of existing postmortems into the archive as {@code YYYY/MM.system.event.md}:
 * {@code mvn postmortem:import -Dfrom=DIR [-Dsystem=NAME] [-Dapply [-DleaveUnplaced]]}. Without {@code -Dapply} it
 * only prints the plan.
 */
@Mojo(name = "import", requiresProject = false, threadSafe = true)
public final class ImportMojo extends ArchiveMojo {

    /** The folder holding the postmortems to import, searched with its subfolders. */
    @Parameter(property = "from", required = true)
    private File from;

    /** The system for files whose front matter and folders name none. */
    @Parameter(property = "system")
    private String system;

    /** Moves the files; without it the goal only prints the plan. */
    @Parameter(property = "apply", defaultValue = "false")
    private boolean apply;

    /** Moves what can be moved even when some files collide or cannot be placed; those stay where they are. */
    @Parameter(property = "leaveUnplaced", defaultValue = "false")
    private boolean leaveUnplaced;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        File folder = from.isAbsolute() ? from : new File(archiveDirectory, from.getPath());
        ImportPlan plan;
        try {
            plan = ArchiveImport.plan(new ArchiveImport.Request(folder.toPath(), archiveDirectory.toPath(), system,
                    fieldAliases()));
        } catch (IOException e) {
            throw new MojoFailureException("Cannot import: " + Report.oneLine(e.getMessage()));
        }
        getLog().info("Import from " + plan.from() + " into " + plan.archive()
                + (apply ? "" : " (dry run: -Dapply moves the files)"));
        plan.lines().forEach(getLog()::info);
        if (!apply) {
            return;
        }
        try {
            ArchiveImport.apply(plan, leaveUnplaced).forEach(getLog()::info);
        } catch (ArchiveImport.Refused e) {
            throw new MojoFailureException(e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("The import stopped part way: " + Report.oneLine(e.getMessage())
                    + "; git status shows what moved", e);
        }
    }
}
