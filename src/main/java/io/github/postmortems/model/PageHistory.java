package io.github.postmortems.model;

import java.time.LocalDate;

/**
 * A postmortem's history as its page shows it, in the site's zone.
 *
 * @param repositoryPath its path from the repository's root, for the link to its history
 * @param lastChanged the day of the newest commit that changed it
 * @param lastAuthor that commit's author
 * @param firstCommitted the day of the commit that added it
 */
public record PageHistory(String repositoryPath, LocalDate lastChanged, String lastAuthor, LocalDate firstCommitted)
        implements java.io.Serializable {
}
