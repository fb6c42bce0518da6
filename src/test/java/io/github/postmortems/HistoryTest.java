package io.github.postmortems;

import io.github.postmortems.build.BuildResult;
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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Pages show when git last saw them change, and by whom; the review clock starts at the first commit without a Date. */
class HistoryTest {

    private static final String REPOSITORY_URL = "https://github.com/acme/postmortems/commits/main/{path}";
    /** No Date: its review deadline counts from its first commit, not from the first of October. */
    private static final String UNDATED = """
            # Login page returned errors

            **Status:** Draft

            **Authors:** Ana Lima

            ## Summary

            Logins failed for a while.
            """;

    @TempDir
    Path temp;

    /** The small fixture archive in the folder {@code postmortems/} of a repository, committed at fixed times. */
    private Path repository(Path repo) throws Exception {
        Path archive = repo.resolve("postmortems");
        for (Map.Entry<String, byte[]> f : Fixtures.files(Fixtures.archive("small")).entrySet()) {
            Path target = archive.resolve(f.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, f.getValue());
        }
        try (GitFixture git = GitFixture.init(repo)) {
            git.commit("2025-01-10T09:00:00Z", "Mira Patel", "the archive");
            Files.writeString(archive.resolve("2024/03.payments.card-timeouts.md"), "\nEdited.\n",
                    java.nio.file.StandardOpenOption.APPEND);
            Fixtures.write(archive.resolve("2026/10.web.broken-login.md"), UNDATED);
            git.commit("2025-03-04T16:30:00Z", "Ana Lima", "an edit, and a postmortem without a Date");
            Files.writeString(archive.resolve("2026/10.web.broken-login.md"), "\nMore.\n",
                    java.nio.file.StandardOpenOption.APPEND);
            git.commit("2026-10-20T12:00:00Z", "Sam Okafor", "more");
        }
        Fixtures.write(archive.resolve("2024/08.search.not-committed.md"), "# Not committed yet\n\n**Date:** 2024-08-01\n");
        return archive;
    }

    private BuildResult build(Path archive, Path site) throws Exception {
        return SiteBuilder.build(SiteSettings.defaults(archive, site, Fixtures.TODAY).withTitle("Acme")
                .withRepositoryUrl(REPOSITORY_URL));
    }

    private static Document page(Path site, String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    @Test
    void aPostmortemPageSaysWhenItLastChangedAndByWhomWithALinkToItsHistory() throws Exception {
        Path site = temp.resolve("site");
        BuildResult result = build(repository(temp.resolve("repo")), site);
        assertEquals("from git, 4 committed postmortems", result.history());
        Document edited = page(site, "2024/03.payments.card-timeouts.html");
        assertEquals("Last changed 2025-03-04 by Ana Lima · History", edited.selectFirst("p.changed").text());
        assertEquals("<p class=\"changed\">Last changed <time datetime=\"2025-03-04\">2025-03-04</time> by Ana Lima · "
                + "<a href=\"https://github.com/acme/postmortems/commits/main/postmortems/2024/03.payments.card-timeouts.md\">"
                + "History</a></p>", edited.selectFirst("p.changed").outerHtml());
        assertEquals("Last changed 2025-01-10 by Mira Patel · History",
                page(site, "2023/11.payments.gateway-outage.html").selectFirst("p.changed").text());
        assertEquals(List.of(), page(site, "2024/08.search.not-committed.html").select("p.changed").eachText());
    }

    @Test
    void withoutRepositoryUrlThereIsNoLink() throws Exception {
        Path site = temp.resolve("site");
        SiteBuilder.build(SiteSettings.defaults(repository(temp.resolve("repo")), site, Fixtures.TODAY));
        assertEquals("<p class=\"changed\">Last changed <time datetime=\"2025-03-04\">2025-03-04</time> by Ana Lima</p>",
                page(site, "2024/03.payments.card-timeouts.html").selectFirst("p.changed").outerHtml());
    }

    @Test
    void theReviewClockOfAPostmortemWithoutADateStartsAtItsFirstCommit() throws Exception {
        Path archive = repository(temp.resolve("repo"));
        Path site = temp.resolve("site");
        build(archive, site);
        // first committed 2025-03-04: due 14 days later, 2025-03-18, and 617 days past that on 2026-11-25
        // the queue is oldest first by the day its clock started, so this undated one of 2026 comes last
        assertEquals(List.of("Search returned nothing", "Not committed yet", "Login page returned errors"),
                page(site, "index.html").select("#queue ~ ol a.pm-title").eachText());
        assertEquals("Login page returned errors 2026-10 · web Draft review overdue 617 days by Ana Lima "
                + "Logins failed for a while.", page(site, "index.html").select("#queue ~ ol li").get(2).text());
        List<String> findings = SiteBuilder.check(SiteSettings.defaults(archive, site, Fixtures.TODAY),
                SiteBuilder.Mode.CHECK).problems().stream().filter(p -> p.rule().equals("review-deadline"))
                .filter(p -> p.file().startsWith("2026/")).map(Problem::toString).toList();
        assertEquals(List.of("2026/10.web.broken-login.md:3: error: still Draft 617 days after its review deadline "
                + "2025-03-18 (14 days after it was first committed, as it has no Date) [review-deadline]"), findings);
    }

    @Test
    void theSameCommitsGiveTheSameBytesAndNoRepositoryGivesNoHistory() throws Exception {
        Path first = temp.resolve("one-site");
        Path second = temp.resolve("two-site");
        build(repository(temp.resolve("one")), first);
        build(repository(temp.resolve("two")), second);
        Map<String, byte[]> a = Fixtures.files(first);
        Map<String, byte[]> b = Fixtures.files(second);
        assertEquals(a.keySet(), b.keySet());
        a.forEach((path, bytes) -> assertArrayEquals(bytes, b.get(path), path));

        Path plain = temp.resolve("plain");
        for (Map.Entry<String, byte[]> f : Fixtures.files(Fixtures.archive("small")).entrySet()) {
            Fixtures.write(plain.resolve(f.getKey()), new String(f.getValue(), java.nio.charset.StandardCharsets.UTF_8));
        }
        Path site = temp.resolve("plain-site");
        assertEquals("none: not in a git repository", build(plain, site).history());
        assertEquals(List.of(), page(site, "2024/03.payments.card-timeouts.html").select("p.changed").eachText());
    }
}
