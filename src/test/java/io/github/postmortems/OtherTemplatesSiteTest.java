package io.github.postmortems;

import io.github.postmortems.build.ArchiveCheck;
import io.github.postmortems.build.BuildResult;
import io.github.postmortems.build.SiteBuilder;
import io.github.postmortems.config.SiteSettings;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** An archive written in a status page's template: its severity words, its own keys shown and summarised once. */
class OtherTemplatesSiteTest {

    @TempDir
    Path temp;

    /** Two issues in the style of a status-page generator, one with a word of the archive's own. */
    private Path statusPageArchive() throws Exception {
        Path archive = temp.resolve("status");
        Fixtures.write(archive.resolve("2022/10.edge.offline.md"), """
                ---
                section: issue
                title: "Edge: offline"
                date: 2022-10-14T18:25:00Z
                resolved: true
                resolvedWhen: 2022-10-15T07:50:00Z
                affected:
                  - Edge proxy
                  - DNS
                severity: down
                ---
                The edge proxies dropped off the network after a router upgrade.
                """);
        Fixtures.write(archive.resolve("2022/11.edge.slow.md"), """
                ---
                section: issue
                title: "Edge: slow"
                date: 2022-11-02T09:00:00Z
                affected: [Edge proxy]
                severity: amber
                ---
                Requests through the edge were slow.
                """);
        return archive;
    }

    @Test
    void pagesShowTheListedKeysWithTheirLabelsAndSeveritiesAsTheArchiveMapsThem() throws Exception {
        Path site = temp.resolve("site");
        Map<String, String> shown = new LinkedHashMap<>();
        shown.put("affected", "Affected services");
        SiteBuilder.build(SiteSettings.defaults(statusPageArchive(), site, Fixtures.TODAY).withFailOnErrors(false)
                .withShowFields(shown).withSeverityAliases(Map.of("SEV-3", "amber")));
        Document offline = Jsoup.parse(site.resolve("2022/10.edge.offline.html").toFile(), "UTF-8");
        offline.outputSettings().prettyPrint(false);
        assertEquals("<div class=\"field-affected\"><dt>Affected services</dt><dd>Edge proxy, DNS</dd></div>",
                offline.selectFirst("dl.facts div.field-affected").outerHtml());
        assertEquals("SEV-1", offline.select("dl.facts div:contains(Severity) dd").text());
        Document slow = Jsoup.parse(site.resolve("2022/11.edge.slow.html").toFile(), "UTF-8");
        assertEquals("SEV-3", slow.select("dl.facts div:contains(Severity) dd").text());
        assertEquals("Edge proxy", slow.select("dl.facts div.field-affected dd").text());
    }

    @Test
    void keysThePluginDoesNotReadAreNamedOnceWithTheirFileCountsNotPerFile() throws Exception {
        BuildResult result = SiteBuilder.build(SiteSettings.defaults(statusPageArchive(), temp.resolve("site"),
                Fixtures.TODAY).withFailOnErrors(false).withSeverityAliases(Map.of("SEV-3", "amber")));
        assertEquals("Front-matter keys the plugin does not read, kept for themes: affected (2 files), section "
                + "(2 files), resolved (1 file); show one on each page with <showFields>, or map it onto a key the plugin reads with "
                + "<fieldAliases>", result.unreadKeys());
        assertEquals(List.of(), result.problems().stream().filter(p -> List.of("front-matter", "severity")
                .contains(p.rule())).map(Problem::toString).toList());
    }

    @Test
    void aListedKeyIsNotNamedAsUnread() throws Exception {
        BuildResult result = SiteBuilder.build(SiteSettings.defaults(statusPageArchive(), temp.resolve("site"),
                Fixtures.TODAY).withFailOnErrors(false).withShowFields(Map.of("affected", "Affected")));
        assertEquals("Front-matter keys the plugin does not read, kept for themes: section (2 files), resolved (1 file); show one on "
                + "each page with <showFields>, or map it onto a key the plugin reads with <fieldAliases>",
                result.unreadKeys());
    }

    @Test
    void withoutItsOwnWordsTheArchiveGetsOneSeverityFinding() throws Exception {
        ArchiveCheck result = SiteBuilder.check(SiteSettings.defaults(statusPageArchive(), temp.resolve("site"),
                Fixtures.TODAY), SiteBuilder.Mode.CHECK);
        assertEquals(List.of("2022/11.edge.slow.md:6"), result.problems().stream()
                .filter(p -> p.rule().equals("severity")).map(p -> p.file() + ":" + p.line()).toList());
    }
}
