package io.github.postmortems.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.postmortems.Problem;
import io.github.postmortems.StageTimes;
import io.github.postmortems.build.BuildFailure;
import io.github.postmortems.build.LiveSite;
import io.github.postmortems.config.SiteSettings;
import io.github.postmortems.render.RenderException;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * {@code postmortem:serve}: builds the site, serves it on 127.0.0.1 with the JDK's HTTP server, and keeps it in step
 * with the archive and the theme ({@link LiveSite}). Served pages, and only they, carry a script that reloads them
 * when the site changes (server-sent events), each postmortem's {@code postmortem:check} findings above its text,
 * and, while the latest edit cannot be published, its {@code path:line} messages over the last good site.
 */
public final class PreviewServer implements Closeable {

    /** Where the preview's own files are served; no site path starts with it (site paths are relative). */
    static final String OWN = "/__serve/";
    private static final long HEARTBEAT_MILLIS = 15_000;
    private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"), Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"), Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"),
            Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("log", "text/plain; charset=utf-8"),
            Map.entry("md", "text/plain; charset=utf-8"), Map.entry("csv", "text/csv; charset=utf-8"),
            Map.entry("pdf", "application/pdf"));

    private final LiveSite site;
    private final HttpServer server;
    private final ExecutorService threads;
    private final ArchiveWatcher watcher;
    private final Consumer<String> log;
    private final Object stopped = new Object();
    private volatile boolean running = true;

    private PreviewServer(LiveSite site, SiteSettings settings, int port, Consumer<String> log) throws IOException {
        this.site = site;
        this.log = log;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        this.threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "postmortem-serve-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        this.watcher = ArchiveWatcher.start(settings.archiveDirectory(), settings.themeDirectory(), this::changed);
        server.start();
    }

    /**
     * Builds the site of {@code settings} into its output directory and serves it on 127.0.0.1:{@code port} (0 for
     * any free port) until {@link #close()}. Fails as a build fails when the archive cannot be published as it is.
     */
    public static PreviewServer start(SiteSettings settings, int port, StageTimes times, Consumer<String> log)
            throws IOException, BuildFailure, RenderException {
        LiveSite site = LiveSite.open(settings, times);
        try {
            return new PreviewServer(site, settings, port, log);
        } catch (IOException | RuntimeException e) {
            site.close();
            throw e;
        }
    }

    public URI address() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** Blocks until the server is closed (by another thread, or by a shutdown hook on Ctrl-C). */
    public void awaitClose() throws InterruptedException {
        synchronized (stopped) {
            while (running) {
                stopped.wait();
            }
        }
    }

    private void changed(Set<Path> paths) {
        long start = System.nanoTime();
        try {
            LiveSite.Update update = site.update(paths);
            List<String> broken = site.broken();
            if (!broken.isEmpty()) {
                broken.forEach(line -> log.accept("not shown: " + line));
            } else {
                log.accept((update.full() ? "rebuilt the site" : "rewrote " + update.rewritten().size() + " files")
                        + " in " + (System.nanoTime() - start) / 1_000_000 + " ms");
            }
        } catch (IOException | RuntimeException e) {
            log.accept("could not update the site: " + io.github.postmortems.Report.oneLine(String.valueOf(e)));
        }
        synchronized (this) {
            notifyAll(); // wakes the event streams
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                send(exchange, 405, "text/plain; charset=utf-8", "only GET and HEAD\n".getBytes(StandardCharsets.UTF_8));
            } else if (path.equals(OWN + "events")) {
                events(exchange);
            } else if (path.equals(OWN + "reload.js")) {
                send(exchange, 200, TYPES.get("js"), PreviewPage.RELOAD_SCRIPT.getBytes(StandardCharsets.UTF_8));
            } else if (path.equals(OWN + "serve.css")) {
                send(exchange, 200, TYPES.get("css"), PreviewPage.STYLE.getBytes(StandardCharsets.UTF_8));
            } else {
                file(exchange, path); // URI.getPath() has already decoded it
            }
        }
    }

    private void file(HttpExchange exchange, String path) throws IOException {
        String relative = path.substring(1);
        if (relative.isEmpty() || relative.endsWith("/")) {
            relative += "index.html";
        }
        Path root = site.directory();
        Path file = root.resolve(relative).normalize();
        if (!file.startsWith(root) || relative.contains("\\")) {
            send(exchange, 404, TYPES.get("txt"), "not found\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (Files.isDirectory(file)) {
            exchange.getResponseHeaders().add("Location", path + "/");
            send(exchange, 301, TYPES.get("txt"), new byte[0]);
            return;
        }
        byte[] bytes;
        site.lock().readLock().lock();
        try {
            bytes = read(file);
        } finally {
            site.lock().readLock().unlock();
        }
        if (bytes == null) {
            send(exchange, 404, TYPES.get("html"), PreviewPage.notFound(relative, site.broken())
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        String extension = relative.substring(relative.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        if (extension.equals("html") && !relative.endsWith(".email.html")) {
            String page = PreviewPage.inject(new String(bytes, StandardCharsets.UTF_8), site.broken(),
                    site.findings(relative).stream().map(Problem::toString).toList());
            bytes = page.getBytes(StandardCharsets.UTF_8);
        }
        send(exchange, 200, TYPES.getOrDefault(extension, "application/octet-stream"), bytes);
    }

    /** The file's bytes, or null; a full build swaps the whole site in, so a file missing for a moment is read again. */
    private static byte[] read(Path file) throws IOException {
        for (int attempt = 0; ; attempt++) {
            try {
                return Files.readAllBytes(file);
            } catch (NoSuchFileException e) {
                if (attempt == 2) {
                    return null;
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return null;
                }
            }
        }
    }

    /** Server-sent events: the site's generation now, then each time it changes, until the client or we stop. */
    private void events(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().add("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        long sent = -1;
        try {
            while (running) {
                long generation = site.generation();
                String message = generation != sent ? "event: reload\ndata: " + generation + "\n\n" : ": still here\n\n";
                out.write(message.getBytes(StandardCharsets.UTF_8));
                out.flush();
                sent = generation;
                synchronized (this) {
                    if (running && site.generation() == sent) {
                        wait(HEARTBEAT_MILLIS);
                    }
                }
            }
        } catch (IOException e) {
            // the tab was closed
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.getResponseHeaders().add("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head) {
            exchange.getResponseBody().write(body);
        }
    }

    /** Stops watching, ends the event streams, stops the server and releases the index. */
    @Override
    public void close() throws IOException {
        if (!running) {
            return;
        }
        running = false;
        synchronized (this) {
            notifyAll();
        }
        try {
            watcher.close();
            server.stop(0);
            threads.shutdownNow();
            threads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            site.close();
            synchronized (stopped) {
                stopped.notifyAll();
            }
        }
    }
}
