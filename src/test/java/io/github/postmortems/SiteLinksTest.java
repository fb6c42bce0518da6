package io.github.postmortems;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** No page links to a missing file or anchor: the small fixture and the whole sample archive in content/. */
class SiteLinksTest {

    @TempDir
    Path temp;

    @Test
    void fixtureSiteHasNoBrokenLinks() throws Exception {
        Path site = temp.resolve("site");
        SiteBuilder.build(SiteSettings.defaults(Fixtures.archive("small"), site, Fixtures.TODAY));
        assertEquals(List.of(), SiteLinks.broken(site));
    }

    @Test
    void sampleArchiveSiteHasNoBrokenLinks() throws Exception {
        Path content = Path.of("content").toAbsolutePath();
        assertTrue(Files.isDirectory(content.resolve("2024")), "run from the project root");
        Path site = temp.resolve("demo");
        BuildResult result = SiteBuilder.build(SiteSettings.defaults(content, site, Fixtures.TODAY));
        assertTrue(result.postmortems() >= 30, "the demo has at least 30 postmortems");
        assertEquals(List.of(), SiteLinks.broken(site));
    }

    @Test
    void theCheckerFindsMissingFilesAndAnchors() throws Exception {
        Path site = Files.createDirectories(temp.resolve("broken"));
        Files.writeString(site.resolve("a.html"), "<p id=x><a href=b.html>b</a> <a href=a.html#x>x</a> "
                + "<a href=#y>y</a> <img src=img/g.png> <a href=https://example.com/>ext</a>");
        assertEquals(List.of("a.html: b.html", "a.html: #y", "a.html: img/g.png"), SiteLinks.broken(site));
    }
}
