package io.github.postmortems.history;

import java.time.Instant;

/**
 * What git says of one file: when it was last changed and by whom, and when it was first committed.
 *
 * @param repositoryPath the file's path from the repository's root, '/'-separated, for links to its history
 * @param lastChanged the author time of the newest commit that changed it
 * @param lastAuthor that commit's author name
 * @param firstCommitted the author time of the oldest commit that added it
 */
public record FileHistory(String repositoryPath, Instant lastChanged, String lastAuthor, Instant firstCommitted) {
}
