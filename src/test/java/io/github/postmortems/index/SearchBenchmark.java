package io.github.postmortems.index;

import com.sun.net.httpserver.HttpServer;
import io.github.postmortems.build.SiteBuilder;
import io.github.postmortems.config.SiteSettings;
import io.github.postmortems.aggregate.Catalog;
import io.github.postmortems.parse.ParsedFile;
import io.github.postmortems.parse.Postmortem;
import io.github.postmortems.parse.PostmortemParser;
import io.github.postmortems.scan.Archive;
import io.github.postmortems.scan.SourceFile;
import io.github.postmortems.write.SiteWriter;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The search benchmark: a separate command that prints numbers, never a test.
 *
 * <pre>bench/search-benchmark.sh 10000 target/bench /path/to/pagefind</pre>
 *
 * Generates an archive, builds the site (timing the Lucene index and the browser export), measures search bytes
 * on disk and per query (Node), query latency in Node and in headless Chromium from file://, and, when a
 * Pagefind binary is given, runs Pagefind 1.x over the same site and measures it in the same Chromium over HTTP
 * (Pagefind cannot search from file://).
 */
public final class SearchBenchmark {

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path work = Path.of(args.length > 1 ? args[1] : "target/bench").toAbsolutePath();
        String pagefind = args.length > 2 && !args[2].equals("-") ? args[2] : null;
        boolean reuse = args.length > 3 && args[3].equals("reuse"); // measure an existing build again
        Path archive = work.resolve("archive-" + size);
        if (!Files.isDirectory(archive)) {
            ArchiveGenerator.generate(archive, size, 42);
        }
        Path site = work.resolve("site-" + size);

        if (!reuse || !Files.isDirectory(site)) {
            build(archive, site, work, pagefind);
        }
        measure(archive, site, work, pagefind != null);
    }

    private static void build(Path archive, Path site, Path work, String pagefind) throws Exception {
        long t0 = System.nanoTime();
        SiteBuilder.build(SiteSettings.defaults(archive, site, io.github.postmortems.Fixtures.TODAY).withFailOnErrors(false));
        long siteMs = (System.nanoTime() - t0) / 1_000_000;
        if (pagefind != null) {
            t0 = System.nanoTime();
            Process p = new ProcessBuilder(pagefind, "--site", site.toString()).redirectErrorStream(true).start();
            String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new IllegalStateException("pagefind failed:\n" + log);
            }
            long[] disk = sizeOf(site.resolve("pagefind"));
            System.out.printf(Locale.ROOT, "pagefind: index %d ms, %,d bytes in %d files%n",
                    (System.nanoTime() - t0) / 1_000_000, disk[0], disk[1]);
        }

        PostmortemParser parser = new PostmortemParser(false);
        List<Postmortem> postmortems = new ArrayList<>();
        for (SourceFile f : Archive.scan(archive).files()) {
            ParsedFile parsed = parser.parse(f);
            if (parsed.postmortem() != null) {
                postmortems.add(parsed.postmortem());
            }
        }
        List<io.github.postmortems.model.Summary> summaries = postmortems.stream()
                .map(io.github.postmortems.TestPostmortems::summary).toList();
        t0 = System.nanoTime();
        long exportMs;
        long relatedMs;
        try (SearchIndex index = SearchIndex.build(postmortems, summaries, work.resolve("bench-index"))) {
            long indexMs = (System.nanoTime() - t0) / 1_000_000;
            t0 = System.nanoTime();
            try (SiteWriter out = SiteWriter.open(work.resolve("bench-export"))) {
                index.writeBrowserIndex(out);
            }
            exportMs = (System.nanoTime() - t0) / 1_000_000;
            t0 = System.nanoTime();
            for (Postmortem p : postmortems) {
                index.related(p.pagePath());
            }
            relatedMs = (System.nanoTime() - t0) / 1_000_000;
            System.out.printf(Locale.ROOT, "archive: %d postmortems; whole site build %d ms; Lucene index %d ms; "
                    + "browser export %d ms; related incidents (MoreLikeThis, all pages) %d ms%n",
                    postmortems.size(), siteMs, indexMs, exportMs, relatedMs);
        }
    }

    private static void measure(Path archive, Path site, Path work, boolean pagefind) throws Exception {

        long[] disk = sizeOf(site.resolve("search"));
        long script = Files.size(site.resolve("assets/search.js"));
        System.out.printf(Locale.ROOT, "search bytes on disk: %,d in %d files under search/ + %,d assets/search.js%n",
                disk[0], disk[1], script);

        List<String> queries = RankingParityTest.queries(archive, 200, new Random(1));
        Path queryFile = work.resolve("queries.hex");
        Files.writeString(queryFile, queries.stream().map(NodeScript::hex).collect(Collectors.joining("\n", "", "\n")));
        Process node = new ProcessBuilder("node", "src/test/js/bench.js", site.toString(), queryFile.toString())
                .redirectErrorStream(true).start();
        String nodeOut = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        node.waitFor();
        System.out.println("ours, Node (200 queries; per query = term shards + result chunks, after the one-time "
                + "entry/analysis/search.js): " + nodeOut);

        WebDriver driver = chromium(work);
        try {
            List<List<Double>> ours = oursInChromium(driver, site, queries);
            List<Double> total = new ArrayList<>();
            for (int i = 0; i < ours.get(0).size(); i++) {
                total.add(ours.get(0).get(i) + ours.get(1).get(i));
            }
            System.out.printf(Locale.ROOT, "ours, Chromium from file:// (search + top-10 metadata, shards cold): "
                    + "median %.1f ms, p95 %.1f ms (search alone: median %.1f, p95 %.1f; metadata: median %.1f, "
                    + "p95 %.1f)%n", pct(total, 0.5), pct(total, 0.95), pct(ours.get(0), 0.5), pct(ours.get(0), 0.95),
                    pct(ours.get(1), 0.5), pct(ours.get(1), 0.95));
            if (pagefind) {
                pagefind(driver, site, queries);
            } else {
                System.out.println("pagefind: skipped (pass the pagefind binary as the third argument)");
            }
        } finally {
            driver.quit();
        }
    }

    private static WebDriver chromium(Path work) throws IOException {
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + Files.createTempDirectory(work, "profile"));
        WebDriver driver = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build(), options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return driver;
    }

    @SuppressWarnings("unchecked")
    private static List<List<Double>> oursInChromium(WebDriver driver, Path site, List<String> queries) {
        driver.get(site.resolve("search.html").toUri().toString());
        Object result = ((JavascriptExecutor) driver).executeAsyncScript(
                "const queries = arguments[0], done = arguments[arguments.length - 1];"
                + "const root = document.getElementById('search'); const entry = root.getAttribute('data-index');"
                + "const load = pmSearch.scriptLoader({entry: entry, dir: entry.substring(0, entry.lastIndexOf('/') + 1)});"
                + "(async () => { const times = [], meta = [];"
                + "  await new pmSearch.Engine(load).init();"
                + "  for (const q of queries) {"
                + "    for (const k of Object.keys(pmSearch.registry)) if (k !== 'index' && k !== 'analysis' && k !== 'facets') delete pmSearch.registry[k];"
                + "    const e = new pmSearch.Engine(load); await e.init();"
                + "    const t = performance.now(); const r = await e.search(q, {prefix: false});"
                + "    const t2 = performance.now(); await e.docs(r.hits.slice(0, 10).map(h => h.doc));"
                + "    times.push(t2 - t); meta.push(performance.now() - t2); }"
                + "  done([times, meta]); })().catch(e => done(String(e)));", queries);
        if (!(result instanceof List)) {
            throw new IllegalStateException("Chromium run failed: " + result);
        }
        return ((List<List<Number>>) result).stream()
                .map(l -> l.stream().map(Number::doubleValue).toList()).toList();
    }

    @SuppressWarnings("unchecked")
    private static void pagefind(WebDriver driver, Path site, List<String> queries) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(8);
        server.setExecutor(threads);
        // counted here, not with the Resource Timing API: Pagefind fetches from a worker, whose loads the page never sees
        java.util.concurrent.atomic.AtomicLong served = new java.util.concurrent.atomic.AtomicLong();
        server.createContext("/", exchange -> {
            Path file = site.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
            if (!file.startsWith(site) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            String name = file.getFileName().toString();
            String type = name.endsWith(".js") ? "text/javascript" : name.endsWith(".wasm") ? "application/wasm"
                    : name.endsWith(".html") ? "text/html" : name.endsWith(".json") ? "application/json"
                    : "application/octet-stream";
            exchange.getResponseHeaders().add("Content-Type", type);
            exchange.getResponseHeaders().add("Cache-Control", "no-store");
            byte[] bytes = Files.readAllBytes(file);
            exchange.sendResponseHeaders(200, bytes.length);
            if (exchange.getRequestURI().getPath().startsWith("/pagefind/")) {
                served.addAndGet(bytes.length);
            }
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
            List<Double> latency = new ArrayList<>();
            List<Double> perQuery = new ArrayList<>();
            List<Double> cold = new ArrayList<>();
            JavascriptExecutor js = (JavascriptExecutor) driver;
            for (String q : queries) {
                driver.get(base + "index.html");
                served.set(0);
                Object init = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + "import('/pagefind/pagefind.js').then(pf => { window.pf = pf; return pf.init(); })"
                        + ".then(() => done('ok'), e => done(String(e)));");
                long initBytes = served.getAndSet(0);
                Map<String, Object> r = (Map<String, Object>) js.executeAsyncScript(
                        "const q = arguments[0], done = arguments[arguments.length - 1];"
                        + "(async () => { const t = performance.now(); const s = await pf.search(q);"
                        + "  await Promise.all(s.results.slice(0, 10).map(x => x.data()));"
                        + "  done({ms: performance.now() - t}); })().catch(e => done({error: String(e)}));", q);
                if (!"ok".equals(init) || r.containsKey("error")) {
                    System.out.println("pagefind query failed: " + init + " " + r.get("error"));
                    return;
                }
                latency.add(((Number) r.get("ms")).doubleValue());
                perQuery.add((double) served.get());
                cold.add((double) (initBytes + served.get()));
            }
            System.out.printf(Locale.ROOT, "pagefind, Chromium over HTTP (bytes counted at the server): per query after "
                    + "init %,.0f B median, %,.0f B p95; fresh page incl. init %,.0f B median, %,.0f B p95; "
                    + "search + top-10 data: median %.1f ms, p95 %.1f ms%n",
                    pct(perQuery, 0.5), pct(perQuery, 0.95), pct(cold, 0.5), pct(cold, 0.95),
                    pct(latency, 0.5), pct(latency, 0.95));
            System.out.println("pagefind from file://: not supported by Pagefind (it fetches its index)");
        } finally {
            server.stop(0);
            threads.shutdownNow(); // its threads would keep the JVM alive
        }
    }

    private static long[] sizeOf(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> files = walk.filter(Files::isRegularFile).toList();
            long bytes = 0;
            for (Path f : files) {
                bytes += Files.size(f);
            }
            return new long[] {bytes, files.size()};
        }
    }

    private static double pct(List<Double> values, double p) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(p * (sorted.size() - 1) + 0.5)));
    }
}
