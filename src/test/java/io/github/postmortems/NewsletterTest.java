package io.github.postmortems;

import io.github.postmortems.config.SiteSettings;
import io.github.postmortems.build.BuildResult;
import io.github.postmortems.build.SiteBuilder;
import io.github.postmortems.build.DigestPrinter;
import io.github.postmortems.newsletter.Digests;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The monthly digest: its exact content, month boundaries by zone, the e-mail's constraints, the copy button. */
class NewsletterTest {

    @TempDir
    Path temp;

    private Path build(String zone, String baseUrl) throws Exception {
        Path site = temp.resolve("site-" + zone.replace('/', '-') + (baseUrl == null ? "-relative" : ""));
        SiteBuilder.build(DigestFixture.settings(DigestFixture.write(temp), site, zone, baseUrl));
        return site;
    }

    @Test
    void theMarkdownDigestOfAMonth() throws Exception {
        Path site = build("UTC", DigestFixture.BASE_URL);
        assertEquals("""
                # Postmortem digest: March 2025

                2 incidents in March 2025 (February 2025: 0); 1 reviewed, 1 in review.

                Welcome to the *March* digest. Read [the failover runbook](https://postmortems.example.com/runbooks/failover.html) \
                before the drill.

                ## The month in numbers

                | | March 2025 | February 2025 |
                |---|---|---|
                | Incidents | 2 (+2) | 0 |
                | By severity | SEV-2: 1, SEV-3: 1 | none |
                | By trigger | none named | none named |
                | Total duration | 45 min (1 unknown) | no incidents |
                | Median duration | 45 min (of 1 known) | no incidents |

                ## Postmortems

                ### [Primary database failed over during the lunch peak](https://postmortems.example.com/2025/03.db.failover.html)

                db · SEV-2 · 45 min · 2025-03-04

                Checkout returned errors for 45 minutes while the primary database failed over.

                **Root cause:** The failover script waited for replication to catch up before promoting a replica. \
                Replication was 20 minutes behind because of a long report query.

                ## In review

                Not yet reviewed: their findings may still change.

                - [Product pages slow \\<for\\> some users](https://postmortems.example.com/2025/03.web.slow-pages.html) — web, Draft

                ## Lessons learned

                - Failover drills found nothing because the replicas were idle. Practise under load. \
                ([Primary database failed over during the lunch peak](https://postmortems.example.com/2025/03.db.failover.html))

                ## Action items

                Opened this month (1 of 2 still open):

                - Kill report queries older than 5 minutes on replicas (done) — @ana, [DB-12](<https://tickets.example.com/DB-12>)
                - Failover drill under load — **no owner**, **no ticket**

                Still open from earlier months (1, oldest first):

                - Put the runbook in the repo — @bo, DB-3 · from \
                [The first failover that went wrong](https://postmortems.example.com/2024/03.db.old-failover.html) (2024-03)

                ## From the archive: March 2024

                - [The first failover that went wrong](https://postmortems.example.com/2024/03.db.old-failover.html) — db

                [Read this digest on the site](https://postmortems.example.com/newsletter/2025-03.html)
                """, Files.readString(site.resolve("newsletter/2025-03.md")));
    }

    @Test
    void theIncidentStartInTheConfiguredZoneSetsTheMonth() throws Exception {
        // 2025-03-31 22:30 EST is 23:30 in New York (EDT by then) and 2025-04-01 03:30 UTC
        Path utc = build("UTC", DigestFixture.BASE_URL);
        assertTrue(Files.readString(utc.resolve("newsletter/2025-04.txt"))
                .startsWith("POSTMORTEM DIGEST: APRIL 2025\nAcme postmortems\n\n"
                        + "1 incident in April 2025 (March 2025: 2); 1 reviewed, 0 in review.\n"));
        Path newYork = build("America/New_York", DigestFixture.BASE_URL);
        assertFalse(Files.exists(newYork.resolve("newsletter/2025-04.html")));
        assertTrue(Files.readString(newYork.resolve("newsletter/2025-03.txt"))
                .contains("\n3 incidents in March 2025 (February 2025: 0); 2 reviewed, 1 in review.\n"));
        Document index = Jsoup.parse(newYork.resolve("newsletter/index.html").toFile(), "UTF-8");
        assertEquals(List.of("March 2025", "March 2024"), index.select("a.pm-title").eachText());
        assertEquals(List.of("2025-03.html", "2024-03.html"), index.select("a.pm-title").eachAttr("href"));
    }

