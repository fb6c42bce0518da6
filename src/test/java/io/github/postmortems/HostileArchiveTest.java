package io.github.postmortems;

import io.github.postmortems.build.ArchiveCheck;
import io.github.postmortems.build.BuildResult;
import io.github.postmortems.build.SiteBuilder;
import io.github.postmortems.config.SiteSettings;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static io.github.postmortems.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Round two of hostile input (issue 18): each class of attack as a little archive with its exact outcome. */
class HostileArchiveTest {

    private static final String HEAD = "# Hostile\n\n**Date:** 2024-03-01\n\n";

    @TempDir
    Path temp;

    private Path archive() throws IOException {
        return Files.createDirectories(temp.resolve("archive"));
    }

    private SiteSettings settings(Path archive) {
        return SiteSettings.defaults(archive, temp.resolve("site"), Fixtures.TODAY).withFailOnErrors(false);
    }

    private static List<String> findings(List<Problem> problems, Set<String> rules) {
        return problems.stream().filter(p -> rules.contains(p.rule())).map(Problem::toString).toList();
    }

    private Document page(String path) throws IOException {
        return Jsoup.parse(temp.resolve("site").resolve(path).toFile(), "UTF-8");
    }

    @Test
    void javascriptBehindEntitiesEscapesOrControlsIsNeverALink() throws Exception {
        Path archive = archive();
        write(archive.resolve("2024/03.web.js.md"), HEAD + """
                [a](&#106;avascript:alert(1)) [b](javascript&#58;alert(2)) [c](javascript\\:alert(3))
                [d](java&#9;script:alert(4)) [e](&#1;javascript:alert(5)) ![f](&#106;avascript:alert(6))
                [g][ref] <javascript:alert(8)> [fine](https://example.com/ok) [rel](03.web.js.md#hostile)

                [ref]: JaVaScRiPt&#x3A;alert(7)
                """);
        write(archive.resolve("newsletter/2024-03.md"), """
                Welcome. [Click](&#106;avascript:alert(9)) and [here](java&#9;script:alert(10)).
                """);
        BuildResult result = SiteBuilder.build(settings(archive));
        assertEquals(List.of(
                "2024/03.web.js.md:5: warning: link to 'javascript:alert(1)' would run script (javascript: URL); "
                        + "it is shown as text, not as a link [unsafe-link]",
                "2024/03.web.js.md:5: warning: link to 'javascript:alert(2)' would run script (javascript: URL); "
                        + "it is shown as text, not as a link [unsafe-link]",
                "2024/03.web.js.md:5: warning: link to 'javascript:alert(3)' would run script (javascript: URL); "
                        + "it is shown as text, not as a link [unsafe-link]",
                "2024/03.web.js.md:6: warning: link to '\\u0001javascript:alert(5)' would run script (javascript: "
                        + "URL); it is shown as text, not as a link [unsafe-link]",
                "2024/03.web.js.md:6: warning: link to 'java\\tscript:alert(4)' would run script (javascript: URL); "
                        + "it is shown as text, not as a link [unsafe-link]",
                "2024/03.web.js.md:6: warning: link to 'javascript:alert(6)' would run script (javascript: URL); "
                        + "it is shown as text, not as a link [unsafe-link]",
                "2024/03.web.js.md:7: warning: link to 'javascript:alert(8)' would run script (javascript: URL); "
                        + "it is shown as text, not as a link [unsafe-link]",
                "2024/03.web.js.md:9: warning: link to 'JaVaScRiPt:alert(7)' would run script (javascript: URL); "
                        + "it is shown as text, not as a link [unsafe-link]",
                "newsletter/2024-03.md:1: warning: link to 'java\\tscript:alert(10)' would run script (javascript: "
                        + "URL); it is shown as text, not as a link [unsafe-link]",
                "newsletter/2024-03.md:1: warning: link to 'javascript:alert(9)' would run script (javascript: URL); "
                        + "it is shown as text, not as a link [unsafe-link]"),
                findings(result.problems(), Set.of("unsafe-link")));
        HostileInputTest.assertNothingRuns(temp.resolve("site"));
        Document page = page("2024/03.web.js.html");
        assertEquals(List.of("https://example.com/ok", "03.web.js.html#hostile"),
                page.select("article a[href*=ok], article a[href*=hostile]").eachAttr("href"));
        assertEquals("<p><a>a</a> <a>b</a> <a>c</a> <a>d</a> <a>e</a> <img alt=\"f\"> g "
                        + "javascript:alert(8) <a href=\"https://example.com/ok\">fine</a> "
                        + "<a href=\"03.web.js.html#hostile\">rel</a></p>",
                page.selectFirst("article p:has(a:contains(fine))").outerHtml());
        for (String digest : List.of("newsletter/2024-03.html", "newsletter/2024-03.email.html")) {
            assertEquals(List.of("<a>Click</a>", "<a>here</a>"), page(digest).select("a:not([href])").stream()
                    .filter(a -> a.text().equals("Click") || a.text().equals("here")).map(a -> a.outerHtml()
                            .replaceAll(" style=\"[^\"]*\"", "")).toList().subList(0, 2), digest);
        }
        String markdown = Files.readString(temp.resolve("site/newsletter/2024-03.md"));
        assertTrue(markdown.contains("Welcome. [Click](#) and [here](#)."), markdown);
    }

