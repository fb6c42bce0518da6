package io.github.postmortems.history;

import java.util.Map;

/**
 * The history of every committed postmortem of the archive, from one walk of its repository.
 *
 * @param files by archive-relative path ({@code 2024/03.payments.card-timeouts.md})
 * @param note what the build says about it: where the history came from, or why there is none
 */
public record ArchiveHistory(Map<String, FileHistory> files, String note) {

    public ArchiveHistory {
        files = Map.copyOf(files); // looked up, never iterated
    }

    /** No history, and why. */
    public static ArchiveHistory none(String why) {
        return new ArchiveHistory(Map.of(), why);
    }

    /** The history of the postmortem at this archive path, or null when it has none (not committed, no git). */
    public FileHistory of(String archivePath) {
        return files.get(archivePath);
    }
}
