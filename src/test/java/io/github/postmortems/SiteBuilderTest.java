package io.github.postmortems;

import io.github.postmortems.render.RenderException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Builds the small fixture archive and checks the pages a reader sees. */
class SiteBuilderTest {

    @TempDir
    Path temp;

    private Path build() throws Exception {
        Path site = temp.resolve("site");
        BuildResult result = SiteBuilder.build(
                SiteSettings.defaults(Fixtures.archive("small"), site).withTitle("Acme postmortems"));
        assertEquals(3, result.postmortems());
        return site;
    }

    private static Document page(Path site, String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    @Test
    void writesTheLayoutOfDesignMd() throws Exception {
        Path site = build();
        assertEquals(List.of(
                "2023/11.payments.gateway-outage.html",
                "2023/index.html",
                "2024/03.payments.card-timeouts.html",
                "2024/03.payments.card-timeouts/latency.txt",
                "2024/03.payments.card-timeouts/pager.log",
                "2024/07.search.empty-results.html",
                "2024/index.html",
                "assets/search.css",
                "assets/search.js",
                "assets/style.css",
                "index.html",
                "search.html",
                "systems/index.html",
                "systems/payments.html",
                "systems/search.html"), Fixtures.files(site).keySet().stream()
                        .filter(f -> !f.startsWith("search/")).toList()); // search data: see index tests
        assertArrayEquals(Files.readAllBytes(Fixtures.archive("small").resolve("2024/03.payments.card-timeouts/pager.log")),
                Files.readAllBytes(site.resolve("2024/03.payments.card-timeouts/pager.log")));
    }

    @Test
    void postmortemPageShowsFactsBodyAndAttachments() throws Exception {
        Document doc = page(build(), "2024/03.payments.card-timeouts.html");
        assertEquals("Card payments timed out for 40 minutes · Acme postmortems", doc.title());
        assertEquals("Date 2024-03-14 System payments Severity SEV-2 Status Reviewed "
                + "Authors Mira Patel, Sam Okafor Action items 1 of 3 done", doc.selectFirst("dl.facts").text());
        assertEquals("../systems/payments.html", doc.selectFirst("dl.facts a").attr("href"));
        assertEquals(List.of("summary", "impact", "root-causes", "action-items", "timeline", "supporting-information"),
                doc.select("section.body h2").eachAttr("id"));
        Element rootCauses = doc.getElementById("root-causes").parent();
        assertEquals("<a href=\"../2023/11.payments.gateway-outage.html#timeline\">last year's outage</a>",
                rootCauses.selectFirst("a").outerHtml());
        assertEquals(List.of("latency.txt 16 B", "pager.log 68 B"), doc.select("ul.attachments li").eachText());
        assertEquals(List.of("03.payments.card-timeouts/latency.txt", "03.payments.card-timeouts/pager.log"),
                doc.select("ul.attachments a").eachAttr("href"));
        assertEquals(List.of("Payment gateway outage"), doc.select("#same-system ~ ol a.pm-title").eachText());
    }

    @Test
    void markdownHtmlIsEscaped() throws Exception {
        Document doc = page(build(), "2024/07.search.empty-results.html");
        assertTrue(doc.select("script").isEmpty());
        assertEquals("<script>alert(\"x\")</script>", doc.selectFirst("#timeline").parent().select("p").last().text());
    }

    @Test
    void homePageListsLatestAndTheReviewQueue() throws Exception {
        Document doc = page(build(), "index.html");
        assertEquals("3 postmortems 2 systems 2 years 1 awaiting review", doc.selectFirst("ul.stats").text());
        assertEquals(List.of("Search returned nothing"), doc.select("#queue ~ ol a.pm-title").eachText());
        assertEquals(List.of("Search returned nothing", "Card payments timed out for 40 minutes",
                "Payment gateway outage"), doc.select("#latest-heading ~ ol a.pm-title").eachText());
        assertEquals(List.of("2024/07.search.empty-results.html", "2024/03.payments.card-timeouts.html",
                "2023/11.payments.gateway-outage.html"), doc.select("#latest-heading ~ ol a.pm-title").eachAttr("href"));
        assertEquals("2024-07-09 · search SEV-3 In Review", doc.selectFirst("#latest-heading ~ ol .meta").text());
    }

    @Test
    void yearAndSystemPages() throws Exception {
        Path site = build();
        Document year = page(site, "2024/index.html");
        assertEquals(List.of("July", "March"), year.select("main h2").eachText());
        Document systems = page(site, "systems/index.html");
        assertEquals(List.of("payments 2 2024-03-14 2", "search 1 2024-07-09 1"),
                systems.select("tbody tr").eachText());
        Document payments = page(site, "systems/payments.html");
        assertEquals("2 postmortems from 2023-11-24 to 2024-03-14; 2 open action items.",
                payments.selectFirst("main > p").text());
    }

    @Test
    void sameInputGivesTheSameBytesWhateverTheLocaleAndZone() throws Exception {
        Path first = temp.resolve("first");
        Path second = temp.resolve("second");
        SiteBuilder.build(SiteSettings.defaults(Fixtures.archive("small"), first));
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            SiteBuilder.build(SiteSettings.defaults(Fixtures.archive("small"), second));
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
        Map<String, byte[]> a = Fixtures.files(first);
        Map<String, byte[]> b = Fixtures.files(second);
        assertEquals(a.keySet(), b.keySet());
        a.forEach((path, bytes) -> assertArrayEquals(bytes, b.get(path), path));
    }

    @Test
    void aThemeDirectoryOverridesTemplatesAndAssetsByName() throws Exception {
        Path theme = temp.resolve("theme");
        Files.createDirectories(theme.resolve("templates"));
        Files.createDirectories(theme.resolve("assets/img"));
        Files.writeString(theme.resolve("templates/system.ftlh"), "<p>${system.name}: ${system.postmortems?size}</p>");
        Files.writeString(theme.resolve("assets/style.css"), "body{}");
        Files.writeString(theme.resolve("assets/img/logo.svg"), "<svg/>");
        Path site = temp.resolve("site");
        SiteBuilder.build(SiteSettings.defaults(Fixtures.archive("small"), site).withThemeDirectory(theme));
        assertEquals("<p>payments: 2</p>", Files.readString(site.resolve("systems/payments.html")));
        assertEquals("body{}", Files.readString(site.resolve("assets/style.css")));
        assertEquals("<svg/>", Files.readString(site.resolve("assets/img/logo.svg")));
        assertTrue(Files.readString(site.resolve("index.html")).contains("<ul class=\"stats\""), "others stay default");
    }

    @Test
    void aFailingTemplateNamesItselfAndLeavesThePreviousSite() throws Exception {
        Path site = build();
        Map<String, byte[]> before = Fixtures.files(site);
        Path theme = temp.resolve("theme");
        Files.createDirectories(theme.resolve("templates"));
        Files.writeString(theme.resolve("templates/system.ftlh"), "${system.nonexistent}");

        RenderException e = assertThrows(RenderException.class, () -> SiteBuilder.build(
                SiteSettings.defaults(Fixtures.archive("small"), site).withThemeDirectory(theme)));

        assertTrue(e.getMessage().startsWith("template system.ftlh failed while rendering systems/payments.html: "),
                e.getMessage());
        Map<String, byte[]> after = Fixtures.files(site);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((path, bytes) -> assertArrayEquals(bytes, after.get(path), path));
        try (var left = Files.list(temp)) {
            assertEquals(List.of(site, io.github.postmortems.index.SearchIndex.directoryFor(site), theme),
                    left.sorted().toList()); // the search index is kept beside the site, outside it
        }
    }

    @Test
    void anEmptyArchiveGivesAHomePageThatSaysSo() throws Exception {
        Path archive = temp.resolve("archive");
        Files.createDirectories(archive.resolve("2024"));
        Files.writeString(archive.resolve("TEMPLATE.md"), "# Title\n", StandardCharsets.UTF_8);
        Path site = temp.resolve("site");
        SiteBuilder.build(SiteSettings.defaults(archive, site));
        assertEquals("No postmortems yet. Copy TEMPLATE.md to YYYY/MM.system.event.md to write the first one.",
                page(site, "index.html").selectFirst("main p").text());
    }
}
