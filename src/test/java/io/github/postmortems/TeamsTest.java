package io.github.postmortems;

import io.github.postmortems.build.SiteBuilder;
import io.github.postmortems.config.SiteSettings;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** teams.yml: a page per team, the owning team on system and postmortem pages, and the no-team warning. */
class TeamsTest {

    private static final String TEAMS = """
            teams:
              payments:
                name: Payments
                systems: [payments, checkout]
                contacts: ["#payments-oncall", payments@example.com, "https://wiki.example.com/payments"]
              discovery:
                name: Search & Discovery
                systems: [search]
            """;

    @TempDir
    Path temp;

    /** The small fixture archive, copied so a teams.yml can be added beside it. */
    private Path archive(String teamsYml) throws IOException {
        Path archive = temp.resolve("archive");
        for (Map.Entry<String, byte[]> f : Fixtures.files(Fixtures.archive("small")).entrySet()) {
            Path target = archive.resolve(f.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, f.getValue());
        }
        if (teamsYml != null) {
            Fixtures.write(archive.resolve("teams.yml"), teamsYml);
        }
        return archive;
    }

    private Path build(String teamsYml) throws Exception {
        Path site = temp.resolve("site");
        SiteBuilder.build(SiteSettings.defaults(archive(teamsYml), site, Fixtures.TODAY).withTitle("Acme"));
        return site;
    }

    private static Document page(Path site, String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    private List<String> teamFindings(String teamsYml) throws Exception {
        return SiteBuilder.check(SiteSettings.defaults(archive(teamsYml), temp.resolve("site"), Fixtures.TODAY),
                        SiteBuilder.Mode.CHECK).problems().stream()
                .filter(p -> p.file().equals("teams.yml")).map(Problem::toString).toList();
    }

    @Test
    void teamsIndexListsEachTeamWithItsCounts() throws Exception {
        Document doc = page(build(TEAMS), "teams/index.html");
        assertEquals("Teams · Acme", doc.title());
        assertEquals(List.of(
                "Team Systems Incidents Open action items Overdue reviews",
                "Payments payments, checkout 2 2 0",
                "Search & Discovery search 1 1 1"), doc.select("table tr").eachText());
        assertEquals(List.of("payments.html", "discovery.html"), doc.select("tbody th a").eachAttr("href"));
        assertEquals("../teams/index.html", doc.selectFirst("nav[aria-label=Site] a:contains(Teams)").attr("href"));
    }

    @Test
    void teamPageShowsIncidentsOpenActionItemsAndOverdueReviews() throws Exception {
        Path site = build(TEAMS);
        Document payments = page(site, "teams/payments.html");
        assertEquals("Systems payments, checkout Contacts #payments-oncall, payments@example.com, "
                + "https://wiki.example.com/payments Incidents 2 Open action items 2 Overdue reviews 0",
                payments.selectFirst("dl.facts").text());
        assertEquals(List.of("../systems/payments.html", "mailto:payments@example.com",
                "https://wiki.example.com/payments"), payments.select("dl.facts a").eachAttr("href"));
        assertEquals("None: no review is past its deadline.", payments.selectFirst("#overdue-reviews + p").text());
        assertEquals(List.of("Alert on pool saturation", "Load-test the card path monthly"),
                payments.select("#open-actions ~ div table.actions tbody td:eq(0)").eachText());
        assertEquals(List.of("Card payments timed out for 40 minutes", "Payment gateway outage"),
                payments.select("#incidents ~ ol a.pm-title").eachText());

        Document discovery = page(site, "teams/discovery.html");
        assertEquals("Search & Discovery · Acme", discovery.title());
        assertEquals(List.of("Search returned nothing 2024-07-09 · search SEV-3 In Review review overdue 855 days "
                + "by Priya Raman Search returned no results for 25 minutes after an index alias was pointed at an "
                + "empty index."), discovery.select("#overdue-reviews ~ ol li").eachText());
    }

    @Test
    void systemAndPostmortemPagesNameTheOwningTeam() throws Exception {
        Path site = build(TEAMS);
        Document system = page(site, "systems/search.html");
        assertEquals("Team Search & Discovery", system.selectFirst("dl.facts div").text());
        assertEquals("../teams/discovery.html", system.selectFirst("dl.facts a").attr("href"));
        Document postmortem = page(site, "2024/03.payments.card-timeouts.html");
        assertEquals("Date 2024-03-14 System payments Team Payments Severity SEV-2 Status Reviewed Postmortem trigger not named "
                + "Authors Mira Patel, Sam Okafor Time to detect 8 min Time to resolve 40 min User impact 30 min "
                + "Action items 1 of 3 done", postmortem.selectFirst("dl.facts").text());
        assertEquals("../teams/payments.html", postmortem.select("dl.facts a").get(1).attr("href"));
    }

    @Test
    void withoutTeamsYmlThereAreNoTeamPagesAndNoWarning() throws Exception {
        Path site = build(null);
        assertEquals(List.of(), Fixtures.files(site).keySet().stream().filter(f -> f.startsWith("teams/")).toList());
        assertEquals(List.of(), page(site, "index.html").select("nav a:contains(Teams)").eachText());
        assertEquals(List.of(), teamFindings(null));
    }

    @Test
    void aSystemWithPostmortemsButNoTeamIsAWarning() throws Exception {
        assertEquals(List.of("teams.yml:1: warning: system 'search' has 1 postmortem but no team; list it under "
                + "a team's systems [no-team]"), teamFindings("""
                teams:
                  payments:
                    systems: [payments]
                """));
    }

    @Test
    void aBrokenTeamsYmlFailsTheCheckButNotTheSite() throws Exception {
        String twice = """
                teams:
                  payments:
                    systems: [payments, search]
                  discovery:
                    systems: [search]
                """;
        assertEquals(List.of("teams.yml:5: error: system 'search' is listed under team 'payments' (line 2) and "
                + "team 'discovery'; a system has one owning team [teams]"), teamFindings(twice));
        Path site = build(twice);
        assertEquals("Team payments", page(site, "systems/search.html").selectFirst("dl.facts div").text());
    }
}
