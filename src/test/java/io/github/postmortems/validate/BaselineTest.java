package io.github.postmortems.validate;

import io.github.postmortems.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BaselineTest {

    @TempDir
    Path temp;

    private static Problem error(String file, int line, String rule, String message) {
        return Problem.error(file, line, rule, message);
    }

    @Test
    void theFileListsFindingsWithoutLinesOrNumbers() throws Exception {
        Path file = temp.resolve(Baseline.FILE);
        Baseline.write(file, List.of(
                error("2024/09.db.failover.md", 5, "review-deadline", "still Draft 792 days after its review deadline"),
                error("2023/01.db.old.md", 19, "action-plan", "action item 'Tune' has no owner")));
        assertEquals("""
                # postmortem:check baseline: findings accepted for now, one per line (file, rule, message with numbers as #).
                # Regenerate with mvn postmortem:baseline; delete lines as the findings are fixed.
                2023/01.db.old.md\taction-plan\taction item 'Tune' has no owner
                2024/09.db.failover.md\treview-deadline\tstill Draft # days after its review deadline
                """, Files.readString(file));
    }

    @Test
    void onlyFindingsOutsideTheBaselineAreNew() throws Exception {
        Path file = temp.resolve(Baseline.FILE);
        Baseline.write(file, List.of(
                error("2024/09.db.failover.md", 5, "review-deadline", "still Draft 792 days after its review deadline"),
                error("2023/01.db.old.md", 19, "action-plan", "action item 'Tune' has no owner")));
        Problem moved = error("2023/01.db.old.md", 23, "action-plan", "action item 'Tune' has no owner");
        Problem aDayLater = error("2024/09.db.failover.md", 5, "review-deadline",
                "still Draft 793 days after its review deadline");
        Problem second = error("2023/01.db.old.md", 24, "action-plan", "action item 'Tune' has no owner");
        Problem fresh = error("2025/02.db.new.md", 3, "impact", "Impact gives no numbers");
        assertEquals(List.of(second, fresh), Baseline.read(file).newFindings(List.of(moved, aDayLater, second, fresh)));
        assertEquals(List.of(fresh), Baseline.read(temp.resolve("none.txt")).newFindings(List.of(fresh)),
                "no baseline file: every finding is new");
    }
}
