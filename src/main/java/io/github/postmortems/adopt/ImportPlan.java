package io.github.postmortems.adopt;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code postmortem:import} would do: every postmortem found with where it goes, and every one it cannot move.
 * Paths are absolute; {@link #lines()} shows sources relative to the folder imported and targets relative to the
 * archive, in the order of the sources' paths.
 *
 * @param edits the new text of each Markdown file whose links change, by its path before the import
 * @param notPostmortems Markdown files that are documents of the folder (README, an index page), left where they are
 */
public record ImportPlan(Path from, Path archive, List<Move> moves, List<Collision> collisions,
                         List<Unplaced> unplaced, List<Path> notPostmortems, Map<Path, Edit> edits) {

    public ImportPlan {
        moves = List.copyOf(moves);
        collisions = List.copyOf(collisions);
        unplaced = List.copyOf(unplaced);
        notPostmortems = List.copyOf(notPostmortems);
        edits = Map.copyOf(edits);
    }

    /**
     * One postmortem and its attachments, from where they are to {@code YYYY/MM.system.event.md}.
     *
     * @param dayFrom where the day was read ("front matter 'date'", "file name", ...)
     * @param systemFrom where the system was read ("front matter 'service'", "folder 'payments'", "-Dsystem")
     * @param renamed why the event differs from the one the file's name or title gives, or null
     */
    public record Move(Path source, Path target, LocalDate day, String dayFrom, String systemFrom, String renamed,
                       List<AttachmentMove> attachments) {
        public Move {
            attachments = List.copyOf(attachments);
        }
    }

    public record AttachmentMove(Path source, Path target) {
    }

    /**
     * Postmortems that would take the same name, or a name the archive already holds: none of them is moved.
     *
     * @param exists whether the archive already has the postmortem or its attachment folder
     */
    public record Collision(Path target, List<Path> sources, boolean exists) {
        public Collision {
            sources = List.copyOf(sources);
        }
    }

    /** A file that cannot be filed, and why. */
    public record Unplaced(Path source, String reason) {
    }

    /** A Markdown file's text with its links changed. */
    public record Edit(String text, int links) {
    }

    /** Files the plan leaves where they are: colliding and unplaceable postmortems. */
    public int leftCount() {
        return unplaced.size() + collisions.stream().mapToInt(c -> c.sources().size()).sum();
    }

    /** The plan as a dry run prints it. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        int attachments = moves.stream().mapToInt(m -> m.attachments().size()).sum();
        lines.add(String.format(Locale.ROOT, "%s to move with %s; %d left where they are (%d in collisions, %d that "
                + "cannot be placed)", count(moves.size(), "postmortem"), count(attachments, "attachment"), leftCount(),
                leftCount() - unplaced.size(), unplaced.size()));
        for (Move m : moves) {
            lines.add(source(m.source()) + " -> " + target(m.target()) + " (day: " + m.dayFrom() + "; system: "
                    + m.systemFrom() + (m.renamed() == null ? "" : "; " + m.renamed()) + ")");
            for (AttachmentMove a : m.attachments()) {
                lines.add("  " + source(a.source()) + " -> " + target(a.target()));
            }
            Edit edit = edits.get(m.source());
            if (edit != null) {
                lines.add("  " + links(edit.links()) + " rewritten");
            }
        }
        for (Collision c : collisions) {
            lines.add("collision: " + target(c.target()) + " <- " + String.join(", ", c.sources().stream()
                    .map(this::source).toList()) + (c.exists() ? " (the archive already has it)" : " (the same name)"));
        }
        for (Unplaced u : unplaced) {
            lines.add("cannot place " + source(u.source()) + ": " + u.reason());
        }
        if (!notPostmortems.isEmpty()) {
            lines.add("not postmortems, left where they are: " + String.join(", ",
                    notPostmortems.stream().map(this::source).toList()));
        }
        java.util.Set<Path> moving = new java.util.HashSet<>();
        moves.forEach(m -> moving.add(m.source()));
        List<Path> staying = edits.keySet().stream().filter(p -> !moving.contains(p)).sorted().toList();
        for (Path p : staying) {
            lines.add(source(p) + " stays: " + links(edits.get(p).links()) + " to moved files rewritten");
        }
        return lines;
    }

    private static String links(int n) {
        return count(n, "link");
    }

    static String count(int n, String thing) {
        return n + " " + thing + (n == 1 ? "" : "s");
    }

    String source(Path p) {
        return relative(from, p);
    }

    String target(Path p) {
        return relative(archive, p);
    }

    static String relative(Path base, Path p) {
        Path r = p.startsWith(base) ? base.relativize(p) : p;
        return r.toString().replace('\\', '/');
    }
}
