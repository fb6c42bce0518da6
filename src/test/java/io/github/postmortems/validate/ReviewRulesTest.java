package io.github.postmortems.validate;

import io.github.postmortems.build.ArchiveCheck;
import io.github.postmortems.Fixtures;
import io.github.postmortems.Problem;
import io.github.postmortems.build.SiteBuilder;
import io.github.postmortems.config.SiteSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The review gate over archives/review: every rule's exact message, and the policy's knobs. */
class ReviewRulesTest {

    @TempDir
    Path temp;

    private List<String> check(Policy policy, SiteBuilder.Mode mode) throws Exception {
        SiteSettings settings = SiteSettings.defaults(Fixtures.archive("review"), temp.resolve("site"), Fixtures.TODAY)
                .withPolicy(policy);
        ArchiveCheck result = SiteBuilder.check(settings, mode);
        return result.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void checkReportsEveryRuleSortedByFileAndLine() throws Exception {
        List<String> expected = Files.readAllLines(Fixtures.archive("review").resolve("../review-expected.txt"),
                StandardCharsets.UTF_8);
        assertEquals(expected, check(Policy.defaults(Fixtures.TODAY), SiteBuilder.Mode.CHECK));
    }

    @Test
    void theSiteGoalReportsReviewFindingsAsWarnings() throws Exception {
        List<String> problems = check(Policy.defaults(Fixtures.TODAY), SiteBuilder.Mode.SITE);
        assertEquals(List.of(), problems.stream().filter(p -> p.contains(": error: ")).toList());
        assertEquals(check(Policy.defaults(Fixtures.TODAY), SiteBuilder.Mode.CHECK).size(), problems.size());
    }

    @Test
    void policyTurnsRulesOffOrDownAndSetsTheTicketPattern() throws Exception {
        Policy policy = Policy.defaults(Fixtures.TODAY)
                .withLevel(Rule.ROOT_CAUSE, null)
                .withLevel(Rule.REVIEW_DEADLINE, Problem.Level.WARNING);
        policy = new Policy(policy.levels(), Pattern.compile("DB-\\d+|see doc"), 14, policy.reviewedStatuses(), 3,
                Fixtures.TODAY, List.of());
        List<String> problems = check(policy, SiteBuilder.Mode.CHECK);
        assertEquals(List.of(), problems.stream().filter(p -> p.endsWith("[root-cause]")).toList());
        assertEquals(List.of(
                        "2024/09.db.failover.md:5: warning: still Draft 792 days after its review deadline 2024-09-24 "
                                + "(14 days after the incident) [review-deadline]",
                        "2025/02.db.failover.md:7: warning: still In Review 635 days after its review deadline 2025-02-28 "
                                + "(14 days after the incident) [review-deadline]",
                        "2025/03.db.failover.md:7: warning: still In Review 619 days after its review deadline 2025-03-16 "
                                + "(14 days after the incident) [review-deadline]"),
                problems.stream().filter(p -> p.endsWith("[review-deadline]")).toList());
        assertEquals(List.of(), problems.stream().filter(p -> p.contains("which does not match")).toList());
    }
}