    @Test
    void theEmailFollowsTheRulesOfEmail() throws Exception {
        Path site = build("UTC", DigestFixture.BASE_URL);
        String html = Files.readString(site.resolve("newsletter/2025-03.email.html"));
        assertTrue(html.getBytes(StandardCharsets.UTF_8).length < 100_000, "Gmail clips past about 102 KB");
        assertFalse(html.matches("(?s).*rgb\\(\\d+ .*"), "Gmail drops space-separated rgb()");
        Document doc = Jsoup.parse(html);
        assertTrue(doc.select("script, link, style, form, iframe").isEmpty());
        assertEquals("en", doc.selectFirst("html").attr("lang"));
        Element container = doc.selectFirst("body > table > tbody > tr > td > table");
        // fluid up to 600 px, so a phone shows it whole; Outlook on Windows gets a 600 px table of its own
        assertEquals("100%", container.attr("width"));
        assertTrue(container.attr("style").startsWith("width:100%;max-width:600px;"));
        assertTrue(html.contains("<!--[if mso]><table role=\"presentation\" width=\"600\" cellpadding=\"0\""
                + " cellspacing=\"0\" border=\"0\" align=\"center\"><tr><td><![endif]-->\n"));
        assertTrue(html.contains("</table>\n<!--[if mso]></td></tr></table><![endif]-->\n"));
        for (Element table : doc.select("table")) {
            assertEquals("presentation", table.attr("role"), table.outerHtml().substring(0, 80));
            assertFalse(table.hasAttr("width") && table.attr("width").matches("\\d+")
                    && Integer.parseInt(table.attr("width")) > 600);
        }
        for (Element e : doc.select("a[href], [src]")) {
            String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
            assertTrue(url.startsWith("https://"), "absolute: " + e);
        }
        for (Element img : doc.select("img")) {
            assertTrue(img.hasAttr("alt") && img.hasAttr("width") && img.hasAttr("height"), img.toString());
        }
        for (Element e : doc.select("p, h1, h2, h3, li, ul, td, a, span")) {
            assertFalse(e.attr("style").isBlank(), "inline style on " + e.tagName() + ": " + e.text());
        }
        for (Element e : doc.select("p, h1, h2, h3, li, ul, td")) {
            assertTrue(e.attr("style").contains("font-family:"), "font stack on " + e.tagName());
        }
        assertEquals("https://postmortems.example.com/runbooks/failover.html",
                doc.select("a").stream().filter(a -> a.text().equals("the failover runbook")).findFirst()
                        .orElseThrow().attr("href"), "the intro's relative link resolved against the digest");
        assertEquals("2 incidents in March 2025 (February 2025: 0); 1 reviewed, 1 in review.",
                container.select("p").get(1).text(), "the first visible line says what the month was");
        assertEquals(List.of("The month in numbers", "Postmortems", "In review", "Lessons learned", "Action items",
                "From the archive: March 2024"), doc.select("h2").eachText());
    }

    @Test
    void theDigestPageCarriesTheEmailAndTheTextForTheCopyButton() throws Exception {
        Path site = build("UTC", DigestFixture.BASE_URL);
        HostileInputTest.assertNothingRuns(site);
        Document page = Jsoup.parse(site.resolve("newsletter/2025-03.html").toFile(), "UTF-8");
        Element button = page.getElementById("copy-email");
        assertTrue(button.hasAttr("hidden"), "shown by the script, so there is no dead button without it");
        assertEquals("../assets/copy-email.js", page.select("script").attr("src"));
        assertEquals(Files.readString(site.resolve("newsletter/2025-03.txt")), page.getElementById("digest-text").wholeText());
        Element email = page.getElementById("digest-email");
        assertEquals("pre", email.tagName());
        assertEquals(0, email.children().size(), "escaped text: the page's CSP allows no inline styles");
        assertEquals(Jsoup.parse(site.resolve("newsletter/2025-03.email.html").toFile(), "UTF-8")
                .selectFirst("body table table").outerHtml(), Jsoup.parseBodyFragment(email.wholeText()).body().child(0).outerHtml());
        assertEquals("2025-03.email.html", page.selectFirst(".digest-tools a").attr("href"));
        assertEquals(List.of("Primary database failed over during the lunch peak"),
                page.select("main .card h3").eachText());
        assertEquals(List.of("Product pages slow <for> some users — web, Draft"), page.select("ul.in-review li").eachText());
        assertNotNull(page.selectFirst("nav a[href=../newsletter/index.html][aria-current=page]"));
        // a ticket id never breaks at its hyphen
        assertEquals("<a class=\"nowrap\" href=\"https://tickets.example.com/DB-12\">DB-12</a>",
                page.selectFirst("#actions ~ ul a.nowrap").outerHtml());
    }