    @Test
    void loggedValuesNeverStartALine() throws Exception {
        Path archive = archive();
        write(archive.resolve("2024/03.web.a\n::error::forged.md"), HEAD);
        write(archive.resolve("2024/03.web.log.md"), """
                ---
                "key\\n::warning::forged": 1
                status: "Reviewed\\n::add-mask::x"
                severity: "SEV-1\\r\\n::error::y"
                ---
                """ + HEAD);
        BuildResult result = SiteBuilder.build(settings(archive));
        assertEquals(List.of(
                "2024/03.web.a\\n::error::forged.md:1: warning: event 'a\\n::error::forged' in the file name may only "
                        + "hold lowercase letters, digits and hyphens [file-name]",
                "2024/03.web.log.md:3: warning: unknown Status 'Reviewed ::add-mask::x' (use Draft, In Review, "
                        + "Reviewed or Closed); treated as Draft [status]"),
                findings(result.problems(), Set.of("file-name", "front-matter", "status")));
        assertEquals("Front-matter keys the plugin does not read, kept for themes: key\\n::warning::forged (1 file); "
                + "show one on each page with <showFields>, or map it onto a key the plugin reads with <fieldAliases>",
                result.unreadKeys());
        for (Problem p : result.problems()) {
            assertFalse(p.toString().contains("\n") || p.toString().contains("\r"), p.toString());
            assertFalse(Report.githubAnnotation(p, "").contains("\n"), p.toString());
        }
        assertEquals("1 postmortem left out: 2024/03.web.a\\n::error::forged.md", Report.leftOut(result.leftOut()));
        assertEquals("SEV-1", page("2024/03.web.log.html").select("dt:contains(Severity) + dd").text());
    }

    @Test
    void oneBadFileCostsOnlyThatFile() throws Exception {
        Path archive = archive();
        write(archive.resolve("2024/03.web.nul.md"), HEAD + "[log](03.web.nul/a%00b.txt)\n");
        write(archive.resolve("2024/03.web.surrogate.md"), "---\ntitle: \"half \\ud800 of it\"\n---\n" + HEAD);
        write(archive.resolve("2024/03.web.emoji.md"), HEAD + "**Status:** Reviewed\n\n## Root Causes\n\n" + "x".repeat(318)
                + "😀".repeat(20) + ".\n");
        write(archive.resolve("2024/03.web.deep.md"), "---\ntags: " + "[".repeat(20_000) + "]".repeat(20_000)
                + "\n---\n" + HEAD);
        write(archive.resolve("2024/03.web.severity.md"), "---\nseverity: " + "x".repeat(40_000) + "\n---\n" + HEAD);
        String longName = "03.web." + "e".repeat(255 - "03.web..md".length()) + ".md";
        write(archive.resolve("2024/" + longName), HEAD);
        write(archive.resolve("2024/03.web.fine.md"), HEAD);
        Set<String> rules = Set.of("broken-link", "front-matter", "too-long", "file-name", "unreadable");
        List<String> expected = List.of(
                "2024/03.web.deep.md:2: warning: front matter is nested more than 10 levels deep; keep to key: value "
                        + "lines and lists [front-matter]",
                "2024/" + longName + ":1: warning: file name is too long: its page (the same name ending in .html) "
                        + "would need 257 bytes, and file systems hold at most 255; shorten the event [file-name]",
                "2024/03.web.nul.md:5: warning: link to '03.web.nul/a%00b.txt' names no file a file system can hold "
                        + "(Nul character not allowed) [broken-link]",
                "2024/03.web.severity.md:2: warning: Severity is 40000 characters long; a label such as SEV-2 is "
                        + "expected (at most 100), so it is left out [too-long]",
                "2024/03.web.severity.md:2: warning: a word of 40000 characters: web addresses in this file are not "
                        + "turned into links (words over 2000 characters turn that off) [too-long]",
                "2024/03.web.surrogate.md:2: warning: front matter 'title' holds half of a character (\\ud800, an "
                        + "unpaired surrogate); write the character itself [front-matter]");
        BuildResult result = SiteBuilder.build(settings(archive));
        assertEquals(expected, findings(result.problems(), rules));
        assertEquals(List.of("2024/03.web.deep.md", "2024/" + longName, "2024/03.web.surrogate.md"), result.leftOut());
        assertEquals(4, result.postmortems());
        assertEquals("x".repeat(318) + "…", page("newsletter/2024-03.html").selectFirst("p:contains(Root cause)")
                .text().replace("Root cause: ", ""));
        ArchiveCheck check = SiteBuilder.check(settings(archive).withFailOnErrors(true), SiteBuilder.Mode.CHECK);
        assertEquals(expected.stream().map(s -> s.contains("[too-long]") ? s
                : s.replace(": warning: ", ": error: ")).toList(), findings(check.problems(), rules));
    }

