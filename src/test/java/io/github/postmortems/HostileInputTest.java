package io.github.postmortems;

import io.github.postmortems.build.BuildFailure;
import io.github.postmortems.config.SiteSettings;
import io.github.postmortems.build.BuildResult;
import io.github.postmortems.build.SiteBuilder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.github.postmortems.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Input written to hurt: nothing crashes, nothing runs, nothing leaves the archive. */
class HostileInputTest {

    @TempDir
    Path temp;

    private Path archive() throws IOException {
        return Files.createDirectories(temp.resolve("archive"));
    }

    private BuildResult build(Path archive) throws Exception {
        return SiteBuilder.build(SiteSettings.defaults(archive, temp.resolve("site"), Fixtures.TODAY));
    }

    /** Every page: scripts only from the theme, no event handlers, no script or data URLs. */
    static void assertNothingRuns(Path site) throws IOException {
        for (Map.Entry<String, byte[]> file : Fixtures.files(site).entrySet()) {
            if (!file.getKey().endsWith(".html")) {
                continue;
            }
            Document doc = Jsoup.parse(new String(file.getValue(), StandardCharsets.UTF_8));
            for (Element e : doc.getAllElements()) {
                if (e.tagName().equals("script")) {
                    assertTrue(e.attr("src").matches("(\\.\\./)*assets/[\\w.-]+\\.js"), file.getKey() + ": " + e);
                    assertEquals("", e.data(), file.getKey() + ": inline script");
                }
                for (Attribute a : e.attributes()) {
                    assertFalse(a.getKey().toLowerCase().startsWith("on"), file.getKey() + ": " + e);
                    String v = a.getValue().strip().toLowerCase();
                    assertFalse(v.startsWith("javascript:") || v.startsWith("data:") || v.startsWith("vbscript:"),
                            file.getKey() + ": " + e);
                }
            }
            assertTrue(doc.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content")
                    .startsWith("default-src 'none'; script-src 'self';"), file.getKey());
        }
    }

    @Test
    void scriptInjectionReachesNoPageAsMarkup() throws Exception {
        Path archive = archive();
        write(archive.resolve("2024/03.web.xss.md"), """
                ---
                title: "<script>alert('title')</script>"
                authors: ["<img src=x onerror=alert(1)>", "\\"><svg onload=alert(2)>"]
                severity: "<b onmouseover=alert(3)>1</b>"
                status: Reviewed
                date: 2024-03-01
                tags: ["</script><script>alert(4)</script>"]
                summary: "<iframe src=javascript:alert(5)></iframe>"
                ---

                ## Impact

                <div onclick="alert(6)">100 users</div> [click](javascript:alert(7)) [data](data:text/html,<script>alert(8)</script>)
                ![img](data:image/svg+xml,<svg onload=alert(9)>) [v](VBSCRIPT:msgbox) <a href="javascript:alert(10)">raw</a>

                ## Action Items

                | Action Item | Type | Owner | Ticket | Status |
                |---|---|---|---|---|
                | <script>alert(11)</script> | prevent | "><script>alert(12)</script> | [T-1](javascript:alert(13)) | Open |
                """);
        write(archive.resolve("2024/03.web.xss/evil.html"), "<script>alert(14)</script>");
        write(archive.resolve("2024/03.web.xss/\"><img src=x onerror=alert(15)>.txt"), "x");
        BuildResult result = build(archive);
        Path site = temp.resolve("site");
        assertNothingRuns(site);
        Document page = Jsoup.parse(site.resolve("2024/03.web.xss.html").toFile(), "UTF-8");
        assertEquals("<script>alert('title')</script>", page.selectFirst("h1").text());
        assertFalse(Files.exists(site.resolve("2024/03.web.xss/evil.html")), "active content is not published");
        assertTrue(result.problems().stream().anyMatch(p -> p.toString().equals(
                "2024/03.web.xss/evil.html:1: warning: not published: a .html file may run as part of the site; "
                        + "attach it as .txt or a PDF [unsafe-attachment]")));
        assertEquals("03.web.xss/%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(15)%3E.txt",
                page.select("ul.attachments a").attr("href"));
    }

