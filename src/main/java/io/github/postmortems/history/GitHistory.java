package io.github.postmortems.history;

import org.eclipse.jgit.errors.RevWalkException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the history of an archive's postmortems from the git repository that holds it, in one walk from HEAD:
 * a log per file would cost a walk per postmortem, far too slow for 100,000 of them. Values come from commits
 * only, never the clock, so the same commits give the same pages.
 */
public final class GitHistory {

    private GitHistory() {
    }

    /**
     * The history of every postmortem committed under {@code archiveDirectory}; none, with the reason, where there is
     * no repository, no commit, or only a shallow clone (whose oldest commit would claim to add every file).
     */
    public static ArchiveHistory read(Path archiveDirectory) {
        Path archive;
        try {
            archive = archiveDirectory.toRealPath();
        } catch (IOException e) {
            return ArchiveHistory.none("none: the archive directory cannot be read");
        }
        // no readEnvironment(): GIT_DIR and friends would make the pages depend on the shell that ran the build
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(archive.toFile());
        if (builder.getGitDir() == null) {
            return ArchiveHistory.none("none: not in a git repository");
        }
        try (Repository repository = builder.setMustExist(true).build()) {
            if (repository.isBare()) {
                return ArchiveHistory.none("none: the repository has no work tree");
            }
            Path top = repository.getWorkTree().toPath().toRealPath();
            if (!archive.startsWith(top)) {
                return ArchiveHistory.none("none: the archive is outside the repository's work tree");
            }
            if (!repository.getObjectDatabase().getShallowCommits().isEmpty()) {
                return ArchiveHistory.none("none: a shallow clone; fetch the whole history (fetch-depth: 0) to show it");
            }
            ObjectId head = repository.resolve(Constants.HEAD);
            if (head == null) {
                return ArchiveHistory.none("none: no commits yet");
            }
            String prefix = top.relativize(archive).toString().replace('\\', '/');
            Map<String, FileHistory> files = walk(repository, head, prefix);
            return new ArchiveHistory(files, String.format(java.util.Locale.ROOT, "from git, %,d committed postmortems",
                    files.size()));
        } catch (IOException | RevWalkException e) {
            return ArchiveHistory.none("none: the repository cannot be read (" + e.getMessage() + ")");
        }
    }

    /**
     * What the history of the archive's pages depends on, cheaply: the HEAD commit and whether the clone is shallow,
     * or "none" outside a repository. A build cache keys on it, so a new commit rebuilds the "last changed" lines.
     */
    public static String state(Path archiveDirectory) {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(archiveDirectory.toAbsolutePath().toFile());
        if (builder.getGitDir() == null) {
            return "none";
        }
        try (Repository repository = builder.setMustExist(true).build()) {
            ObjectId head = repository.resolve(Constants.HEAD);
            return (head == null ? "no commits" : head.name()) + " shallow="
                    + !repository.getObjectDatabase().getShallowCommits().isEmpty();
        } catch (IOException | RuntimeException e) {
            return "unreadable";
        }
    }

    /**
     * Newest commit first, each compared with its parents: a file is changed by a commit whose tree differs from
     * every parent's there (as {@code git log} sees it, so a merge is not credited with its branch's work). The first
     * commit met that changes a file is its last change; the last one met, its first commit.
     */
    private static Map<String, FileHistory> walk(Repository repository, ObjectId head, String prefix)
            throws IOException {
        TreeFilter changed = prefix.isEmpty() ? TreeFilter.ANY_DIFF
                : AndTreeFilter.create(PathFilter.create(prefix), TreeFilter.ANY_DIFF);
        int cut = prefix.isEmpty() ? 0 : prefix.length() + 1;
        Map<String, FileHistory> files = new HashMap<>();
        Map<String, String> names = new HashMap<>(); // one String per author, however many commits
        try (RevWalk commits = new RevWalk(repository); TreeWalk trees = new TreeWalk(repository)) {
            // no tree filter on the walk itself: it would diff every commit a second time; a commit that leaves the
            // archive's folder alone costs one comparison of that folder's tree id below
            commits.markStart(commits.parseCommit(head));
            trees.setRecursive(true);
            for (RevCommit commit : commits) {
                trees.reset();
                trees.addTree(commit.getTree());
                for (RevCommit parent : commit.getParents()) {
                    trees.addTree(commits.parseCommit(parent).getTree());
                }
                trees.setFilter(changed.clone());
                PersonIdent author = commit.getAuthorIdent();
                Instant when = author.getWhenAsInstant();
                String name = names.computeIfAbsent(author.getName(), n -> n);
                while (trees.next()) {
                    if (trees.getRawMode(0) == 0 || !differsFromEveryParent(trees)) {
                        continue; // deleted here, or brought from a parent that changed it
                    }
                    String path = trees.getPathString();
                    String archivePath = path.substring(cut);
                    if (!isPostmortem(archivePath)) {
                        continue;
                    }
                    FileHistory known = files.get(archivePath);
                    files.put(archivePath, known == null ? new FileHistory(path, when, name, when)
                            : new FileHistory(known.repositoryPath(), known.lastChanged(), known.lastAuthor(), when));
                }
                commit.disposeBody(); // the walk keeps its commits; their messages are not needed again
            }
        }
        return files;
    }

    private static boolean differsFromEveryParent(TreeWalk trees) {
        for (int i = 1; i < trees.getTreeCount(); i++) {
            if (trees.idEqual(0, i) && trees.getRawMode(0) == trees.getRawMode(i)) {
                return false;
            }
        }
        return true;
    }

    /** {@code YYYY/….md}: the scan decides what is a postmortem; this only keeps other files out of the map. */
    private static boolean isPostmortem(String path) {
        return path.length() > 8 && path.charAt(4) == '/' && path.indexOf('/', 5) < 0 && path.endsWith(".md")
                && Character.isDigit(path.charAt(0)) && Character.isDigit(path.charAt(3));
    }
}
