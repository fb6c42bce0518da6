package io.github.postmortems.history;

import io.github.postmortems.Fixtures;
import io.github.postmortems.GitFixture;
import org.eclipse.jgit.api.MergeCommand;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GitHistoryTest {

    @TempDir
    Path repo;

    @Test
    void oneWalkFindsEachPostmortemsLastChangeAndFirstCommit() throws Exception {
        Path archive = repo.resolve("archive");
        try (GitFixture git = GitFixture.init(repo)) {
            Fixtures.write(archive.resolve("2024/03.db.lag.md"), "# Lag\n");
            Fixtures.write(archive.resolve("2024/05.web.login.md"), "# Login\n");
            Fixtures.write(repo.resolve("README.md"), "outside the archive\n");
            git.commit("2025-01-10T09:00:00Z", "Mira Patel", "first");
            Fixtures.write(archive.resolve("2024/03.db.lag.md"), "# Lag\n\nMore.\n");
            Fixtures.write(archive.resolve("2024/03.db.lag/graph.txt"), "an attachment\n");
            git.commit("2025-03-04T16:30:00Z", "Ana Lima", "second");
            Fixtures.write(repo.resolve("README.md"), "changed, but not in the archive\n");
            git.commit("2025-04-01T08:00:00Z", "Sam Okafor", "third");
            Fixtures.write(archive.resolve("2025/01.web.new.md"), "# Not committed\n");
        }
        ArchiveHistory history = GitHistory.read(archive);
        assertEquals("from git, 2 committed postmortems", history.note());
        assertEquals(new FileHistory("archive/2024/03.db.lag.md", Instant.parse("2025-03-04T16:30:00Z"), "Ana Lima",
                Instant.parse("2025-01-10T09:00:00Z")), history.of("2024/03.db.lag.md"));
        assertEquals(new FileHistory("archive/2024/05.web.login.md", Instant.parse("2025-01-10T09:00:00Z"),
                "Mira Patel", Instant.parse("2025-01-10T09:00:00Z")), history.of("2024/05.web.login.md"));
        assertEquals(null, history.of("2025/01.web.new.md"));
    }

    @Test
    void aMergeIsNotCreditedWithItsBranchsChanges() throws Exception {
        try (GitFixture git = GitFixture.init(repo)) {
            Fixtures.write(repo.resolve("2024/03.db.lag.md"), "# Lag\n");
            Fixtures.write(repo.resolve("2024/05.web.login.md"), "# Login\n");
            git.commit("2025-01-10T09:00:00Z", "Mira Patel", "first");
            git.git().checkout().setCreateBranch(true).setName("edit").call();
            Fixtures.write(repo.resolve("2024/03.db.lag.md"), "# Lag\n\nOn a branch.\n");
            git.commit("2025-02-01T10:00:00Z", "Bo Chen", "on a branch");
            git.git().checkout().setName("main").call();
            Fixtures.write(repo.resolve("2024/05.web.login.md"), "# Login\n\nOn main.\n");
            git.commit("2025-02-02T10:00:00Z", "Ana Lima", "on main");
            PersonIdent merger = new PersonIdent("Merge Bot", "bot@example.com",
                    Instant.parse("2025-02-03T10:00:00Z"), ZoneOffset.UTC);
            git.git().merge().include(git.git().getRepository().resolve("edit")).setCommit(false)
                    .setFastForward(MergeCommand.FastForwardMode.NO_FF).call();
            git.git().commit().setAuthor(merger).setCommitter(merger).setMessage("merge").setSign(false).call();
        }
        ArchiveHistory history = GitHistory.read(repo);
        assertEquals("Bo Chen", history.of("2024/03.db.lag.md").lastAuthor());
        assertEquals("Ana Lima", history.of("2024/05.web.login.md").lastAuthor());
    }

    @Test
    void noRepositoryNoCommitOrAShallowCloneGiveNoHistory() throws Exception {
        Fixtures.write(repo.resolve("2024/03.db.lag.md"), "# Lag\n");
        assertEquals(ArchiveHistory.none("none: not in a git repository"), GitHistory.read(repo));
        try (GitFixture git = GitFixture.init(repo)) {
            assertEquals(ArchiveHistory.none("none: no commits yet"), GitHistory.read(repo));
            RevCommit only = git.commit("2025-01-10T09:00:00Z", "Mira Patel", "first");
            assertEquals(Map.of("2024/03.db.lag.md", new FileHistory("2024/03.db.lag.md",
                    Instant.parse("2025-01-10T09:00:00Z"), "Mira Patel", Instant.parse("2025-01-10T09:00:00Z"))),
                    GitHistory.read(repo).files());
            git.git().getRepository().getObjectDatabase().setShallowCommits(Set.of(only.copy()));
        }
        assertEquals(ArchiveHistory.none("none: a shallow clone; fetch the whole history (fetch-depth: 0) to show it"),
                GitHistory.read(repo));
    }
}
