package io.github.postmortems.bench;

import io.github.postmortems.StageTimes;
import io.github.postmortems.config.SiteSettings;
import io.github.postmortems.serve.PreviewServer;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The preview's edit-to-reload time: {@code AuthoringBenchmark ARCHIVE [EDITS]} serves ARCHIVE (which it edits: give
 * it a copy), then EDITS times appends a sentence to one postmortem and measures from just before the file is
 * written until the reload event has arrived and the page it reloads has been read back. Prints numbers, asserts
 * nothing.
 */
public final class AuthoringBenchmark {

    private AuthoringBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path archive = Path.of(args[0]).toAbsolutePath();
        int edits = Math.max(2, args.length > 1 ? Integer.parseInt(args[1]) : 20);
        List<Path> postmortems;
        try (Stream<Path> walk = Files.walk(archive)) {
            postmortems = walk.filter(p -> p.getFileName().toString().matches("\\d{2}\\..+\\.md")
                    && p.getParent().getFileName().toString().matches("\\d{4}")).sorted().toList();
        }
        long start = System.nanoTime();
        SiteSettings settings = SiteSettings.defaults(archive, archive.resolve("target/postmortem-serve/site"),
                LocalDate.now(ZoneOffset.UTC));
        try (PreviewServer server = PreviewServer.start(settings, 0, StageTimes.silent(), line -> { })) {
            System.out.printf(Locale.ROOT, "serve: %d postmortems, first build %.1f s%n", postmortems.size(),
                    (System.nanoTime() - start) / 1e9);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            BlockingQueue<String> events = new LinkedBlockingQueue<>();
            CompletableFuture<?> stream = http.sendAsync(
                    HttpRequest.newBuilder(server.address().resolve("__serve/events")).build(),
                    HttpResponse.BodyHandlers.ofLines()).thenAccept(r -> r.body()
                    .filter(l -> l.startsWith("data: ")).forEach(events::add));
            events.poll(60, TimeUnit.SECONDS);
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < edits; i++) {
                Path file = postmortems.get((int) ((i * 7919L) % postmortems.size()));
                String relative = archive.relativize(file).toString().replace('\\', '/');
                String page = relative.substring(0, relative.length() - 3) + ".html";
                String text = Files.readString(file, StandardCharsets.UTF_8);
                long saved = System.nanoTime();
                Files.writeString(file, text + "\nEdited for the benchmark, edit " + i + ".\n", StandardCharsets.UTF_8);
                if (events.poll(600, TimeUnit.SECONDS) == null) {
                    throw new IllegalStateException("no reload event after editing " + relative);
                }
                HttpResponse<String> reloaded = http.send(HttpRequest.newBuilder(server.address().resolve(page))
                        .build(), HttpResponse.BodyHandlers.ofString());
                double elapsed = (System.nanoTime() - saved) / 1e6;
                if (reloaded.statusCode() != 200 || !reloaded.body().contains("edit " + i + ".")) {
                    throw new IllegalStateException(page + " does not show edit " + i);
                }
                millis.add(elapsed);
                Thread.sleep(250); // one save at a time, as an author makes them
            }
            stream.cancel(true);
            // the first edit also loads and compiles the code that updates pages: reported on its own
            List<Double> sorted = millis.subList(1, millis.size()).stream().sorted().toList();
            System.out.printf(Locale.ROOT, "serve: save to reloaded page: first edit %.0f ms; next %d edits: median"
                    + " %.0f ms, p95 %.0f ms, max %.0f ms%n", millis.get(0), sorted.size(), sorted.get(sorted.size() / 2),
                    sorted.get(Math.max(0, (int) Math.ceil(sorted.size() * 0.95) - 1)), sorted.get(sorted.size() - 1));
        }
    }
}
