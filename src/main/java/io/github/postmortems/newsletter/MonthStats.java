package io.github.postmortems.newsletter;

import io.github.postmortems.parse.PostmortemTrigger;

import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A month in numbers: incidents, how many per severity and per postmortem trigger, and how long users were affected. Durations that
 * cannot be derived from a timeline are counted as unknown, never as zero.
 *
 * @param total the sum of the known durations, or null when none is known
 * @param median the median of the known durations, or null when none is known
 */
public record MonthStats(YearMonth month, int incidents, Map<String, Long> bySeverity, Duration total,
                         Duration median, int knownDurations, int unknownDurations,
                         Map<PostmortemTrigger, Long> byTrigger) {

    public MonthStats {
        bySeverity = Collections.unmodifiableMap(new LinkedHashMap<>(bySeverity));
        byTrigger = Collections.unmodifiableMap(new java.util.EnumMap<>(byTrigger.isEmpty()
                ? new java.util.EnumMap<>(PostmortemTrigger.class) : byTrigger));
    }

    static MonthStats of(YearMonth month, List<DigestCard> cards) {
        Map<String, Long> bySeverity = new TreeMap<>();
        Map<PostmortemTrigger, Long> byTrigger = new java.util.EnumMap<>(PostmortemTrigger.class);
        List<Duration> known = new ArrayList<>();
        for (DigestCard c : cards) {
            c.triggers().forEach(t -> byTrigger.merge(t, 1L, Long::sum));
            bySeverity.merge(c.severity() == null ? "unknown" : c.severity(), 1L, Long::sum);
            if (c.duration() != null) {
                known.add(c.duration());
            }
        }
        Collections.sort(known);
        Duration total = known.isEmpty() ? null : known.stream().reduce(Duration.ZERO, Duration::plus);
        Duration median = null;
        if (!known.isEmpty()) {
            int mid = known.size() / 2;
            median = known.size() % 2 == 1 ? known.get(mid) : known.get(mid - 1).plus(known.get(mid)).dividedBy(2);
        }
        return new MonthStats(month, cards.size(), bySeverity, total, median, known.size(),
                cards.size() - known.size(), byTrigger);
    }

    /** The triggers named as "user-facing unavailability: 2, data loss or corruption: 1", or "none named". */
    public String triggers() {
        if (byTrigger.isEmpty()) {
            return "none named";
        }
        List<String> parts = new ArrayList<>();
        byTrigger.forEach((t, n) -> parts.add(t.label() + ": " + n));
        return String.join(", ", parts);
    }

    /** The severities as "SEV-1: 1, SEV-2: 2", or "none". */
    public String severities() {
        if (bySeverity.isEmpty()) {
            return "none";
        }
        List<String> parts = new ArrayList<>();
        bySeverity.forEach((s, n) -> parts.add(s + ": " + n));
        return String.join(", ", parts);
    }
}
