package io.github.postmortems;

import io.github.postmortems.build.SiteBuilder;
import io.github.postmortems.config.SiteSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What actually runs in Chromium, from file://, when every page of a site built from hostile Markdown is opened,
 * with raw HTML escaped (the default) and allowed: each payload would set {@code window.pwned}.
 */
class HostileBrowserTest {

    /** Every payload, in a postmortem and its attachments; none may run. */
    static final String MARKDOWN = """
            ---
            title: "<img src=x onerror=window.pwned=1>"
            date: 2024-03-01
            severity: "<script>window.pwned=2</script>"
            ---

            ## Summary

            <script src="03.web.raw/payload.txt"></script> <img src=x onerror="window.pwned=3">
            <svg onload="window.pwned=4"></svg> <iframe srcdoc="<script>parent.pwned=5</script>"></iframe>
            [a](&#106;avascript:window.pwned=6) ![i](java&#9;script:window.pwned=7)
            <a href="javascript:window.pwned=8">raw</a> <details open ontoggle="window.pwned=9"><summary>s</summary></details>

            See [the log](03.web.raw/payload.txt) and ![graph](03.web.raw/graph.svg).
            """;

    @TempDir
    static Path temp;
    static WebDriver driver;

    @BeforeAll
    static void start() throws Exception {
        driver = Chromium.start(temp.resolve("profile"));
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    private static Path build(String name, boolean rawHtml) throws Exception {
        Path archive = temp.resolve(name + "/archive");
        Files.createDirectories(archive.resolve("2024/03.web.raw"));
        Files.writeString(archive.resolve("2024/03.web.raw.md"), MARKDOWN, StandardCharsets.UTF_8);
        Files.writeString(archive.resolve("2024/03.web.raw/payload.txt"), "window.pwned = 10;");
        Files.writeString(archive.resolve("2024/03.web.raw/graph.svg"),
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>window.pwned=11</script><rect width=\"2\" "
                        + "height=\"2\"/></svg>");
        Path site = temp.resolve(name + "/site");
        SiteBuilder.build(SiteSettings.defaults(archive, site, Fixtures.TODAY).withFailOnErrors(false)
                .withAllowRawHtml(rawHtml));
        return site;
    }

    /** Each page and the SVG attachment, opened directly, with what set window.pwned, if anything. */
    private static List<String> whatRan(Path site) throws Exception {
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(site)) {
            pages = walk.filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".svg")).sorted().toList();
        }
        List<String> ran = new ArrayList<>();
        for (Path page : pages) {
            driver.get(page.toUri().toString());
            Thread.sleep(50); // event handlers of broken images fire after load
            Object pwned = ((JavascriptExecutor) driver).executeScript("return window.pwned === undefined ? null : String(window.pwned)");
            if (pwned != null) {
                ran.add(site.relativize(page) + ": " + pwned);
            }
        }
        return ran;
    }

    @Test
    void nothingRunsWithRawHtmlEscaped() throws Exception {
        Path site = build("escaped", false);
        assertEquals(List.of(), whatRan(site));
    }

    @Test
    void nothingRunsWithRawHtmlAllowed() throws Exception {
        Path site = build("raw", true);
        assertEquals(List.of(), whatRan(site));
        HostileInputTest.assertNothingRuns(site);
    }
}