    @Test
    @Timeout(120) // a guard against a hang, not a measure of speed
    void workPerFileIsBounded() throws Exception {
        Path archive = archive();
        StringBuilder aliases = new StringBuilder("---\na: &a [\"" + "x".repeat(100) + "\"]\n");
        aliases.append("b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\ntags: [*b, *b, *b, *b, *b]\n---\n");
        write(archive.resolve("2024/03.web.aliases.md"), aliases + HEAD);
        write(archive.resolve("2024/03.web.spaces.md"), "# Spaces" + " ".repeat(200_000) + "end\n\n"
                + "**Date:** 2024-03-01" + " ".repeat(200_000) + "x\n");
        write(archive.resolve("2024/03.web.fine.md"), HEAD);
        Process mkfifo = new ProcessBuilder("mkfifo", archive.resolve("2024/03.web.fifo.md").toString()).start();
        assertEquals(0, mkfifo.waitFor());
        BuildResult result = SiteBuilder.build(settings(archive));
        assertEquals(List.of(
                "2024/03.web.aliases.md:3: warning: front matter uses an alias (*name); write the value out "
                        + "[front-matter]",
                "2024/03.web.fifo.md:1: warning: not a regular file (a pipe, socket or device); it is not read "
                        + "[stray-file]",
                "2024/03.web.spaces.md:1: warning: a run of 200000 spaces is read as one space (runs over 1000 are "
                        + "shortened) [too-long]"),
                findings(result.problems(), Set.of("front-matter", "stray-file", "too-long")));
        assertEquals(List.of("2024/03.web.aliases.md", "2024/03.web.fifo.md"), result.leftOut());
        assertEquals("Spaces end", page("2024/03.web.spaces.html").selectFirst("h1").text());
        assertEquals("2024-03-01", page("2024/03.web.spaces.html").select("dt:contains(Date) + dd").text());
    }

    @Test
    void nothingIsLeftOutUnsaid() throws Exception {
        Path archive = archive();
        write(archive.resolve("2024/03.web.fine.md"), HEAD);
        write(archive.resolve("2024/.03.web.hidden.md"), HEAD);
        write(archive.resolve("205/03.web.typo.md"), HEAD);
        Path outside = Files.createDirectories(temp.resolve("outside"));
        write(outside.resolve("03.web.elsewhere.md"), HEAD);
        write(outside.resolve("2024-03.md"), "An intro from outside the archive.");
        Files.createSymbolicLink(archive.resolve("2025"), outside);
        Files.createSymbolicLink(archive.resolve("newsletter"), outside);
        BuildResult result = SiteBuilder.build(settings(archive));
        assertEquals(List.of(
                "2024/.03.web.hidden.md:1: warning: a hidden file named like a postmortem is not published; remove "
                        + "the leading dot to publish it [stray-file]",
                "2025:1: warning: symbolic links are not followed; none of the postmortems in this year folder are "
                        + "published [symlink]",
                "205/03.web.typo.md:1: warning: '205' is not a year folder (YYYY), so this postmortem is not "
                        + "published; move it to its year's folder [file-name]",
                "newsletter:1: warning: symbolic links are not followed; the editors' intros in it are not used "
                        + "[symlink]"),
                findings(result.problems(), Set.of("stray-file", "symlink", "file-name")));
        assertEquals(List.of("2024/.03.web.hidden.md", "2025/", "205/03.web.typo.md"), result.leftOut());
        assertEquals("3 postmortems left out: 2024/.03.web.hidden.md, 2025/, 205/03.web.typo.md",
                Report.leftOut(result.leftOut()));
        assertFalse(Files.readString(temp.resolve("site/newsletter/2024-03.html")).contains("outside the archive"));
    }

