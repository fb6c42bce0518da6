package io.github.postmortems;

import io.github.postmortems.config.SiteSettings;
import io.github.postmortems.build.BuildResult;
import io.github.postmortems.build.SiteBuilder;
import io.github.postmortems.validate.SiteLinks;
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

    private static List<String> broken(Path site) throws Exception {
        return SiteLinks.check(site, "site/").stream().map(Problem::toString).toList();
    }

    @Test
    void fixtureSiteHasNoBrokenLinks() throws Exception {
        Path site = temp.resolve("site");
        SiteBuilder.build(SiteSettings.defaults(Fixtures.archive("small"), site, Fixtures.TODAY));
        assertEquals(List.of(), broken(site));
    }

    @Test
    void sampleArchiveSiteHasNoBrokenLinks() throws Exception {
        Path content = Path.of("content").toAbsolutePath();
        assertTrue(Files.isDirectory(content.resolve("2024")), "run from the project root");
        Path site = temp.resolve("demo");
        BuildResult result = SiteBuilder.build(SiteSettings.defaults(content, site, Fixtures.TODAY));
        assertTrue(result.postmortems() >= 30, "the demo has at least 30 postmortems");
        assertEquals(List.of(), broken(site));
    }

    @Test
    void theCheckerFindsMissingFilesAndAnchorsWithTheirLines() throws Exception {
        Path site = Files.createDirectories(temp.resolve("broken"));
        Files.writeString(site.resolve("a.html"), "<p id=x><a href=b.html>b</a>\n<a href=a.html#x>x</a> "
                + "<a href=#y>y</a>\n<img src=img/g.png alt=g> <a href=https://example.com/>ext</a> <a href=../../etc/passwd>up</a>");
        assertEquals(List.of(
                "site/a.html:1: error: <a> points to 'b.html', which is not in the site [site-link]",
                "site/a.html:2: error: <a> points to '#y', which is not in the site [site-link]",
                "site/a.html:3: error: <img> points to 'img/g.png', which is not in the site [site-link]",
                "site/a.html:3: error: <a> points to '../../etc/passwd', which is not in the site [site-link]"),
                broken(site));
    }
}