    @Test
    void withoutABaseUrlTheBuildWarnsAndTheEmailSaysItsLinksAreRelative() throws Exception {
        Path archive = DigestFixture.write(temp);
        Files.writeString(archive.resolve("newsletter/march.md"), "Misnamed");
        BuildResult result = SiteBuilder.build(DigestFixture.settings(archive, temp.resolve("site"), "UTC", null));
        assertEquals("baseUrl is not set: the e-mail digests and feeds use relative addresses, which break once an "
                + "e-mail is sent; set <baseUrl> to the address the site is published under",
                Digests.baseUrlWarning(DigestFixture.settings(archive, temp, "UTC", null)).orElseThrow());
        assertEquals(List.of(
                "newsletter/march.md:1: warning: an editor's intro is a file named YYYY-MM.md (for example 2025-03.md); "
                        + "this one is not used [newsletter]"),
                result.problems().stream().filter(p -> p.file().startsWith("newsletter")).map(Problem::toString).toList());
        Document email = Jsoup.parse(temp.resolve("site/newsletter/2025-03.email.html").toFile(), "UTF-8");
        assertTrue(email.text().contains("Links in this e-mail are relative because the site has no baseUrl configured"));
        assertEquals("../2025/03.db.failover.html", email.selectFirst("h3 a").attr("href"));
    }

