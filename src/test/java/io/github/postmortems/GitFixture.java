package io.github.postmortems;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;

/** A real git repository in a test's folder, with commits at fixed times by fixed authors. */
public final class GitFixture implements AutoCloseable {

    private final Git git;

    private GitFixture(Git git) {
        this.git = git;
    }

    public static GitFixture init(Path dir) throws GitAPIException {
        return new GitFixture(Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call());
    }

    public Git git() {
        return git;
    }

    /** Commits every change in the work tree (new, changed and deleted files) as {@code author} at {@code when}. */
    public RevCommit commit(String when, String author, String message) throws GitAPIException {
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        PersonIdent ident = new PersonIdent(author, author.toLowerCase(java.util.Locale.ROOT).replace(' ', '.')
                + "@example.com", Instant.parse(when), ZoneOffset.UTC);
        return git.commit().setAuthor(ident).setCommitter(ident).setMessage(message).setSign(false).call();
    }

    @Override
    public void close() {
        git.close();
    }
}
