package io.github.postmortems.newsletter;

import io.github.postmortems.model.Sentences;
import io.github.postmortems.model.Summary;
import io.github.postmortems.parse.PostmortemTrigger;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One postmortem as a digest shows it.
 *
 * @param severity null when the postmortem names none
 * @param duration how long users were affected, or null when unknown
 * @param rootCause the first sentences of the root cause, or "" when there is none yet
 * @param triggers what made it worth a postmortem
 */
public record DigestCard(String title, String system, String severity, String status, boolean reviewed,
                         Duration duration, String summary, String rootCause, String pagePath, String dateText,
                         LocalDate day, YearMonth month, java.util.List<PostmortemTrigger> triggers) {

    public DigestCard {
        triggers = java.util.List.copyOf(triggers);
    }

    static DigestCard of(Summary p) {
        return new DigestCard(p.title(), p.system(), p.severity(), p.status().label(), p.reviewed(),
                p.times().duration(), Sentences.truncate(p.summary(), 600), p.digestRootCause(), p.pagePath(),
                p.dateText(), p.day(), p.newsletterMonth(), p.triggers());
    }
}
