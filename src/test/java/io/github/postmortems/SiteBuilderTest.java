package io.github.postmortems;

import io.github.postmortems.config.SiteSettings;
import io.github.postmortems.build.BuildResult;
import io.github.postmortems.build.ArchiveCheck;
import io.github.postmortems.build.SiteBuilder;
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
                SiteSettings.defaults(Fixtures.archive("small"), site, Fixtures.TODAY).withTitle("Acme postmortems"));
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
                "2023/11.payments.gateway-outage.club.html",
                "2023/11.payments.gateway-outage.html",
                "2023/index.html",
                "2024/03.payments.card-timeouts.club.html",
                "2024/03.payments.card-timeouts.html",
                "2024/03.payments.card-timeouts/latency.txt",
                "2024/03.payments.card-timeouts/pager.log",
                "2024/07.search.empty-results.club.html",
                "2024/07.search.empty-results.html",
                "2024/index.html",
                "actions.csv",
                "actions.html",
                "assets/club.js",
                "assets/copy-email.js",
                "assets/highlight.js",
                "assets/newsletter.css",
                "assets/search.css",
                "assets/search.js",
                "assets/style.css",
                "assets/tables.js",
                "feed.xml",
                "index.html",
                "newsletter/2023-11.email.html",
                "newsletter/2023-11.html",
                "newsletter/2023-11.md",
                "newsletter/2023-11.slack.txt",
                "newsletter/2023-11.txt",
                "newsletter/2024-03.email.html",
                "newsletter/2024-03.html",
                "newsletter/2024-03.md",
                "newsletter/2024-03.slack.txt",
                "newsletter/2024-03.txt",
                "newsletter/2024-07.email.html",
                "newsletter/2024-07.html",
                "newsletter/2024-07.md",
                "newsletter/2024-07.slack.txt",
                "newsletter/2024-07.txt",
                "newsletter/feed.xml",
                "newsletter/index.html",
                "owners/index.html",
                "owners/mira.html",
                "owners/priya.html",
                "owners/sam.html",
                "owners/tomasz.html",
                "reading-list.html",
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
        Path site = build();
        Document doc = page(site, "2024/03.payments.card-timeouts.html");
        assertEquals("Card payments timed out for 40 minutes · Acme postmortems", doc.title());
        assertEquals("Date 2024-03-14 System payments Severity SEV-2 Status Reviewed Postmortem trigger not named "
                + "Authors Mira Patel, Sam Okafor Time to detect 8 min Time to resolve 40 min User impact 30 min "
                + "Action items 1 of 3 done", doc.selectFirst("dl.facts").text());
        assertEquals("../systems/payments.html", doc.selectFirst("dl.facts a").attr("href"));
        assertEquals(List.of("summary", "impact", "root-causes", "action-items", "timeline", "supporting-information"),
                doc.select("section.body h2").eachAttr("id"));
        Element rootCauses = doc.getElementById("root-causes").parent();
        assertEquals("<a href=\"../2023/11.payments.gateway-outage.html#timeline\">last year's outage</a>",
                rootCauses.selectFirst("a").outerHtml());
        assertEquals(List.of("latency.txt 16 B", "pager.log 68 B"), doc.select("ul.attachments li").eachText());
        assertEquals(List.of("03.payments.card-timeouts/latency.txt", "03.payments.card-timeouts/pager.log"),
                doc.select("ul.attachments a").eachAttr("href"));
        // the system's only other incident is also the most related one, so it is listed once, under Related
        assertEquals(List.of(), doc.select("#same-system"));
        assertEquals(List.of("Search returned nothing", "Payment gateway outage"), doc.select("#related ~ ol a.pm-title").eachText());
        String html = Files.readString(site.resolve("2024/03.payments.card-timeouts.html"));
        int timeline = html.indexOf("<section class=\"body\" aria-labelledby=\"timeline\">");
        assertEquals("""
                <section class="body" aria-labelledby="timeline">
                <h2 id="timeline">Timeline</h2>
                <p>2024-03-14 (all times UTC)</p>
                <table tabindex="0">
                <thead>
                <tr><th>Time</th><th class="since">Since start</th><th>Description</th></tr>
                </thead>
                <tbody>
                <tr><td>23:50</td><td class="since">T+0:00</td><td><strong class="moment">INCIDENT BEGINS</strong>: timeouts rise</td></tr>
                <tr><td>23:58</td><td class="since">T+0:08</td><td><strong class="moment">DETECTED</strong>: pager fires</td></tr>
                <tr><td>00:20</td><td class="since">T+0:30</td><td><strong class="moment">MITIGATED</strong>: pool raised</td></tr>
                <tr><td>00:30</td><td class="since">T+0:40</td><td><strong class="moment">RESOLVED</strong>: error rate normal</td></tr>
                </tbody>
                </table>

                </section>""", html.substring(timeline, html.indexOf("</section>", timeline) + "</section>".length()));
    }

    @Test
    void postmortemPageShowsItsReviewScorecard() throws Exception {
        Document doc = page(build(), "2024/07.search.empty-results.html");
        Element card = doc.selectFirst("details.scorecard");
        assertEquals("", card.attr("open"), "open while a criterion is unmet");
        assertEquals("Review: 2 of 5 criteria met", card.selectFirst("summary").text());
        assertEquals(List.of(
                "✓ Met: Key data collected",
                "✗ Not met: Impact assessed: no Impact; say who was affected and for how long, or write 'No user impact'",
                "✓ Met: Root cause found",
                "✗ Not met: Action plan complete: action item 'Alert on zero-result rate' has no ticket",
                "✗ Not met: Outcome shared: status is In Review; the postmortem counts once it is reviewed and shared"),
                card.select("li").eachText());
        // an unmet criterion with several findings says how many more there are
        Document card2 = page(temp.resolve("site"), "2024/03.payments.card-timeouts.html");
        assertEquals("✗ Not met: Action plan complete: action item 'Alert on pool saturation' has no owner (1 more)",
                card2.select("details.scorecard li").get(3).text());
    }

    @Test
    void markdownHtmlIsEscaped() throws Exception {
        Document doc = page(build(), "2024/07.search.empty-results.html");
        // the page's one script is the theme's highlighter; the author's <script> is text
        assertEquals(List.of("../assets/highlight.js"), doc.select("script").eachAttr("src"));
        assertEquals("", doc.select("script").html());
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
        assertEquals("2024-07-09 · search SEV-3 In Review review overdue 855 days", doc.selectFirst("#latest-heading ~ ol .meta").text());
    }

    @Test
    void yearAndSystemPages() throws Exception {
        Path site = build();
        Document year = page(site, "2024/index.html");
        assertEquals(List.of("July", "March"), year.select("main h2").eachText());
        Document systems = page(site, "systems/index.html");
        assertEquals(List.of("payments 2 2024-03-14 26 min 2 0 0", "search 1 2024-07-09 25 min 1 0 0"),
                systems.select("tbody tr").eachText());
        Document payments = page(site, "systems/payments.html");
        assertEquals("Incidents 2 First · latest 2023-11-24 · 2024-03-14 Median time to detect 8 min "
                + "Median time to resolve 26 min 90th percentile to resolve too few incidents (needs 10 with a known time "
                + "to resolve, has 2) Repeat incidents 0 Open action items 2 Overdue action items 0",
                payments.selectFirst("dl.facts").text());
        assertEquals(List.of("2024 1 8 min (n=1) 40 min (n=1) too few incidents for a trend (needs 3 per side)",
                        "2023 1 unknown (n=0) 12 min (n=1) —"),
                payments.select("#per-year ~ div tbody tr").eachText());
    }

    @Test
    void actionItemsPageGroupsBySystemAndLinksTickets() throws Exception {
        Path site = temp.resolve("site");
        SiteBuilder.build(SiteSettings.defaults(Fixtures.archive("small"), site, Fixtures.TODAY)
                .withTicketUrl("https://tickets.example.com/browse/{ticket}"));
        Document doc = page(site, "actions.html");
        assertEquals("5 in all 3 open 1 without an owner 2 without a ticket", doc.selectFirst("ul.stats").text());
        assertEquals(List.of("payments 2 open of 3", "search 1 open of 2"), doc.select("section.action-group h2").eachText());
        assertEquals(List.of(
                "Raise the pool size to 80 mitigate @sam PAY-409 done Card payments timed out for 40 minutes 2024-03-14 —",
                "Alert on pool saturation detect no owner PAY-410 open Card payments timed out for 40 minutes 2024-03-14 986 d",
                "Load-test the card path monthly prevent @mira no ticket open Card payments timed out for 40 minutes 2024-03-14 986 d"),
                doc.select("section[data-system=payments] tbody tr").eachText());
        assertEquals(List.of("https://tickets.example.com/PAY-409", "https://tickets.example.com/browse/PAY-410"),
                doc.select("section[data-system=payments] tbody td:nth-child(4) a").eachAttr("href"));
        assertEquals(List.of("closed", "open"), doc.select("section[data-system=search] tbody tr").eachAttr("data-status"));
        assertEquals("""
                system,action_item,type,owner,ticket,ticket_url,status,postmortem,incident_date,age_days,page,due\r
                payments,Raise the pool size to 80,mitigate,'@sam,PAY-409,https://tickets.example.com/PAY-409,done,\
                Card payments timed out for 40 minutes,2024-03-14,,2024/03.payments.card-timeouts.html,\r
                payments,Alert on pool saturation,detect,,PAY-410,https://tickets.example.com/browse/PAY-410,open,\
                Card payments timed out for 40 minutes,2024-03-14,986,2024/03.payments.card-timeouts.html,\r
                payments,Load-test the card path monthly,prevent,'@mira,,,open,\
                Card payments timed out for 40 minutes,2024-03-14,986,2024/03.payments.card-timeouts.html,\r
                search,Check document count before switching the alias,prevent,'@priya,SRCH-88,\
                https://tickets.example.com/browse/SRCH-88,done,Search returned nothing,2024-07-09,,\
                2024/07.search.empty-results.html,\r
                search,Alert on zero-result rate,,'@tomasz,,,open,Search returned nothing,2024-07-09,869,\
                2024/07.search.empty-results.html,\r
                """, Files.readString(site.resolve("actions.csv")));
    }

    @Test
    void actionItemsShowTheirStateDueDayAndWhetherTheyAreOverdue() throws Exception {
        Path archive = temp.resolve("due");
        Fixtures.write(archive.resolve("2026/10.idp.saml.md"), """
                # SAML signing certificate expired

                **Date:** 2026-10-02

                ## Action Items

                | Action Item | Owner | Ticket | Status | Due |
                |---|---|---|---|---|
                | Alert on expiry | @ben | IDN-80 | In progress | 2026-11-01 |
                | Move to a managed IdP | @ana | IDN-79 | Won't do | 2026-10-15 |
                | Document the runbook | @li | IDN-83 | Open | 2026-12-31 |
                """);
        Path site = temp.resolve("due-site");
        SiteBuilder.build(SiteSettings.defaults(archive, site, Fixtures.TODAY).withFailOnErrors(false));
        Document doc = page(site, "actions.html");
        assertEquals("3 in all 2 open 0 without an owner 0 without a ticket 1 overdue", doc.selectFirst("ul.stats").text());
        assertEquals(List.of("in progress due 2026-11-01 overdue", "won't do due 2026-10-15", "open due 2026-12-31"),
                doc.select("table.actions tbody td:nth-child(5)").eachText());
        assertEquals(List.of("54 d", "—", "54 d"), doc.select("table.actions tbody td:last-child").eachText());
    }

    @Test
    void timesReadFromATimelinesWordingAreMarkedInferredWithTheirSource() throws Exception {
        Path archive = temp.resolve("inferred");
        Fixtures.write(archive.resolve("2024/03.api.bad-deploy.md"), """
                # Bad deploy

                **Date:** 2024-03-14

                ## Key events

                2024-03-14 (all times UTC)

                - 14:02 Error rate on checkout rises to 30 %
                - 14:09 On-call paged by the error-rate alert
                - 14:40 Error rate back to normal, all clear
                """);
        Path site = temp.resolve("inferred-site");
        SiteBuilder.build(SiteSettings.defaults(archive, site, Fixtures.TODAY).withFailOnErrors(false));
        Document page = page(site, "2024/03.api.bad-deploy.html");
        assertEquals("38 min inferred", page.select("dl.facts div:contains(Time to resolve) dd").text());
        assertEquals("inferred: started from the timeline entry 14:02 “Error rate on checkout rises to 30 %”; resolved "
                + "from the timeline entry 14:40 “Error rate back to normal, all clear”",
                page.selectFirst("dl.facts div:contains(Time to resolve) .inferred").attr("title"));
        assertEquals("Median time to resolve 38 min (1 of 1 inferred from timelines or stated in the text)",
                page(site, "systems/api.html").select("dl.facts div:contains(Median time to resolve)").text());
    }

    @Test
    void postmortemsNamedInFrontMatterAreCheckedLikeLinks() throws Exception {
        Path archive = temp.resolve("declared");
        Fixtures.write(archive.resolve("2025/03.db.drill.md"), """
                ---
                date: 2025-03-02
                follows: 2024/11.db.gone
                duplicate-of: ../2025/03.db.drill.md
                ---
                # Drill
                """);
        ArchiveCheck result = SiteBuilder.check(SiteSettings.defaults(archive, temp.resolve("declared-site"),
                Fixtures.TODAY), SiteBuilder.Mode.CHECK);
        assertEquals(List.of("2025/03.db.drill.md:3: error: link to '../2024/11.db.gone.md' points to 2024/11.db.gone.md, "
                + "which is not a postmortem or an attachment in the archive [broken-link]"), result.problems().stream()
                .filter(p -> p.rule().equals("broken-link")).map(Problem::toString).toList());
    }

    @Test
    void managersSeeOpenItemsPerOwnerOverduePerSystemAndTheQueueWithItsAuthors() throws Exception {
        Path archive = temp.resolve("owners");
        Fixtures.write(archive.resolve("2026/10.idp.saml.md"), """
                # SAML signing certificate expired

                **Date:** 2026-10-02

                **Authors:** Ana Lima, Ben Okafor

                **Status:** In Review

                ## Action Items

                | Action Item | Owner | Ticket | Status | Due |
                |---|---|---|---|---|
                | Alert on expiry | @ben | IDN-80 | In progress | 2026-11-01 |
                | Move to a managed IdP | @ana | IDN-79 | Won't do | 2026-10-15 |
                | Document the runbook | Ben | IDN-83 | Open | 2026-12-31 |
                | Rotate the key | | IDN-84 | Open | |
                """);
        Fixtures.write(archive.resolve("2025/04.idp.login.md"), """
                # Login slow

                **Date:** 2025-04-02

                **Status:** Draft

                ## Action Items

                | Action Item | Owner | Ticket | Status |
                |---|---|---|---|
                | Cache the JWKS | @ben | IDN-12 | Done |
                """);
        Path site = temp.resolve("owners-site");
        SiteBuilder.build(SiteSettings.defaults(archive, site, Fixtures.TODAY).withFailOnErrors(false));

        Document owners = page(site, "owners/index.html");
        assertEquals(List.of("@ana 0 0 — 1", "@ben 2 1 54 d 1"), owners.select("tbody tr").eachText());
        assertEquals(List.of("ana.html", "ben.html"), owners.select("tbody th a").eachAttr("href"));
        assertEquals("1 open item has no owner.", owners.selectFirst("main p").text());
        assertEquals("../actions.html?owner=(none)", owners.selectFirst("main p a").attr("href"));

        Document ben = page(site, "owners/ben.html");
        assertEquals("Action items of @ben", ben.selectFirst("h1").text());
        assertEquals("2 open 1 overdue 1 closed", ben.selectFirst("ul.stats").text());
        assertEquals(List.of(
                "Alert on expiry — IDN-80 in progress due 2026-11-01 overdue SAML signing certificate expired 2026-10-02 54 d",
                "Document the runbook — IDN-83 open due 2026-12-31 SAML signing certificate expired 2026-10-02 54 d"),
                ben.select("#open ~ .table-wrap tbody tr").eachText());
        assertEquals(List.of("Cache the JWKS — IDN-12 done Login slow 2025-04-02 —"),
                ben.select("#closed ~ .table-wrap tbody tr").eachText());

        Document actions = page(site, "actions.html");
        assertEquals(List.of("ben", "ana", "ben", "(none)", "ben"),
                actions.select("table.actions tbody tr").eachAttr("data-owner"));
        assertEquals(List.of("../owners/ben.html", "../owners/ana.html"), List.of(
                page(site, "systems/idp.html").select("table.actions a[href*=owners]").eachAttr("href").get(0),
                actions.select("table.actions a[href*=owners]").eachAttr("href").get(1).replace("owners/", "../owners/")));
        assertEquals(List.of("2026 Q4 4 1 3 25 %", "2025 Q2 1 1 0 100 %"),
                actions.select("#closure ~ .table-wrap tbody tr").eachText());
        assertEquals(List.of("idp 2 2026-10-02 unknown 3 1 0"), page(site, "systems/index.html").select("tbody tr").eachText());
        assertEquals("Overdue action items 1", page(site, "systems/idp.html").select("dl.facts div").get(7).text());

        Document home = page(site, "index.html");
        assertEquals(List.of("no author", "by Ana Lima, Ben Okafor"), home.select("#queue ~ ol .authors").eachText());
    }

    @Test
    void csvFieldsAreQuotedAndFormulasDefused() {
        assertEquals("\"a, b\"", io.github.postmortems.render.CsvAccess.field("a, b"));
        assertEquals("\"say \"\"hi\"\"\"", io.github.postmortems.render.CsvAccess.field("say \"hi\""));
        assertEquals("'=HYPERLINK(1)", io.github.postmortems.render.CsvAccess.field("=HYPERLINK(1)"));
        assertEquals("'@SUM(A1)", io.github.postmortems.render.CsvAccess.field("@SUM(A1)"));
        // Excel reads "@mira" as a function call and "-5+A1" as a formula: every such cell is text
        assertEquals("'@mira", io.github.postmortems.render.CsvAccess.field("@mira"));
        assertEquals("'-5", io.github.postmortems.render.CsvAccess.field("-5"));
        assertEquals("'+1", io.github.postmortems.render.CsvAccess.field("+1"));
        assertEquals("\"'\rx\"", io.github.postmortems.render.CsvAccess.field("\rx"));
        assertEquals("'\tx", io.github.postmortems.render.CsvAccess.field("\tx"));
        assertEquals("mira@x", io.github.postmortems.render.CsvAccess.field("mira@x"));
    }

    @Test
    void sameInputGivesTheSameBytesWhateverTheLocaleAndZone() throws Exception {
        Path first = temp.resolve("first");
        Path second = temp.resolve("second");
        SiteBuilder.build(SiteSettings.defaults(Fixtures.archive("small"), first, Fixtures.TODAY));
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            SiteBuilder.build(SiteSettings.defaults(Fixtures.archive("small"), second, Fixtures.TODAY));
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
        SiteBuilder.build(SiteSettings.defaults(Fixtures.archive("small"), site, Fixtures.TODAY).withThemeDirectory(theme));
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
                SiteSettings.defaults(Fixtures.archive("small"), site, Fixtures.TODAY).withThemeDirectory(theme)));

        assertTrue(e.getMessage().startsWith("template system.ftlh failed while rendering systems/payments.html: "),
                e.getMessage());
        Map<String, byte[]> after = Fixtures.files(site);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((path, bytes) -> assertArrayEquals(bytes, after.get(path), path));
        try (var left = Files.list(temp)) {
            assertEquals(List.of(site, site.resolveSibling("site-cache"),
                    io.github.postmortems.index.SearchIndex.directoryFor(site), theme),
                    left.sorted().toList()); // the build cache and the search index are kept beside the site
        }
    }

    @Test
    void aFailingPostmortemTemplateFailsTheBuildWithItsName() throws Exception {
        Path theme = temp.resolve("theme");
        Files.createDirectories(theme.resolve("templates"));
        Files.writeString(theme.resolve("templates/postmortem.ftlh"), "${postmortem.title?foo}");
        // the whole sample archive: pages render in parallel, so later threads meet FreeMarker's cached failure
        RenderException e = assertThrows(RenderException.class, () -> SiteBuilder.build(
                SiteSettings.defaults(Path.of("content").toAbsolutePath(), temp.resolve("site"), Fixtures.TODAY)
                        .withThemeDirectory(theme)));
        assertTrue(e.getMessage().startsWith("template postmortem.ftlh failed while rendering 20"), e.getMessage());
        assertTrue(!Files.exists(temp.resolve("site")), "nothing written");
    }

    @Test
    void anEmptyArchiveGivesAHomePageThatSaysSo() throws Exception {
        Path archive = temp.resolve("archive");
        Files.createDirectories(archive.resolve("2024"));
        Files.writeString(archive.resolve("TEMPLATE.md"), "# Title\n", StandardCharsets.UTF_8);
        Path site = temp.resolve("site");
        SiteBuilder.build(SiteSettings.defaults(archive, site, Fixtures.TODAY));
        assertEquals("No postmortems yet. Copy TEMPLATE.md to YYYY/MM.system.event.md to write the first one.",
                page(site, "index.html").selectFirst("main p").text());
    }
}
