package io.github.postmortems.aggregate;

import io.github.postmortems.model.Summary;
import io.github.postmortems.parse.PostmortemTrigger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Past postmortems picked for reading-club sessions, by system, by postmortem trigger, by severity and among
 * repeat incidents. Only
 * postmortems with a timeline qualify (the club walks through it); in each group the reviewed ones come first,
 * then those with lessons learned, then the oldest; the picks are listed oldest first.
 *
 * @param bySystem a group per system, by name
 * @param byTrigger a group per postmortem trigger named, in {@link PostmortemTrigger}'s order, named by its label; a
 *        postmortem with several triggers is a candidate in each
 * @param bySeverity a group per severity, SEV-1 first, "unknown" last
 * @param repeats repeat incidents with a timeline, oldest first: reading both shows what the first did not fix
 */
public record ReadingList(List<ReadingGroup> bySystem, List<ReadingGroup> byTrigger, List<ReadingGroup> bySeverity,
                          List<Repeat> repeats) {

    /** How many postmortems a group offers: a few sessions' worth, not the archive again. */
    public static final int PER_GROUP = 3;
    /** How many repeat pairs are listed. */
    public static final int REPEATS = 10;

    /** Reviewed first, then with lessons, then the oldest: the order in which candidates are picked. */
    private static final Comparator<Summary> PREFERRED = Comparator.comparing((Summary s) -> !s.reviewed())
            .thenComparing(s -> s.lessons() == null).thenComparing(Summary::day).thenComparing(Summary::sourcePath);
    private static final Comparator<Summary> OLDEST_FIRST = Comparator.comparing(Summary::day)
            .thenComparing(Summary::sourcePath);

    public ReadingList {
        bySystem = List.copyOf(bySystem);
        byTrigger = List.copyOf(byTrigger);
        bySeverity = List.copyOf(bySeverity);
        repeats = List.copyOf(repeats);
    }

    /**
     * Postmortems offered under one name.
     *
     * @param candidates how many of the group's postmortems have a timeline
     */
    public record ReadingGroup(String name, List<Summary> picks, int candidates) {
        public ReadingGroup {
            picks = List.copyOf(picks);
        }
    }

    public static ReadingList of(Catalog catalog) {
        Map<String, List<Summary>> systems = new TreeMap<>();
        Map<PostmortemTrigger, List<Summary>> triggers = new EnumMap<>(PostmortemTrigger.class);
        Map<String, List<Summary>> severities = new TreeMap<>(Comparator
                .comparing((String s) -> s.equals("unknown")).thenComparing(Comparator.naturalOrder()));
        for (Summary s : catalog.newestFirst()) {
            if (s.timelineSteps() > 0) {
                systems.computeIfAbsent(s.system(), k -> new ArrayList<>()).add(s);
                severities.computeIfAbsent(s.severityLabel(), k -> new ArrayList<>()).add(s);
                for (PostmortemTrigger t : s.triggers()) {
                    triggers.computeIfAbsent(t, k -> new ArrayList<>()).add(s);
                }
            }
        }
        List<Repeat> repeats = catalog.repeats().values().stream()
                .filter(r -> r.postmortem().timelineSteps() > 0)
                .sorted(Comparator.comparing(Repeat::postmortem, OLDEST_FIRST)).limit(REPEATS).toList();
        Map<String, List<Summary>> byLabel = new LinkedHashMap<>();
        triggers.forEach((t, members) -> byLabel.put(t.label(), members));
        return new ReadingList(groups(systems), groups(byLabel), groups(severities), repeats);
    }

    private static List<ReadingGroup> groups(Map<String, List<Summary>> byName) {
        List<ReadingGroup> groups = new ArrayList<>();
        byName.forEach((name, members) -> groups.add(new ReadingGroup(name, members.stream().sorted(PREFERRED)
                .limit(PER_GROUP).sorted(OLDEST_FIRST).toList(), members.size())));
        return groups;
    }

    public boolean isEmpty() {
        return bySystem.isEmpty();
    }
}
