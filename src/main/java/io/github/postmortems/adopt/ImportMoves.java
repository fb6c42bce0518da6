package io.github.postmortems.adopt;

import io.github.postmortems.adopt.ImportPlan.AttachmentMove;
import io.github.postmortems.adopt.ImportPlan.Edit;
import io.github.postmortems.adopt.ImportPlan.Move;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Carries out an {@link ImportPlan}: files moved (never over another), links changed, emptied folders removed, and in
 * a git repository the old paths taken out of the index and the new ones added, so that git sees renames and
 * {@code git log --follow} keeps each postmortem's history.
 */
final class ImportMoves {

    private ImportMoves() {
    }

    static List<String> apply(ImportPlan plan, boolean leaveUnplaced) throws IOException, ArchiveImport.Refused {
        int left = plan.leftCount();
        if (left > 0 && !leaveUnplaced) {
            throw new ArchiveImport.Refused(left + (left == 1 ? " file" : " files") + " cannot be moved (see the "
                    + "collisions and files that cannot be placed above), so nothing was moved; settle them, or "
                    + "pass -DleaveUnplaced to move the rest and leave these where they are");
        }
        for (Move m : plan.moves()) {
            List<Path> targets = new ArrayList<>(List.of(m.target()));
            m.attachments().forEach(a -> targets.add(a.target()));
            for (Path t : targets) {
                if (Files.exists(t, LinkOption.NOFOLLOW_LINKS)) {
                    throw new ArchiveImport.Refused(plan.target(t) + " appeared in the archive since the plan was "
                            + "made, so nothing was moved; run the import again");
                }
            }
        }
        Map<Path, Path> moved = new LinkedHashMap<>();
        TreeSet<Path> emptied = new TreeSet<>();
        int attachments = 0;
        for (Move m : plan.moves()) {
            for (AttachmentMove a : m.attachments()) {
                move(a.source(), a.target(), null);
                moved.put(a.source(), a.target());
                emptied.add(a.source().getParent());
                attachments++;
            }
            move(m.source(), m.target(), plan.edits().get(m.source()));
            moved.put(m.source(), m.target());
            emptied.add(m.source().getParent());
        }
        List<Path> edited = new ArrayList<>();
        for (Map.Entry<Path, Edit> e : plan.edits().entrySet()) {
            if (!moved.containsKey(e.getKey())) {
                Files.writeString(e.getKey(), e.getValue().text(), StandardCharsets.UTF_8,
                        StandardOpenOption.TRUNCATE_EXISTING);
                edited.add(e.getKey());
            }
        }
        for (Path dir : emptied.descendingSet()) {
            removeEmpty(dir, plan.from(), plan.archive());
        }
        int links = plan.edits().values().stream().mapToInt(Edit::links).sum();
        List<String> lines = new ArrayList<>();
        lines.add("Moved " + ImportPlan.count(plan.moves().size(), "postmortem") + " and "
                + ImportPlan.count(attachments, "attachment") + "; " + ImportPlan.count(links, "link") + " rewritten in "
                + ImportPlan.count(plan.edits().size(), "file"));
        lines.add(stage(plan, moved, edited));
        if (left > 0) {
            lines.add(left + (left == 1 ? " file was" : " files were") + " left where they are (-DleaveUnplaced): "
                    + String.join(", ", leftBehind(plan)));
        }
        return lines;
    }

    private static List<String> leftBehind(ImportPlan plan) {
        List<String> names = new ArrayList<>();
        plan.collisions().forEach(c -> c.sources().forEach(s -> names.add(plan.source(s))));
        plan.unplaced().forEach(u -> names.add(plan.source(u.source())));
        return names.stream().sorted().toList();
    }

    /** A move that never replaces a file: the new bytes (or the file as it is) are created, then the old removed. */
    private static void move(Path source, Path target, Edit edit) throws IOException {
        Files.createDirectories(target.getParent());
        if (edit == null) {
            Files.move(source, target);
        } else {
            Files.writeString(target, edit.text(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            Files.delete(source);
        }
    }

    /** Removes folders the move left empty, up to the folder imported from, unless that is the archive. */
    private static void removeEmpty(Path dir, Path from, Path archive) throws IOException {
        for (Path d = dir; d != null && d.startsWith(from) && !d.equals(archive); d = d.getParent()) {
            try {
                if (!Files.deleteIfExists(d)) {
                    return;
                }
            } catch (DirectoryNotEmptyException e) {
                return;
            }
        }
    }

    /**
     * Stages the moves in the archive's repository as {@code git mv} does, for files git tracked: the old path leaves
     * the index and the new one takes the same blob. Link changes stay in the work tree, so that a commit of the index
     * holds only exact renames, which git follows whatever the size of the change; says what it did.
     */
    private static String stage(ImportPlan plan, Map<Path, Path> moved, List<Path> edited) throws IOException {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(plan.archive().toFile());
        if (builder.getGitDir() == null) {
            return "The archive is not in a git repository: the files were moved as they are";
        }
        try (Repository repository = builder.setMustExist(true).build()) {
            if (repository.isBare()) {
                return "The archive's repository has no work tree: the files were moved as they are";
            }
            Path work = repository.getWorkTree().toPath().toRealPath();
            int renamed = 0;
            int untracked = 0;
            int changed = 0;
            DirCache index = repository.lockDirCache();
            try {
                DirCacheEditor editor = index.editor();
                for (Map.Entry<Path, Path> e : moved.entrySet()) {
                    String old = inRepository(work, e.getKey());
                    String now = inRepository(work, e.getValue());
                    DirCacheEntry entry = old == null ? null : index.getEntry(old);
                    if (entry == null || now == null) {
                        untracked++;
                        continue;
                    }
                    boolean linksChanged = plan.edits().containsKey(e.getKey());
                    // an unchanged file's stat makes git see it clean; a changed one shows as modified after the rename
                    long length = linksChanged ? entry.getLength() : Files.size(e.getValue());
                    java.time.Instant modified = linksChanged ? entry.getLastModifiedInstant()
                            : Files.getLastModifiedTime(e.getValue()).toInstant();
                    changed += linksChanged ? 1 : 0;
                    editor.add(new DirCacheEditor.DeletePath(old));
                    editor.add(new DirCacheEditor.PathEdit(now) {
                        @Override
                        public void apply(DirCacheEntry ent) {
                            ent.setFileMode(entry.getFileMode());
                            ent.setObjectId(entry.getObjectId());
                            ent.setLength(length);
                            ent.setLastModified(modified);
                        }
                    });
                    renamed++;
                }
                editor.commit();
            } finally {
                index.unlock();
            }
            for (Path p : edited) {
                String path = inRepository(work, p);
                changed += path != null && repository.readDirCache().getEntry(path) != null ? 1 : 0;
            }
            return "Staged in git as renames (as git mv does): " + ImportPlan.count(renamed, "file")
                    + (untracked == 0 ? "" : "; " + untracked + " that git did not track moved without staging")
                    + (changed == 0 ? "; commit them to keep their history under the new names"
                    : "; the links changed in " + ImportPlan.count(changed, "file") + " are not staged: commit the "
                    + "renames first, then the links, so that git follows every file");
        }
    }

    private static String inRepository(Path work, Path file) {
        return file.startsWith(work) ? work.relativize(file).toString().replace('\\', '/') : null;
    }
}
