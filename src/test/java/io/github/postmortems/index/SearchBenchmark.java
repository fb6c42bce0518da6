package io.github.postmortems.index;

import com.sun.net.httpserver.HttpServer;
import io.github.postmortems.build.BuildResult;
import io.github.postmortems.build.SiteBuilder;
import io.github.postmortems.config.SiteSettings;
import io.github.postmortems.parse.ParsedFile;
import io.github.postmortems.parse.Postmortem;
import io.github.postmortems.parse.PostmortemParser;
import io.github.postmortems.scan.Archive;
import io.github.postmortems.scan.SourceFile;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * The search benchmark: a separate command that prints numbers, never a test.
 *
 * <pre>bench/search-benchmark.sh ARCHIVE WORKDIR [PAGEFIND]</pre>
 *
 * Builds our site of the archive and, with a Pagefind 1.x binary, a Hugo site of the same Markdown indexed by
 * Pagefind; draws labelled queries from the archive ({@link LabelledQueries}); runs every query through both in
 * one headless Chromium: ours as a shared link opens it ({@code search.html?q=...} from file://, a fresh page per
 * query), Pagefind through its JavaScript API over HTTP (it cannot run from file://), a fresh page per query too.
 * Prints success at 1, 5 and 10 and the mean reciprocal rank (within the first ten) per kind, then bytes and
 * milliseconds per query.
 */
public final class SearchBenchmark {

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path archive = Path.of(args[0]).toAbsolutePath().normalize();
        Path work = Path.of(args[1]).toAbsolutePath().normalize();
        String pagefind = args.length > 2 && !args[2].equals("-") ? args[2] : null;
        int perKind = Integer.parseInt(System.getProperty("perKind", "40"));
        Files.createDirectories(work);

        List<Postmortem> postmortems = parse(archive);
        System.out.printf(Locale.ROOT, "archive %s: %,d postmortems%n", archive, postmortems.size());
        Path site = work.resolve("site");
        long t0 = System.nanoTime();
        if (Boolean.getBoolean("reuseSite") && Files.isRegularFile(site.resolve("search.html"))) {
            System.out.println("ours: the site built before (reuseSite)"); // for timing the page again
        } else {
            BuildResult built = SiteBuilder.build(SiteSettings.defaults(archive, site,
                    io.github.postmortems.Fixtures.TODAY).withFailOnErrors(false));
            System.out.printf(Locale.ROOT, "ours: site built in %.1f s; %,d search files (%.1f MB); the build's "
                    + "estimate per query: %s%n", (System.nanoTime() - t0) / 1e9, built.written().searchFiles(),
                    built.written().searchBytes() / 1e6, built.searchBytes());
        }
        Path hugo = null;
        if (pagefind != null) {
            hugo = Boolean.getBoolean("reuseHugo") && Files.isDirectory(work.resolve("hugo/public/pagefind"))
                    ? work.resolve("hugo") : hugoAndPagefind(archive, work.resolve("hugo"), pagefind);
        }

        List<LabelledQueries.Labelled> queries = LabelledQueries.of(postmortems, perKind, 11);
        Files.writeString(work.resolve("queries.tsv"), queries.stream()
                .map(q -> q.kind() + "\t" + q.query() + "\t" + String.join(" ", q.relevant()))
                .reduce("", (a, b) -> a + b + "\n"));
        WebDriver driver = io.github.postmortems.Chromium.start(work.resolve("profile"));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        try {
            Runs ours = ours(driver, site, queries);
            Runs theirs = hugo == null ? null : pagefind(driver, hugo.resolve("public"), queries);
            print(queries, ours, theirs);
            misses(work.resolve("misses.tsv"), queries, ours);
            times(work.resolve("times.tsv"), queries, ours);
            sameTopFive(SearchIndex.directoryFor(site), queries, ours);
        } finally {
            driver.quit();
        }
    }

    static List<Postmortem> parse(Path archive) throws IOException {
        PostmortemParser parser = new PostmortemParser(false);
        List<Postmortem> postmortems = new ArrayList<>();
        for (SourceFile f : Archive.scan(archive).files()) {
            ParsedFile parsed = parser.parse(f);
            if (parsed.postmortem() != null) {
                postmortems.add(parsed.postmortem());
            }
        }
        return postmortems;
    }

    /**
     * Per query: the pages shown (first ten, in order), milliseconds and bytes (gzip, as stored), and the bytes the
     * next labelled query adds when it is searched from the same page afterwards (gzip: what a later search costs).
     */
    record Run(List<String> pages, double ms, double msSinceOpen, long gzip, long stored, double warmMs,
               long laterGzip, int marked) {
    }

    record Runs(String name, List<Run> runs) {
    }

    @SuppressWarnings("unchecked")
    private static Runs ours(WebDriver driver, Path site, List<LabelledQueries.Labelled> queries) throws IOException {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        Map<String, long[]> sizes = new HashMap<>();
        List<Run> runs = new ArrayList<>();
        String page = site.resolve("search.html").toUri().toString();
        for (int i = 0; i < queries.size(); i++) {
            LabelledQueries.Labelled q = queries.get(i);
            driver.get(page + "?q=" + URLEncoder.encode(q.query(), StandardCharsets.UTF_8));
            Map<String, Object> r = (Map<String, Object>) js.executeAsyncScript(
                    "const q = arguments[0], done = arguments[arguments.length - 1];"
                    + "(function wait() { const s = window.pmSearch && pmSearch.lastSearch;"
                    + "  if (!s || s.query !== q) return setTimeout(wait, 5);"
                    + "  done({ms: s.ms || -1, at: s.shownAt || -1, error: s.error || null,"
                    + "    pages: [...document.querySelectorAll('#search-results a.pm-title')].map(a => a.href),"
                    + "    marked: [...document.querySelectorAll('#search-results .snippet')]"
                    + "      .filter(p => p.querySelector('mark')).length,"
                    // Resource Timing lists nothing loaded from file://: the elements name what was loaded
                    + "    files: [location.href.split(/[?#]/)[0]].concat("
                    + "      [...document.querySelectorAll('script[src]')].map(e => e.src),"
                    + "      [...document.querySelectorAll('link[rel=stylesheet]')].map(e => e.href))});"
                    + "})();", q.query());
            if (r.get("error") != null) {
                throw new IllegalStateException("our search failed for " + q.query() + ": " + r.get("error"));
            }
            long gzip = 0;
            long stored = 0;
            List<String> loaded = (List<String>) r.get("files");
            for (String url : loaded) {
                long[] s = sizes.computeIfAbsent(url, SearchBenchmark::sizeOfUrl);
                stored += s[0];
                gzip += s[1];
            }
            List<String> pages = ((List<String>) r.get("pages")).stream()
                    .map(u -> site.toUri().relativize(URI.create(u.split("[?#]")[0])).getPath()).toList();
            // the same search again from the form, its files loaded: what the engine and the page take alone
            Number warm = (Number) js.executeAsyncScript(
                    "const done = arguments[arguments.length - 1], before = pmSearch.lastSearch;"
                    + "document.querySelector('#search form').requestSubmit();"
                    + "(function wait() { const s = pmSearch.lastSearch;"
                    + "  if (s === before) return setTimeout(wait, 2); done(s.ms === undefined ? -1 : s.ms); })();");
            // a later search: the next labelled query typed into the same page; only files it adds are counted
            String next = queries.get((i + 1) % queries.size()).query();
            List<String> after = (List<String>) js.executeAsyncScript(
                    "const q = arguments[0], done = arguments[arguments.length - 1];"
                    + "const input = document.getElementById('search-input'); input.value = q;"
                    + "document.querySelector('#search form').requestSubmit();"
                    + "(function wait() { const s = pmSearch.lastSearch;"
                    + "  if (!s || s.query !== q || s.ms === undefined && !s.error) return setTimeout(wait, 2);"
                    + "  done([...document.querySelectorAll('script[src]')].map(e => e.src)); })();", next);
            long later = 0;
            for (String url : after) {
                if (!loaded.contains(url)) {
                    later += sizes.computeIfAbsent(url, SearchBenchmark::sizeOfUrl)[1];
                }
            }
            runs.add(new Run(pages, ((Number) r.get("ms")).doubleValue(), ((Number) r.get("at")).doubleValue(), gzip,
                    stored, warm.doubleValue(), later, ((Number) r.get("marked")).intValue()));
        }
        return new Runs("ours", runs);
    }

    private static long[] sizeOfUrl(String url) {
        try {
            byte[] bytes = Files.readAllBytes(Path.of(URI.create(url)));
            return new long[] {bytes.length, gzip(bytes)};
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static long gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.size();
    }

    /** A minimal Hugo site of the archive's Markdown (as {@code bench/run} builds it), indexed by Pagefind. */
    private static Path hugoAndPagefind(Path archive, Path hugo, String pagefind) throws Exception {
        if (Files.exists(hugo)) {
            io.github.postmortems.write.SiteWriter.deleteTree(hugo);
        }
        Files.createDirectories(hugo.resolve("layouts/_default"));
        Files.writeString(hugo.resolve("hugo.toml"), "baseURL = \"https://postmortems.example.com/\"\n"
                + "title = \"Postmortems\"\nlanguageCode = \"en\"\nbuildFuture = true\n");
        Files.writeString(hugo.resolve("layouts/_default/baseof.html"), "<!DOCTYPE html>\n<html lang=\"en\">\n"
                + "<head><meta charset=\"utf-8\"><title>{{ .Title | default .File.BaseFileName }}</title></head>\n"
                + "<body>\n<main>{{ block \"main\" . }}{{ end }}</main>\n</body>\n</html>\n");
        Files.writeString(hugo.resolve("layouts/_default/single.html"),
                "{{ define \"main\" }}<article>{{ .Content }}</article>{{ end }}\n");
        Files.writeString(hugo.resolve("layouts/_default/list.html"), "{{ define \"main\" }}<h1>{{ .Title }}</h1>\n"
                + "<ul>{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title | default .File.BaseFileName }}"
                + "</a></li>{{ end }}</ul>{{ end }}\n");
        try (Stream<Path> years = Files.list(archive)) {
            for (Path year : years.filter(p -> p.getFileName().toString().matches("\\d{4}")).sorted().toList()) {
                io.github.postmortems.Fixtures.copyTree(year, hugo.resolve("content").resolve(year.getFileName().toString()));
            }
        }
        // front matter that Hugo reads as its own settings: a source link in "url" would become the page's address
        try (Stream<Path> files = Files.walk(hugo.resolve("content"))) {
            for (Path md : files.filter(p -> p.toString().endsWith(".md")).toList()) {
                String text = Files.readString(md);
                if (text.startsWith("---")) {
                    Files.writeString(md, text.replaceAll("(?m)^(url|slug|aliases|layout|type|outputs|draft|"
                            + "headless|build|cascade|markup|sitemap|weight|linkTitle):", "source_$1:"));
                }
            }
        }
        long t0 = System.nanoTime();
        run(hugo, "hugo", "--quiet");
        long t1 = System.nanoTime();
        run(hugo, pagefind, "--site", "public");
        long[] disk = sizeOf(hugo.resolve("public/pagefind"));
        System.out.printf(Locale.ROOT, "hugo + pagefind: hugo %.1f s, pagefind %.1f s; %,d files (%.1f MB) in "
                + "public/pagefind%n", (t1 - t0) / 1e9, (System.nanoTime() - t1) / 1e9, disk[1], disk[0] / 1e6);
        return hugo;
    }

    private static void run(Path dir, String... command) throws Exception {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + log);
        }
    }

    @SuppressWarnings("unchecked")
    private static Runs pagefind(WebDriver driver, Path site, List<LabelledQueries.Labelled> queries)
            throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(8);
        server.setExecutor(threads);
        // counted here: Pagefind fetches from a worker, whose loads the page's Resource Timing never sees. Pagefind
        // stores its index gzip-compressed and decompresses it itself, so what is served is what travels
        AtomicLong served = new AtomicLong();
        server.createContext("/", exchange -> {
            String path = URLDecoder.decode(exchange.getRequestURI().getPath(), StandardCharsets.UTF_8);
            Path file = site.resolve(path.substring(1)).normalize();
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            if (!file.startsWith(site) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            String name = file.getFileName().toString();
            String type = name.endsWith(".js") ? "text/javascript" : name.endsWith(".wasm") ? "application/wasm"
                    : name.endsWith(".html") ? "text/html" : name.endsWith(".json") ? "application/json"
                    : name.endsWith(".css") ? "text/css" : "application/octet-stream";
            exchange.getResponseHeaders().add("Content-Type", type);
            exchange.getResponseHeaders().add("Cache-Control", "no-store");
            byte[] bytes = Files.readAllBytes(file);
            exchange.sendResponseHeaders(200, bytes.length);
            served.addAndGet(bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
            JavascriptExecutor js = (JavascriptExecutor) driver;
            List<Run> runs = new ArrayList<>();
            for (int i = 0; i < queries.size(); i++) {
                LabelledQueries.Labelled q = queries.get(i);
                driver.get(base + "index.html");
                served.set(0);
                Map<String, Object> r = (Map<String, Object>) js.executeAsyncScript(
                        "const q = arguments[0], done = arguments[arguments.length - 1];"
                        + "(async () => { const t = performance.now();"
                        + "  const pf = await import('/pagefind/pagefind.js'); await pf.init();"
                        + "  const t1 = performance.now(); const s = await pf.search(q);"
                        + "  const data = await Promise.all(s.results.slice(0, 10).map(x => x.data()));"
                        + "  window.pf = pf;"
                        + "  done({ms: performance.now() - t1, at: performance.now(), pages: data.map(d => d.url)});"
                        + "})().catch(e => done({error: String(e)}));", q.query());
                if (r.containsKey("error")) {
                    throw new IllegalStateException("pagefind failed for " + q.query() + ": " + r.get("error"));
                }
                // Hugo's /2024/03.payments.card-timeouts/ is our 2024/03.payments.card-timeouts.html
                List<String> pages = ((List<String>) r.get("pages")).stream()
                        .map(u -> u.replaceAll("^/|/$", "") + ".html").toList();
                long first = served.getAndSet(0);
                // a later search in the same page: the next labelled query and its top ten's data
                js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + "pf.search(arguments[0]).then(s => Promise.all(s.results.slice(0, 10).map(x => x.data())))"
                        + "  .then(() => done(1), e => done(String(e)));", queries.get((i + 1) % queries.size()).query());
                runs.add(new Run(pages, ((Number) r.get("ms")).doubleValue(), ((Number) r.get("at")).doubleValue(),
                        first, first, -1, served.get(), -1));
            }
            return new Runs("pagefind", runs);
        } finally {
            server.stop(0);
            threads.shutdownNow(); // its threads would keep the JVM alive
        }
    }

    private static void print(List<LabelledQueries.Labelled> queries, Runs ours, Runs theirs) {
        List<Runs> all = theirs == null ? List.of(ours) : List.of(ours, theirs);
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-15s %4s", "kind", "n"));
        for (Runs r : all) {
            head.append(String.format(Locale.ROOT, " | %-8s %5s %5s %5s %5s", r.name(), "@1", "@5", "@10", "MRR"));
        }
        System.out.println(head);
        Map<String, List<Integer>> byKind = new LinkedHashMap<>();
        for (int i = 0; i < queries.size(); i++) {
            byKind.computeIfAbsent(queries.get(i).kind(), k -> new ArrayList<>()).add(i);
        }
        byKind.put("all", java.util.stream.IntStream.range(0, queries.size()).boxed().toList());
        for (Map.Entry<String, List<Integer>> kind : byKind.entrySet()) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-15s %4d", kind.getKey(),
                    kind.getValue().size()));
            for (Runs r : all) {
                double[] at = new double[3];
                double mrr = 0;
                for (int i : kind.getValue()) {
                    int rank = rank(r.runs().get(i).pages(), queries.get(i).relevant());
                    at[0] += rank == 1 ? 1 : 0;
                    at[1] += rank >= 1 && rank <= 5 ? 1 : 0;
                    at[2] += rank >= 1 && rank <= 10 ? 1 : 0;
                    mrr += rank >= 1 ? 1.0 / rank : 0;
                }
                int n = kind.getValue().size();
                line.append(String.format(Locale.ROOT, " | %-8s %5.2f %5.2f %5.2f %5.2f", "", at[0] / n, at[1] / n,
                        at[2] / n, mrr / n));
            }
            System.out.println(line);
        }
        for (Runs r : all) {
            List<Double> ms = r.runs().stream().map(Run::ms).toList();
            List<Double> since = r.runs().stream().map(Run::msSinceOpen).toList();
            List<Double> gz = r.runs().stream().map(x -> (double) x.gzip()).toList();
            List<Double> stored = r.runs().stream().map(x -> (double) x.stored()).toList();
            List<Double> later = r.runs().stream().map(x -> (double) x.laterGzip()).toList();
            if (r.name().equals("ours")) {
                System.out.printf(Locale.ROOT, "ours: bytes per first query (everything search.html?q= loads): "
                        + "median %.1f KB, p95 %.1f KB gzip-compressed; %.1f KB, %.1f KB as stored (file://)%n",
                        pct(gz, 0.5) / 1024, pct(gz, 0.95) / 1024, pct(stored, 0.5) / 1024, pct(stored, 0.95) / 1024);
                System.out.printf(Locale.ROOT, "ours: bytes per later query (the next query typed into the same page, "
                        + "the files it adds): median %.1f KB, p95 %.1f KB gzip-compressed%n", pct(later, 0.5) / 1024,
                        pct(later, 0.95) / 1024);
                int shown = r.runs().stream().mapToInt(x -> x.pages().size()).sum();
                int marked = r.runs().stream().mapToInt(Run::marked).sum();
                System.out.printf(Locale.ROOT, "ours: results whose snippet shows a match marked: %d of %d (%.2f)%n",
                        marked, shown, shown == 0 ? 0 : marked / (double) shown);
                List<Double> warm = r.runs().stream().map(Run::warmMs).toList();
                System.out.printf(Locale.ROOT, "ours: ms per query (search, its files and the results' text loaded, "
                        + "results shown): median %.1f, p95 %.1f; the same again with its files loaded: median %.1f, "
                        + "p95 %.1f; from opening the link to results shown: median %.1f, p95 %.1f%n", pct(ms, 0.5),
                        pct(ms, 0.95), pct(warm, 0.5), pct(warm, 0.95), pct(since, 0.5), pct(since, 0.95));
            } else {
                System.out.printf(Locale.ROOT, "pagefind: bytes per first query (init + search + top-10 data, as "
                        + "served; its index files are stored compressed): median %.1f KB, p95 %.1f KB%n",
                        pct(gz, 0.5) / 1024, pct(gz, 0.95) / 1024);
                System.out.printf(Locale.ROOT, "pagefind: bytes per later query (the next query and its top-10 data in "
                        + "the same page, as served): median %.1f KB, p95 %.1f KB%n", pct(later, 0.5) / 1024,
                        pct(later, 0.95) / 1024);
                System.out.printf(Locale.ROOT, "pagefind: ms per query (search + top-10 data, after init): median "
                        + "%.1f, p95 %.1f; from opening the page to results: median %.1f, p95 %.1f%n",
                        pct(ms, 0.5), pct(ms, 0.95), pct(since, 0.5), pct(since, 0.95));
            }
        }
    }

    /** Whether postmortem:search's code gives the page's first five for every query, in the same order. */
    private static void sameTopFive(Path index, List<LabelledQueries.Labelled> queries, Runs ours) throws IOException {
        int same = 0;
        List<String> differ = new ArrayList<>();
        try (var dir = org.apache.lucene.store.FSDirectory.open(index);
             var reader = org.apache.lucene.index.DirectoryReader.open(dir)) {
            IndexSearch search = new IndexSearch(reader, SearchFields.analyzer()); // one reader for every query
            for (int i = 0; i < queries.size(); i++) {
                List<String> cli = search.search(queries.get(i).query(), IndexSearch.Sort.RELEVANCE, 5).hits().stream()
                        .map(SearchHit::page).toList();
                List<String> page = ours.runs().get(i).pages();
                if (cli.equals(page.subList(0, Math.min(5, page.size())))) {
                    same++;
                } else {
                    differ.add(queries.get(i).query());
                }
            }
        }
        System.out.printf(Locale.ROOT, "ours: postmortem:search and the page give the same first five (pages and "
                + "order) for %d of %d queries%s%n", same, queries.size(), differ.isEmpty() ? "" : "; differ: " + differ);
    }

    /** Our queries whose relevant page was not first, with what came first instead: for reading, not counting. */
    private static void misses(Path file, List<LabelledQueries.Labelled> queries, Runs ours) throws IOException {
        StringBuilder out = new StringBuilder("kind\tquery\trank\trelevant\tshown first three\n");
        for (int i = 0; i < queries.size(); i++) {
            LabelledQueries.Labelled q = queries.get(i);
            List<String> shown = ours.runs().get(i).pages();
            int rank = rank(shown, q.relevant());
            if (rank != 1) {
                out.append(q.kind()).append('\t').append(q.query()).append('\t').append(rank).append('\t')
                        .append(String.join(" ", new java.util.TreeSet<>(q.relevant()))).append('\t')
                        .append(String.join(" ", shown.subList(0, Math.min(3, shown.size())))).append('\n');
            }
        }
        Files.writeString(file, out);
    }

    /** Each of our queries' milliseconds and later bytes, for reading which were slow. */
    private static void times(Path file, List<LabelledQueries.Labelled> queries, Runs ours) throws IOException {
        StringBuilder out = new StringBuilder("kind\tquery\tms\tms with its files loaded\tlater KB\n");
        for (int i = 0; i < queries.size(); i++) {
            Run r = ours.runs().get(i);
            out.append(String.format(Locale.ROOT, "%s\t%s\t%.1f\t%.1f\t%.1f%n", queries.get(i).kind(),
                    queries.get(i).query(), r.ms(), r.warmMs(), r.laterGzip() / 1024.0));
        }
        Files.writeString(file, out);
    }

    /** 1-based rank of the first relevant page among those shown, or 0 when none is. */
    static int rank(List<String> shown, java.util.Set<String> relevant) {
        for (int i = 0; i < shown.size() && i < 10; i++) {
            if (relevant.contains(shown.get(i))) {
                return i + 1;
            }
        }
        return 0;
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
        return sorted.get(Math.max(0, (int) Math.ceil(p * sorted.size()) - 1));
    }
}
