package io.github.postmortems.newsletter;

import io.github.postmortems.parse.Postmortem;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One postmortem as a digest shows it.
 *
 * @param severity null when the postmortem names none
 * @param duration how long users were affected, or null when unknown
 * @param rootCause the first sentences of the root cause, or "" when there is none yet
 */
public record DigestCard(String title, String system, String severity, String status, boolean reviewed,
                         Duration duration, String summary, String rootCause, String pagePath, String dateText,
                         LocalDate day, YearMonth month) {

    static DigestCard of(Postmortem p, Duration duration, YearMonth month) {
        return new DigestCard(p.title(), p.system(), p.severity(), p.status().label(), p.status().isReviewed(),
                duration, Sentences.truncate(p.summary(), 600),
                p.section("root-causes") == null ? "" : Sentences.first(p.section("root-causes").text(), 2, 320),
                p.pagePath(), p.dateText(), p.day(), month);
    }
}
