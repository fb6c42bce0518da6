package io.github.postmortems.parse;

import io.github.postmortems.Problem;
import io.github.postmortems.scan.SourceFile;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PostmortemParserTest {

    private static final PostmortemParser PARSER = new PostmortemParser(false);

    static ParsedFile parse(String relativePath, String markdown) {
        return parse(relativePath, markdown.getBytes(StandardCharsets.UTF_8));
    }

    static ParsedFile parse(String relativePath, byte[] bytes) {
        String[] parts = relativePath.split("/");
        String[] name = parts[1].split("\\.");
        SourceFile file = new SourceFile(Path.of(relativePath), relativePath, Integer.parseInt(parts[0]),
                Integer.parseInt(name[0]), name[1], name[2], List.of());
        return PARSER.parse(file, bytes);
    }

    static Postmortem postmortem(String relativePath, String markdown) {
        ParsedFile parsed = parse(relativePath, markdown);
        assertEquals(List.of(), parsed.problems());
        return parsed.postmortem();
    }

    @Test
    void readsTheTemplateShape() {
        Postmortem p = postmortem("2024/03.payments.card-timeouts.md", """
                # Card payments timed out

                **Date:** 2024-03-14

                **Authors:** Mira Patel, Sam Okafor and Li Wei

                **Status:** Reviewed

                **Severity:** SEV-2

                ## Summary

                Card payments *failed* for 40 minutes.

                Second paragraph.

                ## Root Causes

                Pool too small.

                ## Action Items

                | Action Item | Type | Owner | Ticket | Status |
                |---|---|---|---|---|
                | Raise the pool | mitigate | @sam | [PAY-409](https://t.example/PAY-409) | Done |
                | Alert on saturation | detect | TBD | PAY-410 | Open |
                | Load-test monthly | prevent | @mira |  | Open |
                """);
        assertEquals("Card payments timed out", p.title());
        assertEquals(LocalDate.of(2024, 3, 14), p.date());
        assertEquals(List.of("Mira Patel", "Sam Okafor", "Li Wei"), p.authors());
        assertEquals(Status.REVIEWED, p.status());
        assertEquals("SEV-2", p.severity());
        assertEquals("Card payments failed for 40 minutes.", p.summary());
        assertEquals(List.of("summary", "root-causes", "action-items"),
                p.sections().stream().map(Section::key).toList());
        assertEquals("<p>Card payments <em>failed</em> for 40 minutes.</p>\n<p>Second paragraph.</p>\n",
                p.sections().get(0).html());
        assertEquals(List.of(
                new ActionItem(25, "Raise the pool", "mitigate", "@sam", "PAY-409", "https://t.example/PAY-409", ActionState.DONE, null),
                new ActionItem(26, "Alert on saturation", "detect", null, "PAY-410", null, ActionState.OPEN, null),
                new ActionItem(27, "Load-test monthly", "prevent", "@mira", null, null, ActionState.OPEN, null)), p.actionItems());
        assertEquals(3, p.lineOf("date"));
        assertEquals(5, p.lineOf("authors"));
    }

    @Test
    void readsSreBookFieldsAndAListTimelineThatCrossesMidnight() {
        Postmortem p = postmortem("2024/07.search.empty-results.md", """
                # Search returned nothing

                Date: July 9, 2024

                Authors: Priya Raman

                Status: Complete, action items in progress

                Summary: Search returned no results
                for 25 minutes.

                Root Causes: The alias switch ran early.

                ## Timeline

                2024-07-09 (all times Europe/Berlin)

                - 23:55 INCIDENT BEGINS: alias switched
                - 23:59 — DETECTED: support ticket
                - 00:10 UTC RESOLVED: alias switched back
                - later that night, a retro was scheduled
                """);
        assertEquals(LocalDate.of(2024, 7, 9), p.date());
        assertEquals(Status.REVIEWED, p.status());
        assertEquals("Search returned no results for 25 minutes.", p.summary());
        assertEquals(List.of("summary", "root-causes", "timeline"), p.sections().stream().map(Section::key).toList());
        assertEquals("<p>The alias switch ran early.</p>\n", p.sections().get(1).html());
        LocalDate day = LocalDate.of(2024, 7, 9);
        assertEquals(List.of(
                new TimelineEntry(18, day, LocalTime.of(23, 55), "Europe/Berlin", "23:55",
                        "INCIDENT BEGINS: alias switched", Marker.BEGINS),
                new TimelineEntry(19, day, LocalTime.of(23, 59), "Europe/Berlin", "23:59",
                        "DETECTED: support ticket", Marker.DETECTED),
                new TimelineEntry(20, day.plusDays(1), LocalTime.of(0, 10), "UTC", "00:10 UTC",
                        "RESOLVED: alias switched back", Marker.RESOLVED),
                new TimelineEntry(21, day.plusDays(1), null, "Europe/Berlin", "",
                        "later that night, a retro was scheduled", null)), p.timeline());
    }

    @Test
    void frontMatterWinsOverTheBody() {
        Postmortem p = postmortem("2023/11.payments.gateway-outage.md", """
                ---
                title: Payment gateway outage
                date: 2023-11-24
                authors: [Sam Okafor, Li Wei]
                status: Closed
                severity: 1
                tags: [gateway, black-friday]
                ---

                # Another title

                **Status:** Draft

                ## Summary

                The gateway rejected every request.
                """);
        assertEquals("Payment gateway outage", p.title());
        assertEquals(LocalDate.of(2023, 11, 24), p.date());
        assertEquals(List.of("Sam Okafor", "Li Wei"), p.authors());
        assertEquals(Status.CLOSED, p.status());
        assertEquals("SEV-1", p.severity());
        assertEquals(List.of("gateway", "black-friday"), p.tags());
        assertEquals(5, p.lineOf("status"));
        assertEquals(14, p.sections().get(0).line());
    }

    @Test
    void readsTaskListActionItemsAndSynonymsAtLevelThree() {
        Postmortem p = postmortem("2025/02.identity.token-leak.md", """
                # API key leaked in a public gist

                - **Date:** 2025-02-03
                - **Status:** In Review

                ### Customer Impact

                None known.

                ### Root Cause

                A debug script printed the key.

                ### Follow-ups

                - [x] Rotate the key — type: repair, owner: @li, ticket: SEC-12
                - [ ] Scan gists for our key prefix — owner: @ana
                - [ ] Block keys in CI logs (OPS-77) @ben
                """);
        assertEquals(Status.IN_REVIEW, p.status());
        assertEquals(List.of("impact", "root-causes", "action-items"), p.sections().stream().map(Section::key).toList());
        assertEquals(List.of("Customer Impact", "Root Cause", "Follow-ups"),
                p.sections().stream().map(Section::heading).toList());
        assertEquals(List.of(
                new ActionItem(16, "Rotate the key", "repair", "@li", "SEC-12", null, ActionState.DONE, null),
                new ActionItem(17, "Scan gists for our key prefix", null, "@ana", null, null, ActionState.OPEN, null),
                new ActionItem(18, "Block keys in CI logs (OPS-77) @ben", null, "@ben", "OPS-77", null, ActionState.OPEN, null)),
                p.actionItems());
    }

    @Test
    void wrapperHeadingsAroundTemplateSectionsAreDropped() {
        Postmortem p = postmortem("2024/10.deploy.sync-loop.md", """
                # Sync loop

                ## Incident Report

                ### Summary

                It looped.

                ## Follow-up

                ### Lessons Learned

                #### What went well

                - the rollback

                ## Background

                Argo syncs every 3 minutes.
                """);
        assertEquals(java.util.Arrays.asList("summary", "action-items", "lessons-learned", null),
                p.sections().stream().map(Section::key).toList());
        // the section's heading is an h2 on the page, so the author's #### comes next as an h3
        assertEquals("<h3 id=\"what-went-well\">What went well</h3>\n<ul>\n<li>the rollback</li>\n</ul>\n",
                p.sections().get(2).html());
    }

    @Test
    void authorsHeadingsNeverSkipALevelUnderTheSectionsH2() {
        Postmortem p = postmortem("2024/10.deploy.sync-loop.md", """
                # Sync loop

                ## Lessons Learned

                #### What went well

                Rollback was quick.

                ###### Even better

                Nobody paged twice.

                ### What went wrong

                > ##### Quoted

                ## Notes

                ### Plain
                """);
        assertEquals("""
                <h3 id="what-went-well">What went well</h3>
                <p>Rollback was quick.</p>
                <h4 id="even-better">Even better</h4>
                <p>Nobody paged twice.</p>
                <h3 id="what-went-wrong">What went wrong</h3>
                <blockquote>
                <h4 id="quoted">Quoted</h4>
                </blockquote>
                """, p.sections().get(0).html());
        assertEquals("<h3 id=\"plain\">Plain</h3>\n", p.sections().get(1).html());
    }

    @Test
    void anAuthorsTableCanTakeFocusToScrollOnAPhone() {
        Postmortem p = postmortem("2024/10.deploy.sync-loop.md", """
                # Sync loop

                ## Impact

                | Region | Errors |
                |---|---|
                | eu | 12% |
                """);
        assertEquals("""
                <table tabindex="0">
                <thead>
                <tr><th>Region</th><th>Errors</th></tr>
                </thead>
                <tbody>
                <tr><td>eu</td><td>12%</td></tr>
                </tbody>
                </table>
                """, p.sections().get(0).html());
    }

    @Test
    void linksToOtherPostmortemsPointToTheirPages() {
        Postmortem p = postmortem("2024/03.payments.card-timeouts.md", """
                # Links

                **Date:** 2024-03-01

                **Status:** Draft

                ## Root Causes

                As [before](../2023/11.payments.gateway-outage.md#timeline), [same year](05.db.lag.md),
                [a guide](docs/guide.md), [elsewhere](https://example.com/05.db.lag.md),
                ![graph](03.payments.card-timeouts/latency.png)
                """);
        assertEquals("""
                <p>As <a href="../2023/11.payments.gateway-outage.html#timeline">before</a>, \
                <a href="05.db.lag.html">same year</a>,
                <a href="docs/guide.md">a guide</a>, <a href="https://example.com/05.db.lag.md">elsewhere</a>,
                <img src="03.payments.card-timeouts/latency.png" alt="graph" /></p>
                """, p.sections().get(0).html());
    }

    @Test
    void rawHtmlIsEscapedAndScriptLinksAreDropped() {
        Postmortem p = postmortem("2024/03.payments.card-timeouts.md", """
                # <img src=x onerror=alert(1)>

                **Date:** 2024-03-01

                **Status:** Draft

                ## Summary

                <script>alert(1)</script>

                Click [here](javascript:alert(1)).
                """);
        assertEquals("<img src=x onerror=alert(1)>", p.title()); // escaped by the templates
        assertEquals("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n<p>Click here.</p>\n", p.sections().get(0).html());
    }

    @Test
    void reportsWhatItCannotRead() {
        ParsedFile parsed = parse("2024/03.payments.card-timeouts.md", """
                Some notes without a title.

                **Date:** last Tuesday

                **Status:** Draft | In Review | Reviewed | Closed
                """);
        assertEquals(List.of(
                Problem.warning("2024/03.payments.card-timeouts.md", 1, "title",
                        "no title; start the file with a '# Title' line (using the file name for now)"),
                Problem.warning("2024/03.payments.card-timeouts.md", 3, "date",
                        "cannot read Date 'last Tuesday'; write it as YYYY-MM-DD"),
                Problem.warning("2024/03.payments.card-timeouts.md", 5, "status",
                        "unknown Status 'Draft | In Review | Reviewed | Closed' (use Draft, In Review, Reviewed or "
                                + "Closed); treated as Draft")), parsed.problems());
        assertEquals("Card timeouts", parsed.postmortem().title());
        assertNull(parsed.postmortem().date());
        assertEquals(Status.DRAFT, parsed.postmortem().status());
    }

    @Test
    void toleratesBomAndCrlf() {
        Postmortem p = postmortem("2024/03.payments.card-timeouts.md",
                "\uFEFF# Title\r\n\r\n**Date:** 2024-03-02\r\n\r\n**Status:** Closed\r\n");
        assertEquals("Title", p.title());
        assertEquals(LocalDate.of(2024, 3, 2), p.date());
    }

    @Test
    void invalidUtf8NamesTheLine() {
        byte[] bytes = "# T\n\n**Date:** 2024-03-02 caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(List.of(Problem.error("2024/03.payments.card-timeouts.md", 3, "encoding",
                        "not valid UTF-8 (byte 25 of the line); save the file as UTF-8")),
                parse("2024/03.payments.card-timeouts.md", bytes).problems());
    }

    @Test
    void unclosedFrontMatter() {
        ParsedFile parsed = parse("2024/03.payments.card-timeouts.md", "---\ntitle: x\n\n# Title\n");
        assertNull(parsed.postmortem());
        assertEquals(List.of(Problem.error("2024/03.payments.card-timeouts.md", 1, "front-matter",
                "front matter starts here but has no closing '---' line")), parsed.problems());
    }

    @Test
    void invalidYamlNamesTheLine() {
        ParsedFile parsed = parse("2024/03.payments.card-timeouts.md",
                "---\ntitle: x\nauthors: [a, b\nstatus: Draft\n---\n# Title\n");
        assertEquals("2024/03.payments.card-timeouts.md:4: error: front matter is not valid YAML: "
                + "expected ',' or ']', but got : [front-matter]", parsed.problems().get(0).toString());
    }

    @Test
    void emptyFile() {
        assertEquals(List.of(Problem.error("2024/03.payments.card-timeouts.md", 1, "empty-file",
                        "the file is empty; copy TEMPLATE.md and fill it in")),
                parse("2024/03.payments.card-timeouts.md", " \n\n").problems());
    }
}
