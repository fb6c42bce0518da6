package io.github.postmortems.aggregate;

import io.github.postmortems.parse.ActionItem;
import io.github.postmortems.model.Summary;
import io.github.postmortems.parse.Status;

import java.time.Duration;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The archive seen as a whole: every listing and statistic the site shows, computed once, in passes linear in
 * the number of postmortems (plus sorting).
 *
 * @param bySource every postmortem by its archive path, for lookups
 * @param repeats postmortems that look like an earlier incident again, by source path
 * @param months incidents per month over the archive's span, oldest first
 * @param actions every action item, by system, then newest postmortem first, then as written
 * @param owners everyone who owns an action item, by name
 * @param ownerByKey the same, by {@link OwnerActions#key}
 * @param actionCohorts action items by the quarter they were raised in, newest first
 * @param possibleRepeats postmortems that read like an earlier incident of their system, by source path, for a
 *        reviewer to confirm; never among {@code repeats}
 */
public record Catalog(List<Summary> newestFirst, List<YearSummary> years, List<SystemHistory> systems,
                      List<Summary> unreviewed, Map<String, Long> byStatus, Map<String, Long> bySeverity,
                      Map<String, Repeat> repeats, List<MonthCount> months, List<ActionRow> actions,
                      Map<String, Summary> bySource, List<OwnerActions> owners, Map<String, OwnerActions> ownerByKey,
                      List<ActionCohort> actionCohorts, Map<String, PossibleRepeat> possibleRepeats) {

    /** The catalogue's order, which the search index's document IDs follow too. */
    public static final Comparator<Summary> NEWEST_FIRST = Summary.NEWEST_FIRST;

    /** @param repeatWindowDays how close the same event must come again to count as a repeat */
    public static Catalog of(List<Summary> postmortems, int repeatWindowDays) {
        List<Summary> newest = postmortems.stream().sorted(NEWEST_FIRST).toList();
        Map<String, Repeat> repeats = repeats(newest, repeatWindowDays);
        Map<String, PossibleRepeat> possibleRepeats = Resemblance.find(newest, repeats);

        Map<Integer, Map<Integer, List<Summary>>> byYearMonth = new TreeMap<>(Comparator.reverseOrder());
        Map<String, List<Summary>> bySystem = new TreeMap<>();
        for (Summary p : newest) {
            byYearMonth.computeIfAbsent(p.year(), y -> new TreeMap<>(Comparator.reverseOrder()))
                    .computeIfAbsent(p.month(), m -> new ArrayList<>()).add(p);
            bySystem.computeIfAbsent(p.system(), s -> new ArrayList<>()).add(p);
        }
        List<YearSummary> years = new ArrayList<>();
        byYearMonth.forEach((year, months) -> {
            List<YearSummary.MonthGroup> groups = new ArrayList<>();
            months.forEach((month, list) -> groups.add(new YearSummary.MonthGroup(month, monthName(month), list)));
            years.add(new YearSummary(year, groups));
        });

        List<SystemHistory> systems = new ArrayList<>();
        bySystem.forEach((name, list) -> systems.add(history(name, list, newest, repeats, possibleRepeats)));
        List<ActionRow> actions = systems.stream().flatMap(s -> s.actions().stream()).toList();

        List<Summary> unreviewed = newest.stream().filter(p -> !p.reviewed())
                .sorted(NEWEST_FIRST.reversed()).toList();

        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (Status s : Status.values()) {
            byStatus.put(s.label(), newest.stream().filter(p -> p.status() == s).count());
        }
        Map<String, Long> bySeverity = newest.stream()
                .collect(Collectors.groupingBy(Catalog::severityKey, TreeMap::new, Collectors.counting()));
        Map<String, Summary> bySource = new HashMap<>();
        newest.forEach(p -> bySource.put(p.sourcePath(), p));
        List<OwnerActions> owners = OwnerActions.of(actions);
        Map<String, OwnerActions> ownerByKey = new HashMap<>();
        owners.forEach(o -> ownerByKey.put(OwnerActions.key(o.actions().get(0).item().owner()), o));
        return new Catalog(newest, years, systems, unreviewed, byStatus, bySeverity, repeats, months(newest),
                actions, bySource, owners, ownerByKey, ActionCohort.of(actions), possibleRepeats);
    }

    public Catalog {
        newestFirst = List.copyOf(newestFirst);
        years = List.copyOf(years);
        systems = List.copyOf(systems);
        unreviewed = List.copyOf(unreviewed);
        // insertion order is the display order; Map.copyOf would randomise it between runs
        byStatus = Collections.unmodifiableMap(new LinkedHashMap<>(byStatus));
        bySeverity = Collections.unmodifiableMap(new LinkedHashMap<>(bySeverity));
        repeats = Map.copyOf(repeats); // looked up, never iterated
        bySource = Map.copyOf(bySource);
        months = List.copyOf(months);
        actions = List.copyOf(actions);
        owners = List.copyOf(owners);
        ownerByKey = Map.copyOf(ownerByKey); // looked up, never iterated
        actionCohorts = List.copyOf(actionCohorts);
        possibleRepeats = Map.copyOf(possibleRepeats); // looked up, never iterated
    }

    /** The history of a system that has postmortems. */
    public SystemHistory system(String name) {
        int low = 0;
        int high = systems.size() - 1;
        while (low <= high) { // systems are sorted by name
            int mid = (low + high) >>> 1;
            int c = systems.get(mid).name().compareTo(name);
            if (c == 0) {
                return systems.get(mid);
            }
            if (c < 0) {
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        throw new IllegalArgumentException("no postmortems for system " + name);
    }

    /** The summary of the postmortem at this archive path. */
    public Summary summary(String sourcePath) {
        Summary s = bySource.get(sourcePath);
        if (s == null) {
            throw new IllegalArgumentException("no postmortem " + sourcePath + " in the catalogue");
        }
        return s;
    }

    /** The earlier incident the postmortem at this archive path repeats, or null. */
    public Repeat repeatOf(String sourcePath) {
        return repeats.get(sourcePath);
    }

    /** The earlier incident the postmortem at this archive path reads like, unconfirmed, or null. */
    public PossibleRepeat possibleRepeatOf(String sourcePath) {
        return possibleRepeats.get(sourcePath);
    }

    /** The owner of an action item as written in any spelling, or null when the item has none. */
    public OwnerActions owner(String owner) {
        return owner == null ? null : ownerByKey.get(OwnerActions.key(owner));
    }

    /** Severities present, SEV-1 first, "unknown" last. */
    public List<String> severities() {
        return List.copyOf(bySeverity.keySet());
    }

    public static String monthName(int month) {
        return Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    static String severityKey(Summary p) {
        return p.severityLabel();
    }

    private static SystemHistory history(String name, List<Summary> list, List<Summary> archive,
                                         Map<String, Repeat> repeats, Map<String, PossibleRepeat> possible) {
                Map<Integer, List<Summary>> byYear = list.stream()
                .collect(Collectors.groupingBy(Summary::year, () -> new TreeMap<>(Comparator.reverseOrder()),
                        Collectors.toList()));
        List<YearStats> years = new ArrayList<>();
        byYear.forEach((year, ps) -> {
            List<Duration> detect = ps.stream().map(p -> p.times().timeToDetect()).toList();
            List<Duration> resolve = ps.stream().map(p -> p.times().timeToResolve()).toList();
            years.add(new YearStats(year, ps.size(), Durations.median(detect), Durations.known(detect),
                    Durations.median(resolve), Durations.known(resolve)));
        });
        List<QuarterCount> quarters = new ArrayList<>();
        if (!archive.isEmpty()) {
            YearMonth from = YearMonth.of(archive.get(archive.size() - 1).day().getYear(), 1);
            YearMonth to = YearMonth.from(archive.get(0).day());
            Map<String, Integer> counts = new HashMap<>();
            list.forEach(p -> counts.merge(p.day().getYear() + "Q" + quarter(p.day().getMonthValue()), 1, Integer::sum));
            for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(3)) {
                int q = quarter(m.getMonthValue());
                quarters.add(new QuarterCount(m.getYear(), q, counts.getOrDefault(m.getYear() + "Q" + q, 0)));
            }
        }
        List<Repeat> systemRepeats = list.stream().map(p -> repeats.get(p.sourcePath()))
                .filter(java.util.Objects::nonNull).toList();
        List<PossibleRepeat> possibleRepeats = list.stream().map(p -> possible.get(p.sourcePath()))
                .filter(java.util.Objects::nonNull).toList();
        List<ActionRow> all = new ArrayList<>();
        for (Summary p : list) {
            for (ActionItem a : p.actionItems()) {
                all.add(new ActionRow(a, p));
            }
        }
        List<ActionRow> open = all.stream().filter(a -> !a.item().done()).toList();
        List<Duration> detect = list.stream().map(p -> p.times().timeToDetect()).toList();
        List<Duration> resolve = list.stream().map(p -> p.times().timeToResolve()).toList();
        Map<io.github.postmortems.parse.PostmortemTrigger, Long> triggers =
                new java.util.EnumMap<>(io.github.postmortems.parse.PostmortemTrigger.class);
        list.forEach(p -> p.triggers().forEach(t -> triggers.merge(t, 1L, Long::sum)));
        return new SystemHistory(name, list, years, quarters, systemRepeats, possibleRepeats, triggers, all, open,
                Durations.median(detect), Durations.median(resolve), Durations.p90(resolve), Durations.known(resolve));
    }

    private static int quarter(int month) {
        return (month - 1) / 3 + 1;
    }

    /**
     * The same system and event again within the window, or a postmortem that links to an earlier one of the
     * same system in a sentence that says it happened again ("a repeat of", "again", "recurrence").
     */
    static Map<String, Repeat> repeats(List<Summary> newest, int windowDays) {
        Map<String, Summary> bySource = new HashMap<>();
        newest.forEach(p -> bySource.put(p.sourcePath(), p));
        Map<String, Summary> lastOfEvent = new HashMap<>();
        Map<String, Repeat> repeats = new HashMap<>();
        List<Summary> oldest = new ArrayList<>(newest);
        Collections.reverse(oldest);
        for (Summary p : oldest) {
            String event = p.system() + "." + p.event();
            Summary previous = lastOfEvent.put(event, p);
            if (previous != null && ChronoUnit.DAYS.between(previous.day(), p.day()) <= windowDays) {
                repeats.put(p.sourcePath(), new Repeat(p, previous, "the same event, " + previous.event() + ", "
                        + ChronoUnit.DAYS.between(previous.day(), p.day()) + " days after " + previous.sourcePath()));
                continue;
            }
            for (String target : p.repeatOf()) {
                Summary earlier = bySource.get(target);
                if (earlier != null && earlier.system().equals(p.system()) && earlier.day().isBefore(p.day())) {
                    repeats.put(p.sourcePath(), new Repeat(p, earlier, "the postmortem says so and links "
                            + earlier.sourcePath()));
                    break;
                }
            }
        }
        return repeats;
    }

    private static List<MonthCount> months(List<Summary> newest) {
        if (newest.isEmpty()) {
            return List.of();
        }
        Map<YearMonth, Map<String, Integer>> counts = new HashMap<>();
        for (Summary p : newest) {
            counts.computeIfAbsent(YearMonth.from(p.day()), m -> new TreeMap<>()).merge(severityKey(p), 1, Integer::sum);
        }
        List<MonthCount> months = new ArrayList<>();
        YearMonth last = YearMonth.from(newest.get(0).day());
        for (YearMonth m = YearMonth.from(newest.get(newest.size() - 1).day()); !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(new MonthCount(m.getYear(), m.getMonthValue(),
                    Collections.unmodifiableMap(new TreeMap<>(counts.getOrDefault(m, Map.of())))));
        }
        return months;
    }
}