    @Test
    void theDigestGoalPrintsWhatTheSiteHas() throws Exception {
        Path archive = DigestFixture.write(temp);
        Path site = temp.resolve("site");
        SiteSettings settings = DigestFixture.settings(archive, site, "UTC", DigestFixture.BASE_URL);
        SiteBuilder.build(settings);
        YearMonth march = YearMonth.of(2025, 3);
        assertEquals(Files.readString(site.resolve("newsletter/2025-03.md")),
                DigestPrinter.digest(settings, march, io.github.postmortems.render.DigestPages.DigestOutput.MARKDOWN));
        assertEquals(Files.readString(site.resolve("newsletter/2025-03.email.html")),
                DigestPrinter.digest(settings, march, io.github.postmortems.render.DigestPages.DigestOutput.EMAIL));
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> DigestPrinter.digest(settings, YearMonth.of(2025, 2), io.github.postmortems.render.DigestPages.DigestOutput.TEXT));
        assertEquals("no postmortems in February 2025, so there is no digest; the latest months with one: "
                + "2025-04, 2025-03, 2024-03", none.getMessage());
    }

    @Test
    void theSlackDigestUsesMrkdwn() throws Exception {
        Path site = build("UTC", DigestFixture.BASE_URL);
        assertEquals("""
                *Postmortem digest: March 2025*
                2 incidents in March 2025 (February 2025: 0); 1 reviewed, 1 in review.

                Welcome to the _March_ digest. Read <https://postmortems.example.com/runbooks/failover.html|the failover runbook> before the drill.

                *The month in numbers*
                • Incidents: 2 (+2); February 2025: 0
                • By severity: SEV-2: 1, SEV-3: 1; February 2025: none
                • By trigger: none named; February 2025: none named
                • Total duration: 45 min (1 unknown); February 2025: no incidents
                • Median duration: 45 min (of 1 known); February 2025: no incidents

                *Postmortems*
                • <https://postmortems.example.com/2025/03.db.failover.html|Primary database failed over during the lunch peak> — db · SEV-2 · 45 min · 2025-03-04
                   _Root cause:_ The failover script waited for replication to catch up before promoting a replica. Replication was 20 minutes behind because of a long report query.

                *In review* (findings may still change)
                • <https://postmortems.example.com/2025/03.web.slow-pages.html|Product pages slow &lt;for&gt; some users> — web, Draft

                *Lessons learned*
                • Failover drills found nothing because the replicas were idle. Practise under load. (<https://postmortems.example.com/2025/03.db.failover.html|Primary database failed over during the lunch peak>)

                *Action items*
                Opened this month (1 of 2 still open):
                • Kill report queries older than 5 minutes on replicas (done) — @ana, <https://tickets.example.com/DB-12|DB-12>
                • Failover drill under load — *no owner*, *no ticket*
                Still open from earlier months (1, oldest first):
                • Put the runbook in the repo — @bo, DB-3 · from <https://postmortems.example.com/2024/03.db.old-failover.html|The first failover that went wrong> (2024-03)

                *From the archive: March 2024*
                • <https://postmortems.example.com/2024/03.db.old-failover.html|The first failover that went wrong> — db

                <https://postmortems.example.com/newsletter/2025-03.html|Read this digest on the site>
                """, Files.readString(site.resolve("newsletter/2025-03.slack.txt")));
    }

    @Test
    void thePlainTextDigest() throws Exception {
        Path site = build("America/New_York", null);
        assertEquals("""
                POSTMORTEM DIGEST: MARCH 2025
                Acme postmortems

                3 incidents in March 2025 (February 2025: 0); 2 reviewed, 1 in review.

                Links in this digest are relative: the site has no baseUrl configured.

                Welcome to the March digest. Read the failover runbook (../runbooks/failover.html) before the drill.


                THE MONTH IN NUMBERS

                Incidents:       3 (+3); February 2025: 0
                By severity:     SEV-1: 1, SEV-2: 1, SEV-3: 1; February 2025: none
                By trigger:      none named; February 2025: none named
                Total duration:  1 h 5 min (1 unknown); February 2025: no incidents
                Median duration: 32 min (of 2 known); February 2025: no incidents


                POSTMORTEMS

                Primary database failed over during the lunch peak
                db · SEV-2 · 45 min · 2025-03-04
                Checkout returned errors for 45 minutes while the primary database failed over.
                Root cause: The failover script waited for replication to catch up before promoting a replica. \
                Replication was 20 minutes behind because of a long report query.
                ../2025/03.db.failover.html

                API gateway rejected tokens at midnight
                api · SEV-1 · 20 min · 2025-03-31
                Every API call failed for 20 minutes because the gateway's token cache expired at once.
                Root cause: All cached keys shared one expiry time.
                ../2025/03.api.late-night.html


                IN REVIEW (not yet reviewed: findings may still change)

                - Product pages slow <for> some users — web, Draft
                  ../2025/03.web.slow-pages.html


                LESSONS LEARNED

                - Failover drills found nothing because the replicas were idle. Practise under load. \
                (Primary database failed over during the lunch peak)


                ACTION ITEMS

                Opened this month (1 of 2 still open):
                - Kill report queries older than 5 minutes on replicas (done) — @ana, DB-12
                - Failover drill under load — NO OWNER, NO TICKET

                Still open from earlier months (1, oldest first):
                - Put the runbook in the repo — @bo, DB-3 · from "The first failover that went wrong" (2024-03)


                FROM THE ARCHIVE: MARCH 2024

                - The first failover that went wrong — db
                  ../2024/03.db.old-failover.html

                --
                Read this digest on the site: ../newsletter/2025-03.html
                """, Files.readString(site.resolve("newsletter/2025-03.txt")));
    }

    @Test
    void anIntroCannotInjectScript() throws Exception {
        Path archive = DigestFixture.write(temp);
        Files.writeString(archive.resolve("newsletter/2025-03.md"), """
                <script>alert(1)</script> <img src=x onerror=alert(2)> [x](javascript:alert(3))

                <a href="javascript:alert(4)" onclick="alert(5)">raw</a>
                """);
        Path site = temp.resolve("site");
        SiteBuilder.build(DigestFixture.settings(archive, site, "UTC", DigestFixture.BASE_URL).withAllowRawHtml(true));
        HostileInputTest.assertNothingRuns(site);
        Document email = Jsoup.parse(site.resolve("newsletter/2025-03.email.html").toFile(), "UTF-8");
        assertTrue(email.select("script, img, [onclick], [onerror]").isEmpty());
        assertTrue(email.text().contains("<script>alert(1)</script> <img src=x onerror=alert(2)>"), "shown as text");
        String slack = Files.readString(site.resolve("newsletter/2025-03.slack.txt"));
        assertEquals("&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(2)&gt; [x](javascript:alert(3))"
                        + "\n\n&lt;a href=\"javascript:alert(4)\" onclick=\"alert(5)\"&gt;raw&lt;/a&gt;",
                slack.substring(slack.indexOf("&lt;script"), slack.indexOf("\n\n*The month")), "no live link in Slack either");
    }
}