    /** The allow-list: inert types are copied, SVG is reduced to drawing, anything else is refused and reported. */
    @Test
    void attachmentsThatCouldRunScriptAreCleanedOrRefused() throws Exception {
        Path archive = archive();
        write(archive.resolve("2024/03.web.svg.md"), """
                # Attachments

                **Date:** 2024-03-01

                ![graph](03.web.svg/graph.svg) and [the page](03.web.svg/page.xml).

                [notes](03.web.svg/notes.txt) ![plain](03.web.svg/plain.svg)
                """);
        write(archive.resolve("2024/03.web.svg/graph.svg"), """
                <?xml version="1.0"?><?xml-stylesheet href="x.xsl" type="text/xsl"?>\
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" onload="alert(1)">\
                <script>alert(2)</script><rect width="10" height="5" fill="url(#g)" onclick="alert(3)"/>\
                <a xlink:href="javascript:alert(4)"><text>x</text></a><foreignObject><p>hi</p></foreignObject>\
                <set attributeName="href" to="javascript:alert(5)"/><use href="#r"/><image href="https://t.example/x"/>\
                </svg>""");
        write(archive.resolve("2024/03.web.svg/plain.svg"),
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 4 4\"><circle r=\"2\"/></svg>");
        write(archive.resolve("2024/03.web.svg/page.xml"),
                "<html xmlns=\"http://www.w3.org/1999/xhtml\"><script>alert(6)</script></html>");
        write(archive.resolve("2024/03.web.svg/notes.txt"), "<script>alert(7)</script>");
        write(archive.resolve("2024/03.web.svg/run"), "<script>alert(8)</script>");
        BuildResult result = build(archive);
        assertEquals(List.of(
                "2024/03.web.svg.md:5: warning: link to '03.web.svg/page.xml' points to an attachment that is not "
                        + "published: a .xml file may run as part of the site; attach it as .txt or a PDF "
                        + "[unsafe-attachment]",
                "2024/03.web.svg/graph.svg:1: warning: published without <?xml-stylesheet?>, event handler onload, "
                        + "<script>, event handler onclick, <a>, <foreignObject>, <set>, <image>: an SVG is reduced "
                        + "to drawing so that it cannot run script [unsafe-attachment]",
                "2024/03.web.svg/run:1: warning: not published: a file without an extension may be opened as a "
                        + "page; attach it as .txt or a PDF [unsafe-attachment]"),
                result.problems().stream().map(Problem::toString).filter(p -> p.contains("unsafe")).toList());
        Path site = temp.resolve("site/2024/03.web.svg");
        assertEquals("""
                <?xml version="1.0" encoding="UTF-8"?>
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">\
                <rect width="10" height="5" fill="url(#g)" /><use href="#r" /></svg>
                """, Files.readString(site.resolve("graph.svg")));
        assertEquals("""
                <?xml version="1.0" encoding="UTF-8"?>
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 4"><circle r="2" /></svg>
                """, Files.readString(site.resolve("plain.svg")));
        assertEquals("<script>alert(7)</script>", Files.readString(site.resolve("notes.txt")));
        assertFalse(Files.exists(site.resolve("page.xml")));
        assertFalse(Files.exists(site.resolve("run")));
    }

    @Test
    void linksAndSymlinksCannotLeaveTheArchive() throws Exception {
        Path archive = archive();
        write(archive.resolve("2024/03.web.escape.md"), """
                # Escape

                **Date:** 2024-03-01

                See [passwd](../../../../etc/passwd) and ![key](../../.ssh/id_rsa).
                """);
        Path outside = Files.writeString(temp.resolve("secret.txt"), "secret");
        Files.createDirectories(archive.resolve("2024/03.web.escape"));
        Files.createSymbolicLink(archive.resolve("2024/03.web.escape/secret.txt"), outside);
        Files.createSymbolicLink(archive.resolve("2025"), temp);
        BuildResult result = build(archive);
        assertEquals(List.of(
                "2024/03.web.escape.md:5: warning: link to '../../../../etc/passwd' leaves the archive [broken-link]",
                "2024/03.web.escape.md:5: warning: link to '../../.ssh/id_rsa' leaves the archive [broken-link]",
                "2024/03.web.escape/secret.txt:1: warning: symbolic links are not followed; this entry is not published "
                        + "[symlink]",
                "2025:1: warning: symbolic links are not followed; none of the postmortems in this year folder are "
                        + "published [symlink]"),
                result.problems().stream().map(Problem::toString).filter(p -> p.contains("link")).toList());
        assertFalse(Files.exists(temp.resolve("site/2024/03.web.escape/secret.txt")));
        assertFalse(Files.exists(temp.resolve("site/2025")));
    }

