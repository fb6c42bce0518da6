package io.github.postmortems.validate;

import io.github.postmortems.Problem;
import io.github.postmortems.parse.Status;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the archive is held to: the level of each rule (or off), what a ticket looks like, how long a
 * draft may wait for review, which statuses count as reviewed, and the day "today" is.
 *
 * @param levels levels that differ from the rules' defaults; a null value turns the rule off
 * @param today the reference day for ages and deadlines, fixed per build so output is reproducible
 * @param blamelessAllowed phrases that make the blameless check pass over a sentence that holds them
 */
public record Policy(Map<Rule, Problem.Level> levels, Pattern ticketPattern, int reviewDeadlineDays,
                     Set<Status> reviewedStatuses, int rootCauseMinWords, LocalDate today,
                     java.util.List<String> blamelessAllowed) {

    public static final String DEFAULT_TICKET_PATTERN = "[A-Z][A-Z0-9]+-\\d+";

    public Policy {
        levels = new EnumMap<>(levels.isEmpty() ? new EnumMap<>(Rule.class) : levels);
        reviewedStatuses = reviewedStatuses.isEmpty() ? EnumSet.noneOf(Status.class) : EnumSet.copyOf(reviewedStatuses);
        blamelessAllowed = java.util.List.copyOf(blamelessAllowed);
    }

    public static Policy defaults(LocalDate today) {
        return new Policy(Map.of(), Pattern.compile(DEFAULT_TICKET_PATTERN), 14,
                EnumSet.of(Status.REVIEWED, Status.CLOSED), 8, today, java.util.List.of());
    }

    public Policy withLevel(Rule rule, Problem.Level level) {
        Map<Rule, Problem.Level> copy = new EnumMap<>(Rule.class);
        copy.putAll(levels);
        copy.put(rule, level);
        return new Policy(copy, ticketPattern, reviewDeadlineDays, reviewedStatuses, rootCauseMinWords, today,
                blamelessAllowed);
    }

    public Policy withBlamelessAllowed(java.util.List<String> phrases) {
        return new Policy(levels, ticketPattern, reviewDeadlineDays, reviewedStatuses, rootCauseMinWords, today,
                phrases);
    }

    /**
     * Reads a configured level: {@code error}, {@code warning} or {@code off}.
     *
     * @return the level, or empty for off
     */
    public static Optional<Problem.Level> parseLevel(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "error" -> Optional.of(Problem.Level.ERROR);
            case "warning", "warn" -> Optional.of(Problem.Level.WARNING);
            case "off", "ignore", "none" -> Optional.empty();
            default -> throw new IllegalArgumentException("level '" + text + "' is not error, warning or off");
        };
    }

    /** A finding at its configured level, or empty when its rule is off. */
    public Optional<Problem> apply(Problem problem) {
        Optional<Rule> rule = Rule.byId(problem.rule());
        if (rule.isEmpty() || !levels.containsKey(rule.get())) {
            return Optional.of(problem);
        }
        Problem.Level level = levels.get(rule.get());
        return level == null ? Optional.empty()
                : Optional.of(new Problem(problem.file(), problem.line(), level, problem.message(), problem.rule()));
    }

    public boolean isReviewed(Status status) {
        return reviewedStatuses.contains(status);
    }
}
