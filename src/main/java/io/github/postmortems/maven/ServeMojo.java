package io.github.postmortems.maven;

import io.github.postmortems.Report;
import io.github.postmortems.StageTimes;
import io.github.postmortems.build.BuildFailure;
import io.github.postmortems.build.BuildReport;
import io.github.postmortems.render.RenderException;
import io.github.postmortems.serve.PreviewServer;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;

/**
 * Live preview: {@code mvn postmortem:serve [-Dport=8080]} builds the site, serves it on 127.0.0.1, rebuilds what an
 * edit affects and reloads open tabs, until Ctrl-C.
 */
@Mojo(name = "serve", threadSafe = true)
public final class ServeMojo extends ArchiveMojo {

    /** How often the first build says how far it is. */
    private static final long PROGRESS_MILLIS = 5_000;

    /** The port on 127.0.0.1; 0 picks a free one. */
    @Parameter(property = "port", defaultValue = "8080")
    private int port;

    /** Where the served site is built; not the published one, which only {@code mvn site} writes. */
    @Parameter(property = "postmortem.serveDirectory", defaultValue = "${project.build.directory}/postmortem-serve/site",
            required = true)
    private File serveDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        PreviewServer server;
        try {
            server = PreviewServer.start(settings().withOutputDirectory(serveDirectory.toPath()), port,
                    new StageTimes(BuildReport.progress(getLog()::info, PROGRESS_MILLIS)), getLog()::info);
        } catch (BuildFailure e) {
            log(e.problems());
            throw new MojoFailureException(e.getMessage() + "; fix them, then serve again");
        } catch (RenderException | IOException e) {
            throw new MojoExecutionException("Could not serve the postmortem site: " + Report.oneLine(e.getMessage()), e);
        }
        Thread stop = new Thread(() -> {
            try {
                server.close();
            } catch (IOException e) {
                getLog().warn("Stopping the preview: " + Report.oneLine(e.getMessage()));
            }
        }, "postmortem-serve-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        getLog().info("Serving the postmortems at " + server.address() + " (Ctrl-C stops)");
        try {
            server.awaitClose();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop.run();
        }
    }
}