    @Test
    void digestsAndCsvEscapeWhatAuthorsWrote() throws Exception {
        Path archive = archive();
        write(archive.resolve("2024/03.web.digest.md"), """
                ---
                severity: "**bold** [x](javascript:alert(1))"
                ---
                # Digest
                
                **Date:** 2024-03-01
                
                **Status:** Reviewed
                
                ## Action Items
                
                | Action Item | Type | Owner | Ticket | Status |
                |---|---|---|---|---|
                | -2+3 | prevent | @SUM(A1) | [T-1](https://t.example/T-1>[x]\\(javascript:alert(2\\))) | Open |
                | =1+1 | prevent | +1 | T-2 | Open |
                """);
        SiteBuilder.build(settings(archive));
        String md = Files.readString(temp.resolve("site/newsletter/2024-03.md"));
        assertTrue(md.contains("| By severity | \\*\\*bold\\*\\* \\[x\\](javascript:alert(1)): 1 | none |"), md);
        assertTrue(md.contains("- -2+3 — @SUM(A1), T-1\n"), md);
        String csv = Files.readString(temp.resolve("site/actions.csv"));
        assertTrue(csv.contains("\r\nweb,'-2+3,prevent,'@SUM(A1),T-1,,open,Digest,2024-03-01,"), csv);
        assertTrue(csv.contains("\r\nweb,'=1+1,prevent,'+1,T-2,,open,Digest,2024-03-01,"), csv);
    }

    @Test
    void aBusyMonthsEmailStaysUnderTheClippingSize() throws Exception {
        Path archive = archive();
        for (int i = 0; i < 300; i++) {
            write(archive.resolve(String.format("2024/03.web.event-%03d.md", i)), HEAD.replace("Hostile",
                    "Event " + i) + "**Status:** Reviewed\n\n## Summary\n\n" + "A long summary of the event. ".repeat(12)
                    + "\n");
        }
        SiteBuilder.build(settings(archive));
        Path email = temp.resolve("site/newsletter/2024-03.email.html");
        assertTrue(Files.size(email) <= 90_000, Files.size(email) + " bytes");
        Document doc = Jsoup.parse(email.toFile(), "UTF-8");
        assertEquals("This e-mail shows the first 37 of each list to stay within the size mail clients show in "
                + "full; read the full digest.", doc.selectFirst("p:contains(This e-mail shows)").text());
        assertEquals("../newsletter/2024-03.html", doc.selectFirst("p:contains(This e-mail shows) a").attr("href"));
        Document digest = page("newsletter/2024-03.html");
        assertEquals(300, digest.select("article > section h3").size());
        assertEquals(37, Jsoup.parse(digest.selectFirst("pre#digest-email").wholeText()).select("h3").size());
    }

    @Test
    void generatedNamesAndIdsAreReserved() throws Exception {
        Path archive = archive();
        write(archive.resolve("2024/03.index.outage.md"), HEAD);
        write(archive.resolve("2024/03.web.ids.md"), HEAD + "## Main\n\ntext\n\n### Copy email\n\nmore\n");
        write(archive.resolve("newsletter/2024-03.md"), "# Digest email\n\nHello.\n");
        BuildResult result = SiteBuilder.build(settings(archive));
        assertEquals(List.of("2024/03.index.outage.md:1: warning: system 'index' is a name the site keeps for itself "
                + "(its page would replace systems/index.html); choose another name [file-name]"),
                findings(result.problems(), Set.of("file-name")));
        assertEquals("Systems", page("systems/index.html").selectFirst("h1").text());
        Document page = page("2024/03.web.ids.html");
        assertEquals(1, page.select("#main").size());
        assertEquals("main", page.selectFirst("#main").tagName());
        assertEquals(List.of("main-section", "copy-email-section"), page.select("article h2, article h3").eachAttr("id")
                .stream().filter(id -> id.endsWith("-section")).toList());
        Document digest = page("newsletter/2024-03.html");
        assertEquals("pre", digest.selectFirst("#digest-email").tagName());
        assertEquals("digest-email-section", digest.selectFirst(".intro h1").id());
    }
}
