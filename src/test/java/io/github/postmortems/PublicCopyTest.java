package io.github.postmortems;

import io.github.postmortems.build.BuildResult;
import io.github.postmortems.build.SiteBuilder;
import io.github.postmortems.config.SiteSettings;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code variant=public} on an archive full of marker words: internal people, an internal postmortem, "(internal)"
 * sections, an attachment not listed as public, an editor's intro. No file of the public site holds any of them, in
 * its name or its bytes; the internal site holds every one, so each marker is known to reach the output.
 */
class PublicCopyTest {

    /** Lower-case, and cut to what Porter stemming leaves, so the search data cannot hide one. */
    static final List<String> MARKERS = List.of(
            "zelda", "zq@corp", "quarrington", "dscully", "hvorak", "bartholomew", "ignatiu", // people
            "quixot", "xylophonequartz", "kms-outage", "vaultsecretzeta", // the internal postmortem
            "plumcrumbleword", "nectarinezeta", "lessonsecretword", // "(internal)" sections
            "customers.csv", "csvsecretword", // an attachment not listed as public
            "introsecretword"); // an editor's intro

    @TempDir
    static Path temp;
    static Path publicSite;
    static Path internalSite;
    static BuildResult publicBuild;

    @BeforeAll
    static void build() throws Exception {
        Path archive = Fixtures.archive("public-copy");
        SiteSettings settings = SiteSettings.defaults(archive, temp.resolve("internal"), Fixtures.TODAY)
                .withTitle("Acme postmortems");
        settings = new SiteSettings(settings.archiveDirectory(), settings.outputDirectory(), settings.title(),
                "https://postmortems.example.com/", null, settings.timeZone(), false, true, settings.policy(), null,
                365, true, null, java.util.Map.of(), SiteSettings.Variant.INTERNAL, java.util.Map.of(), java.util.Map.of(),
                SiteSettings.DEFAULT_SEARCH_BUDGET_KB);
        internalSite = settings.outputDirectory();
        SiteBuilder.build(settings);
        publicSite = temp.resolve("public");
        publicBuild = SiteBuilder.build(new SiteSettings(archive, publicSite, settings.title(), settings.baseUrl(),
                null, settings.timeZone(), false, true, settings.policy(), null, 365, true, null, java.util.Map.of(),
                SiteSettings.Variant.PUBLIC, java.util.Map.of(), java.util.Map.of(),
                SiteSettings.DEFAULT_SEARCH_BUDGET_KB));
    }

    /** Every marker found in the site, with the files (path or content) it was found in. */
    private static Map<String, List<String>> markersIn(Path site) {
        Map<String, List<String>> found = new LinkedHashMap<>();
        Fixtures.files(site).forEach((path, bytes) -> {
            String text = (path + "\n" + new String(bytes, StandardCharsets.UTF_8)).toLowerCase(Locale.ROOT);
            for (String marker : MARKERS) {
                if (text.contains(marker)) {
                    found.computeIfAbsent(marker, m -> new ArrayList<>()).add(path);
                }
            }
        });
        return found;
    }

    @Test
    void thePublicCopyLeaksNothingInternalAnywhere() {
        assertEquals(Map.of(), markersIn(publicSite));
    }

    @Test
    void theInternalSiteHasEveryMarkerSoTheTestCanFail() {
        assertEquals(MARKERS, List.copyOf(markersIn(internalSite).keySet().stream()
                .sorted(java.util.Comparator.comparing(MARKERS::indexOf)).toList()));
        assertTrue(markersIn(internalSite).get("xylophonequartz").stream().anyMatch(f -> f.startsWith("search/")),
                "the internal postmortem's words are in the search data");
    }

    @Test
    void thePublicPageNamesRolesAndSaysWhatIsLeftOut() throws IOException {
        Document doc = Jsoup.parse(publicSite.resolve("2024/05.db.failover.html").toFile(), "UTF-8");
        assertEquals("Authors storage lead, an engineer", doc.select("dl.facts div:has(dt:contains(Authors))").text());
        assertEquals(List.of("summary", "impact", "root-causes", "action-items", "lessons-learned", "timeline"),
                doc.select("section.body h2").eachAttr("id"));
        assertEquals("The primary database ran out of disk and an engineer failed it over to a replica; SRE manager "
                + "approved.", doc.getElementById("summary").nextElementSibling().text());
        assertEquals("The audit log filled the primary's disk, as it did in an internal postmortem, because nobody "
                + "rotated it after the volume was resized. See an internal attachment and and the notes.",
                doc.getElementById("root-causes").nextElementSibling().text());
        assertEquals("05.db.failover/graph.png", doc.select("#root-causes + p img").attr("src"));
        assertEquals(List.of("graph.png 15 B", "notes.txt 38 B"), doc.select("ul.attachments li").eachText());
        assertEquals(List.of("storage lead", "network lead", "an engineer"),
                doc.select("table:has(th:contains(Owner)) tbody td:nth-child(3)").eachText());
        assertEquals(List.of("INCIDENT BEGINS: writes fail", "DETECTED: an engineer paged by the disk alert",
                "Escalated to an engineer", "network lead decided to fail over",
                "MITIGATED: writes back on the replica", "RESOLVED: old primary rebuilt"),
                doc.select("#timeline ~ table tbody td:last-child").eachText());
        assertEquals(2, publicBuild.postmortems());
        assertEquals(List.of(), publicBuild.leftOut(), "left out before reading, not reported as broken");
    }

    @Test
    void anUnreadableRolesFileFailsThePublicBuildNamingItsLine() throws Exception {
        Path archive = temp.resolve("bad-roles");
        Fixtures.write(archive.resolve("2024/05.db.failover.md"), "# Failover\n\n**Date:** 2024-05-14\n");
        Fixtures.write(archive.resolve("roles.yml"), "\"@dana\": storage lead\n\"@lee\": [a, b]\n");
        io.github.postmortems.build.BuildFailure failure = org.junit.jupiter.api.Assertions.assertThrows(
                io.github.postmortems.build.BuildFailure.class, () -> SiteBuilder.build(SiteSettings.defaults(archive,
                        temp.resolve("bad-site"), Fixtures.TODAY).withVariant(SiteSettings.Variant.PUBLIC)));
        assertEquals("roles.yml:2: error: roles.yml: '@lee' needs a role in words, such as storage lead [roles]",
                failure.problems().get(0).toString());
    }

    @Test
    void theSiteListsOnlyWhatIsPublished() {
        assertEquals(List.of(
                "2024/05.db.failover.club.html",
                "2024/05.db.failover.html",
                "2024/05.db.failover/graph.png",
                "2024/05.db.failover/notes.txt",
                "2024/index.html",
                "2025/02.db.replica-lag.club.html",
                "2025/02.db.replica-lag.html",
                "2025/index.html"), Fixtures.files(publicSite).keySet().stream()
                .filter(f -> f.startsWith("20")).toList());
        assertEquals(List.of("owners/an-engineer.html", "owners/index.html", "owners/network-lead.html",
                "owners/storage-lead.html"), Fixtures.files(publicSite).keySet().stream()
                .filter(f -> f.startsWith("owners/")).toList());
    }
}
