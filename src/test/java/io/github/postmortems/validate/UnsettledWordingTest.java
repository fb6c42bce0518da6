package io.github.postmortems.validate;

import io.github.postmortems.Fixtures;
import io.github.postmortems.Problem;
import io.github.postmortems.TestPostmortems;
import io.github.postmortems.parse.Postmortem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A scorecard never ticks a section that says it is not finished; the check says the same. */
class UnsettledWordingTest {

    private static List<String> criteria(String body) {
        Postmortem p = TestPostmortems.parse("2026/11.cdn.tls.md", "# TLS\n\n**Date:** 2026-11-19\n\n" + body);
        return ReviewCriteria.of(p, Policy.defaults(Fixtures.TODAY)).stream()
                .filter(c -> c.rule() == Rule.IMPACT || c.rule() == Rule.ROOT_CAUSE)
                .flatMap(c -> c.problems().stream()).map(Problem::toString).toList();
    }

    @Test
    void aNoteOrUnconfirmedWordsFailTheCriterion() {
        assertEquals(List.of(
                "2026/11.cdn.tls.md:5: error: Impact is not settled yet ('TODO: order impact, probably small'); finish "
                        + "the assessment, or say what is still unknown as an action item [impact]",
                "2026/11.cdn.tls.md:10: error: Root Causes is not settled yet ('working theory (not confirmed): the "
                        + "CDN served a chain th...'); confirm the cause, or say what is still open as an action item [root-cause]"),
                criteria("""
                        ## Impact

                        - 1,200 failed handshakes in 40 minutes.
                        - TODO: order impact, probably small

                        ## Root Causes

                        Our working theory (not confirmed): the CDN served a chain that old Android devices cannot
                        build, because the cross-signed intermediate was dropped.
                        """));
    }

    @Test
    void aTodoQuotedInASentenceIsNotANote() {
        assertEquals(List.of(), criteria("""
                ## Impact

                Logins failed for 2,300 users for 50 minutes.

                ## Root Causes

                The certificate was renewed by hand each year; the runbook still says "TODO: automate renewal" and
                nobody owned the reminder after its author left.
                """));
    }
}
