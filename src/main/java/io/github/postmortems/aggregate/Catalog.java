package io.github.postmortems.aggregate;

import io.github.postmortems.parse.Postmortem;
import io.github.postmortems.parse.Status;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The archive seen as a whole: every listing the site shows, computed once in a single pass per view.
 * Nothing here is quadratic in the number of postmortems.
 */
public record Catalog(List<Postmortem> newestFirst, List<YearSummary> years, List<SystemHistory> systems,
                      List<Postmortem> unreviewed, Map<String, Long> byStatus, Map<String, Long> bySeverity) {

    /** Newest day first; the source path breaks ties so the order never depends on the file system. */
    public static final Comparator<Postmortem> NEWEST_FIRST = Comparator.comparing(Postmortem::day).reversed()
            .thenComparing(Postmortem::sourcePath);

    public static Catalog of(List<Postmortem> postmortems) {
        List<Postmortem> newest = postmortems.stream().sorted(NEWEST_FIRST).toList();

        Map<Integer, Map<Integer, List<Postmortem>>> byYearMonth = new TreeMap<>(Comparator.reverseOrder());
        Map<String, List<Postmortem>> bySystem = new TreeMap<>();
        for (Postmortem p : newest) {
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
        bySystem.forEach((name, list) -> systems.add(new SystemHistory(name, list)));

        List<Postmortem> unreviewed = newest.stream().filter(p -> !p.status().isReviewed())
                .sorted(NEWEST_FIRST.reversed()).toList();

        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (Status s : Status.values()) {
            byStatus.put(s.label(), newest.stream().filter(p -> p.status() == s).count());
        }
        Map<String, Long> bySeverity = newest.stream()
                .collect(Collectors.groupingBy(p -> p.severity() == null ? "unknown" : p.severity(), TreeMap::new,
                        Collectors.counting()));
        return new Catalog(newest, years, systems, unreviewed, byStatus, bySeverity);
    }

    public Catalog {
        newestFirst = List.copyOf(newestFirst);
        years = List.copyOf(years);
        systems = List.copyOf(systems);
        unreviewed = List.copyOf(unreviewed);
        // insertion order is the display order; Map.copyOf would randomise it between runs
        byStatus = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byStatus));
        bySeverity = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(bySeverity));
    }

    /** The history of a system that has postmortems. */
    public SystemHistory system(String name) {
        // systems are sorted by name
        int i = java.util.Collections.binarySearch(systems, new SystemHistory(name, List.of()),
                Comparator.comparing(SystemHistory::name));
        if (i < 0) {
            throw new IllegalArgumentException("no postmortems for system " + name);
        }
        return systems.get(i);
    }

    public static String monthName(int month) {
        return Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
