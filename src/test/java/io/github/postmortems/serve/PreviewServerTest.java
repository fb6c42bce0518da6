package io.github.postmortems.serve;

import io.github.postmortems.Fixtures;
import io.github.postmortems.StageTimes;
import io.github.postmortems.config.SiteSettings;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The preview on 127.0.0.1, on a free port: what it serves, how it follows an edit, and what a broken edit shows. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class PreviewServerTest {

    private static final String PAGE = "2025/06.queue.lost-acks.html";
    private static final String OWNERLESS = "2025/06.queue.lost-acks.md:29: error: action item 'Make acks synchronous"
            + " on shutdown' has no owner [action-plan]";

    @TempDir
    Path temp;

    private Path postmortem;
    private PreviewServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private CompletableFuture<?> events;

    @BeforeEach
    void start() throws Exception {
        Path archive = temp.resolve("archive");
        postmortem = archive.resolve("2025/06.queue.lost-acks.md");
        Files.createDirectories(postmortem.getParent());
        Files.copy(Path.of("src/it/check-archive/2025/06.queue.lost-acks.md"), postmortem);
        SiteSettings settings = SiteSettings.defaults(archive, temp.resolve("target/postmortem-serve/site"),
                Fixtures.TODAY);
        server = PreviewServer.start(settings, 0, StageTimes.silent(), line -> { });
    }

    @AfterEach
    void stop() throws IOException {
        if (events != null) {
            events.cancel(true);
        }
        server.close();
    }

    @Test
    void servesOnTheLoopbackWithFindingsAndTheReloadScriptInServedPagesOnly() throws Exception {
        assertEquals("127.0.0.1", server.address().getHost());
        HttpResponse<String> page = get(PAGE);
        assertEquals(200, page.statusCode());
        assertEquals("text/html; charset=utf-8", page.headers().firstValue("Content-Type").orElseThrow());
        Document html = Jsoup.parse(page.body());
        assertEquals(List.of(OWNERLESS), html.select("main > aside.serve-note.findings li").eachText());
        assertEquals("postmortem:check", html.selectFirst("aside.serve-note.findings > p").text());
        assertEquals(List.of("/__serve/serve.css", "/__serve/reload.js"),
                List.of(html.select("link[href^='/__serve/']").attr("href"),
                        html.select("script[src^='/__serve/']").attr("src")));
        assertEquals("default-src 'none'; connect-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https:;"
                        + " media-src 'self'; base-uri 'none'; form-action 'self'",
                html.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"));

        HttpResponse<String> script = get("__serve/reload.js");
        assertEquals(200, script.statusCode());
        assertEquals(PreviewPage.RELOAD_SCRIPT, script.body());
        assertEquals(404, get("2025/no-such-page.html").statusCode());
        assertEquals(200, get("").statusCode()); // the home page

        // the built site has none of it
        try (Stream<Path> files = Files.walk(temp.resolve("target/postmortem-serve/site"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                String built = Files.readString(f, StandardCharsets.UTF_8);
                assertFalse(built.contains("__serve") || built.contains("serve-note"), f.toString());
            }
        }
    }

    @Test
    void anEditRewritesItsPagesAndTellsOpenTabsToReload() throws Exception {
        BlockingQueue<String> data = listen();
        String first = data.poll(30, TimeUnit.SECONDS);
        assertNotNull(first, "the event stream says the site's generation when it opens");

        edit("# Lost acknowledgements", "# Lost acknowledgements after a broker restart");
        String next = data.poll(60, TimeUnit.SECONDS);
        assertEquals(Long.toString(Long.parseLong(first) + 1), next);

        Document html = Jsoup.parse(get(PAGE).body());
        assertEquals("Lost acknowledgements after a broker restart", html.selectFirst("main h1").text());
        assertEquals(List.of("Lost acknowledgements after a broker restart"),
                Jsoup.parse(get("2025/index.html").body()).select("main a.pm-title").eachText());
        assertEquals(List.of(OWNERLESS), html.select("aside.serve-note.findings li").eachText());
    }

    @Test
    void aBrokenEditShowsItsPathAndLineAndKeepsTheLastGoodSite() throws Exception {
        BlockingQueue<String> data = listen();
        assertNotNull(data.poll(30, TimeUnit.SECONDS));
        String good = Files.readString(postmortem, StandardCharsets.UTF_8);

        Files.writeString(postmortem, "---\ntitle: Lost acks\n" + good, StandardCharsets.UTF_8);
        assertNotNull(data.poll(60, TimeUnit.SECONDS), "a broken edit is shown too");
        Document html = Jsoup.parse(get(PAGE).body());
        assertEquals(List.of("2025/06.queue.lost-acks.md:1: error: front matter starts here but has no closing '---'"
                + " line [front-matter]"), html.select("main > aside.serve-note.broken li").eachText());
        assertEquals("Lost acknowledgements", html.selectFirst("main h1").text()); // the last good page
        assertEquals(1, Jsoup.parse(get("index.html").body()).select("aside.serve-note.broken").size());

        Files.writeString(postmortem, good.replace("# Lost acknowledgements", "# Lost acks, fixed"),
                StandardCharsets.UTF_8);
        assertNotNull(data.poll(60, TimeUnit.SECONDS));
        html = Jsoup.parse(get(PAGE).body());
        assertTrue(html.select("aside.serve-note.broken").isEmpty());
        assertEquals("Lost acks, fixed", html.selectFirst("main h1").text());
    }

    private void edit(String from, String to) throws IOException {
        String text = Files.readString(postmortem, StandardCharsets.UTF_8);
        assertTrue(text.contains(from));
        Files.writeString(postmortem, text.replace(from, to), StandardCharsets.UTF_8);
    }

    private HttpResponse<String> get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(server.address().resolve(path)).timeout(Duration.ofSeconds(30))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The {@code data:} lines of the event stream, as they arrive. */
    private BlockingQueue<String> listen() {
        BlockingQueue<String> data = new LinkedBlockingQueue<>();
        HttpRequest request = HttpRequest.newBuilder(server.address().resolve("__serve/events")).build();
        events = http.sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> response.body().filter(line -> line.startsWith("data: "))
                        .forEach(line -> data.add(line.substring("data: ".length()))));
        return data;
    }
}