    @Test
    void largeAndDeepInputs() throws Exception {
        Path archive = archive();
        StringBuilder rows = new StringBuilder("# Big\n\n**Date:** 2024-03-01\n\n## Timeline\n\n2024-03-01\n\n| Time | Description |\n|---|---|\n");
        for (int i = 0; i < 10_000; i++) {
            rows.append(String.format("| %02d:%02d | step %d |%n", (i / 60) % 24, i % 60, i));
        }
        write(archive.resolve("2024/03.web.rows.md"), rows.toString());
        write(archive.resolve("2024/03.web.huge.md"), "# Huge\n\n**Date:** 2024-03-02\n\n## Summary\n\n"
                + "All work and no play makes a long postmortem. ".repeat(110_000));
        write(archive.resolve("2024/03.web.deep.md"), "# Deep\n\n" + ">".repeat(50_000) + " bottom\n");
        write(archive.resolve("2024/03.web.lists.md"), "# Lists\n\n**Date:** 2024-03-04\n\n"
                + "- a\n".repeat(1) + "  - b\n    - c\n      - d\n        - e\n");
        Path big = archive.resolve("2024/03.web.rows/dump.log");
        Files.createDirectories(big.getParent());
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024);
        }
        BuildFailure failure = assertThrows(BuildFailure.class, () -> build(archive));
        assertEquals(List.of("2024/03.web.deep.md:1: error: the Markdown is nested too deeply to read (lists or "
                        + "quotes thousands of levels deep) [too-deep]"),
                failure.problems().stream().filter(Problem::isError).map(Problem::toString).toList());

        Files.delete(archive.resolve("2024/03.web.deep.md"));
        BuildResult result = build(archive);
        assertEquals(3, result.postmortems());
        Path site = temp.resolve("site");
        assertEquals(50L * 1024 * 1024, Files.size(site.resolve("2024/03.web.rows/dump.log")));
        assertTrue(Files.size(site.resolve("2024/03.web.huge.html")) > 5_000_000);
        assertEquals(10_000, Jsoup.parse(site.resolve("2024/03.web.rows.html").toFile(), "UTF-8")
                .select("#timeline ~ table tbody tr").size());
    }

    @Test
    void anArchiveOfDraftsOnlyHasAQueueAndNoLatestReviewed() throws Exception {
        Path archive = archive();
        write(archive.resolve("2026/11.web.one.md"), "# One\n\n**Date:** 2026-11-20\n\n**Status:** Draft\n");
        write(archive.resolve("2026/10.web.two.md"), "# Two\n\n**Date:** 2026-10-01\n\n**Status:** In Review\n");
        build(archive);
        Document home = Jsoup.parse(temp.resolve("site/index.html").toFile(), "UTF-8");
        assertEquals(List.of("Two", "One"), home.select("#queue ~ ol a.pm-title").eachText());
        assertEquals(List.of("2026-10-01 · web In Review review overdue 41 days", "2026-11-20 · web Draft"),
                home.select("#queue ~ ol .meta:not(.authors)").eachText());
    }

    @Test
    void crlfBomAndUnicodeNames() throws Exception {
        Path archive = archive();
        Files.createDirectories(archive.resolve("2024/03.web.ünïcode-名前"));
        Files.write(archive.resolve("2024/03.web.crlf.md"),
                "\uFEFF# Windows\r\n\r\n**Date:** 2024-03-01\r\n\r\n![g](03.web.crlf/a%20graph%20(1).png)\r\n"
                        .getBytes(StandardCharsets.UTF_8));
        write(archive.resolve("2024/03.web.crlf/a graph (1).png"), "png");
        write(archive.resolve("2024/03.web.ünïcode-名前.md"), "# Unicode\n");
        BuildFailure failure = assertThrows(BuildFailure.class, () -> build(archive));
        assertEquals(List.of("2024/03.web.ünïcode-名前.md:1: error: event 'ünïcode-名前' in the file name may only hold "
                + "lowercase letters, digits and hyphens [file-name]"),
                failure.problems().stream().filter(Problem::isError).map(Problem::toString).toList());
        Files.delete(archive.resolve("2024/03.web.ünïcode-名前.md"));
        build(archive);
        Document page = Jsoup.parse(temp.resolve("site/2024/03.web.crlf.html").toFile(), "UTF-8");
        assertEquals("Windows", page.selectFirst("h1").text());
        assertEquals("03.web.crlf/a%20graph%20(1).png", page.selectFirst("img").attr("src"));
        assertTrue(Files.exists(temp.resolve("site/2024/03.web.crlf/a graph (1).png")));
    }
}
