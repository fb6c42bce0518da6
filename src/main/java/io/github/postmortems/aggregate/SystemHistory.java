package io.github.postmortems.aggregate;

import io.github.postmortems.model.Summary;

import io.github.postmortems.parse.PostmortemTrigger;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.List;

/**
 * One system's postmortems, newest first, with its statistics.
 *
 * @param years per year, newest first
 * @param quarters incidents per quarter over the archive's span, oldest first
 * @param repeats this system's postmortems that look like an earlier incident again, newest first
 * @param possibleRepeats this system's postmortems that read like an earlier one, for a reviewer to confirm
 * @param recurrences chains of repeats, duplicates and follow-ups that involve this system, oldest first
 * @param triggers how many of its postmortems name each trigger, in the triggers' order
 * @param actions every action item of the system's postmortems, newest postmortem first
 * @param p90ToResolve null when fewer than {@link Durations#MIN_FOR_P90} times to resolve are known
 * @param knownToResolve how many of its postmortems' times to resolve are known
 */
public record SystemHistory(String name, List<Summary> postmortems, List<YearStats> years,
                            List<QuarterCount> quarters, List<Repeat> repeats,
                            List<PossibleRepeat> possibleRepeats, List<Recurrence> recurrences,
                            Map<PostmortemTrigger, Long> triggers, List<ActionRow> actions,
                            List<ActionRow> openActions,
                            Duration medianToDetect, Duration medianToResolve, Duration p90ToResolve,
                            long knownToResolve) {

    public SystemHistory {
        postmortems = List.copyOf(postmortems);
        years = List.copyOf(years);
        quarters = List.copyOf(quarters);
        repeats = List.copyOf(repeats);
        possibleRepeats = List.copyOf(possibleRepeats);
        recurrences = List.copyOf(recurrences);
        triggers = Collections.unmodifiableMap(triggers.isEmpty() ? new EnumMap<>(PostmortemTrigger.class)
                : new EnumMap<>(triggers));
        actions = List.copyOf(actions);
        openActions = List.copyOf(openActions);
    }

    public Summary latest() {
        return postmortems.get(0);
    }

    public Summary first() {
        return postmortems.get(postmortems.size() - 1);
    }

    /** What the page says in place of a 90th percentile it does not give, as "has 4" of "needs 10". */
    public String tooFewForP90() {
        return "too few incidents (needs " + Durations.MIN_FOR_P90 + " with a known time to resolve, has "
                + knownToResolve + ")";
    }

    /** How many of the known times to resolve were inferred from a timeline's wording or read from the text. */
    public long inferredToResolve() {
        return postmortems.stream().filter(p -> !p.times().basis("resolve").isEmpty()).count();
    }

    public long openActionItems() {
        return openActions.size();
    }

    /** Up to {@code limit} of this system's postmortems other than the one at {@code sourcePath}, newest first. */
    public List<Summary> others(String sourcePath, int limit) {
        return postmortems.stream().filter(o -> !o.sourcePath().equals(sourcePath)).limit(limit).toList();
    }

    /** Site-relative path of the system's page. */
    public String pagePath() {
        return "systems/" + name + ".html";
    }
}
