package io.github.postmortems.maven;

import io.github.postmortems.build.ArchiveCheck;
import io.github.postmortems.build.CheckReports;
import io.github.postmortems.Problem;
import io.github.postmortems.Report;
import io.github.postmortems.build.SiteBuilder;
import io.github.postmortems.validate.Baseline;
import io.github.postmortems.validate.SiteLinks;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The review gate: every rule, every file, one run, and, when a site has been built, its links. Prints {@code path:line: level: message [rule]} sorted, a
 * summary, and GitHub annotations when running in GitHub Actions; writes SARIF ({@code postmortem-check.sarif}) and
 * JUnit XML ({@code TEST-postmortem-check.xml}) reports under {@code target/}; fails when there are errors. Findings
 * in the archive's {@code postmortem-baseline.txt} are accepted and not counted. Bind it to
 * {@code verify} so a pull request's CI says what a postmortem still lacks.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends ArchiveMojo {

    @Parameter(property = "postmortem.check.skip", defaultValue = "false")
    private boolean skip;

    /** Where the SARIF and JUnit XML reports go. */
    @Parameter(property = "postmortem.check.reportDirectory", defaultValue = "${project.build.directory}")
    private java.io.File reportDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping the postmortem check");
            return;
        }
        ArchiveCheck result;
        try {
            result = SiteBuilder.check(settings(), SiteBuilder.Mode.CHECK);
        } catch (io.github.postmortems.build.BuildFailure e) {
            log(e.problems());
            throw new MojoFailureException(e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("Could not read the postmortem archive: " + Report.oneLine(e.getMessage()), e);
        }
        if (Files.isRegularFile(outputDirectory.toPath().resolve("index.html"))) {
            try {
                List<Problem> all = new ArrayList<>(result.problems());
                all.addAll(SiteLinks.check(outputDirectory.toPath(), sitePrefix()));
                result = result.withProblems(all);
            } catch (IOException e) {
                throw new MojoExecutionException("Could not read the built site: " + Report.oneLine(e.getMessage()), e);
            }
        }
        int known = 0;
        try {
            Baseline baseline = Baseline.read(archiveDirectory.toPath().resolve(Baseline.FILE));
            List<Problem> fresh = baseline.newFindings(result.problems());
            known = result.problems().size() - fresh.size();
            result = result.withProblems(fresh);
        } catch (IOException e) {
            throw new MojoExecutionException("Could not read " + Baseline.FILE + ": " + Report.oneLine(e.getMessage()), e);
        }
        log(result.problems());
        String unread = io.github.postmortems.aggregate.UnreadKeys.line(result.postmortems(),
                settings().showFields().keySet());
        if (!unread.isEmpty()) {
            getLog().info("Postmortem check: " + unread);
        }
        try {
            CheckReports.write(reportDirectory.toPath(), result, repositoryPrefix());
        } catch (IOException e) {
            throw new MojoExecutionException("Could not write the check's reports: " + Report.oneLine(e.getMessage()), e);
        }
        if ("true".equals(System.getenv("GITHUB_ACTIONS"))) {
            String prefix = repositoryPrefix();
            for (Problem p : result.problems()) {
                // workflow commands must start the line, so they bypass Maven's log prefix
                System.out.println(Report.githubAnnotation(p, prefix));
            }
        }
        String summary = Report.summary(result.problems(), result.postmortems().size())
                + (result.leftOut().isEmpty() ? "" : "; " + Report.leftOut(result.leftOut()))
                + (known == 0 ? "" : "; " + known + (known == 1 ? " finding" : " findings") + " in " + Baseline.FILE
                + " not counted");
        if (result.hasErrors()) {
            throw new MojoFailureException("Postmortem check: " + summary);
        }
        getLog().info("Postmortem check: " + summary);
    }

    /** How findings name the built site's files: its path from the archive, e.g. {@code target/site/}. */
    private String sitePrefix() {
        Path archive = archiveDirectory.toPath().toAbsolutePath().normalize();
        Path out = outputDirectory.toPath().toAbsolutePath().normalize();
        return (out.startsWith(archive) ? archive.relativize(out).toString().replace('\\', '/') : out.toString()) + "/";
    }

    /** The archive's path from the working directory (the repository root in CI), so annotations land on files. */
    private String repositoryPrefix() {
        Path root = Path.of("").toAbsolutePath();
        Path archive = archiveDirectory.toPath().toAbsolutePath().normalize();
        if (!archive.startsWith(root) || archive.equals(root)) {
            return "";
        }
        return root.relativize(archive).toString().replace('\\', '/') + "/";
    }
}
