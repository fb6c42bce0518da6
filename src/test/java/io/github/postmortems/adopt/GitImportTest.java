package io.github.postmortems.adopt;

import io.github.postmortems.Fixtures;
import io.github.postmortems.GitFixture;
import org.eclipse.jgit.dircache.DirCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** In a git repository the import stages its moves as {@code git mv} does, so git sees renames. */
class GitImportTest {

    @TempDir
    Path repo;

    @Test
    void theIndexHoldsTheNewPathsAndNotTheOld() throws Exception {
        try (GitFixture git = GitFixture.init(repo)) {
            Fixtures.write(repo.resolve("docs/incidents/payments/card-timeouts.md"), """
                    # Card authorisations timed out

                    On 14 January 2022 card payments failed for 25 minutes after the acquirer rotated its certificates.
                    The [graph](graph.png) shows it; the [runbook](../../runbook.md) did not cover it.
                    """);
            Fixtures.write(repo.resolve("docs/incidents/payments/graph.png"), "PNG fixture\n");
            Fixtures.write(repo.resolve("docs/runbook.md"), "# Runbook\n");
            Fixtures.write(repo.resolve("docs/incidents/untracked.md"), "---\ndate: 2022-02-01\nservice: web\n---\n# New\n");
            git.git().add().addFilepattern("docs/incidents/payments").addFilepattern("docs/runbook.md").call();
            git.git().commit().setMessage("incidents as they were").setSign(false)
                    .setAuthor("Mira Patel", "mira@example.com").setCommitter("Mira Patel", "mira@example.com").call();

            ImportPlan plan = ArchiveImport.plan(new ArchiveImport.Request(repo.resolve("docs/incidents"), repo, null,
                    Map.of()));
            assertEquals(List.of("Moved 2 postmortems and 1 attachment; 2 links rewritten in 1 file",
                    "Staged in git as renames (as git mv does): 2 files; 1 that git did not track moved without "
                            + "staging; the links changed in 1 file are not staged: commit the renames first, then the "
                            + "links, so that git follows every file"),
                    ArchiveImport.apply(plan, false));

            DirCache index = git.git().getRepository().readDirCache();
            List<String> paths = new ArrayList<>();
            for (int i = 0; i < index.getEntryCount(); i++) {
                paths.add(index.getEntry(i).getPathString());
            }
            assertEquals(List.of("2022/01.payments.card-timeouts.md", "2022/01.payments.card-timeouts/graph.png",
                    "docs/runbook.md"), paths);
            // with rename detection, as git status shows it: exact renames, the link change left in the work tree
            org.eclipse.jgit.diff.RenameDetector renames = new org.eclipse.jgit.diff.RenameDetector(git.git().getRepository());
            renames.addAll(git.git().diff().setCached(true).call());
            List<String> detected = renames.compute().stream()
                    .map(d -> d.getChangeType() + " " + d.getOldPath() + " -> " + d.getNewPath()).sorted().toList();
            assertEquals(List.of("RENAME docs/incidents/payments/card-timeouts.md -> 2022/01.payments.card-timeouts.md",
                    "RENAME docs/incidents/payments/graph.png -> 2022/01.payments.card-timeouts/graph.png"), detected);
            assertEquals("""
                    # Card authorisations timed out

                    On 14 January 2022 card payments failed for 25 minutes after the acquirer rotated its certificates.
                    The [graph](01.payments.card-timeouts/graph.png) shows it; the [runbook](../docs/runbook.md) did not cover it.
                    """, java.nio.file.Files.readString(repo.resolve("2022/01.payments.card-timeouts.md")));
            assertEquals(true, java.nio.file.Files.isRegularFile(repo.resolve("2022/02.web.untracked.md")));
            org.eclipse.jgit.api.Status status = git.git().status().call();
            assertEquals(java.util.Set.of("2022/01.payments.card-timeouts.md"), status.getModified());
            assertEquals(java.util.Set.of("2022/02.web.untracked.md"), status.getUntracked());
        }
    }
}
