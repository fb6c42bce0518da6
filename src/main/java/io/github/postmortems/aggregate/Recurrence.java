package io.github.postmortems.aggregate;

import io.github.postmortems.model.Summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A recurrence history: postmortems that repeats, follow-ups and duplicates chain together, oldest first, each with
 * how it links to the earlier ones.
 */
public record Recurrence(List<Step> steps) {

    /** One postmortem of the chain, and what it says of the others ("repeat of …", "follows …"). */
    public record Step(Summary postmortem, List<String> how) {
        public Step {
            how = List.copyOf(how);
        }
    }

    public Recurrence {
        steps = List.copyOf(steps);
    }

    /** An edge of the chain: {@code from} says {@code kind} of {@code to}. */
    record Link(Summary from, String kind, Summary to) {
    }

    /**
     * The chains the links make, each of at least two postmortems, ordered by their oldest member; linear in the
     * number of links (union-find over the postmortems that have any).
     */
    static List<Recurrence> of(List<Link> links) {
        Map<String, String> parent = new HashMap<>();
        Map<String, Summary> members = new HashMap<>();
        for (Link l : links) {
            members.put(l.from().sourcePath(), l.from());
            members.put(l.to().sourcePath(), l.to());
            union(parent, l.from().sourcePath(), l.to().sourcePath());
        }
        Map<String, List<Summary>> byRoot = new HashMap<>();
        members.forEach((path, s) -> byRoot.computeIfAbsent(find(parent, path), r -> new ArrayList<>()).add(s));
        Map<String, List<String>> how = new HashMap<>();
        for (Link l : links) {
            how.computeIfAbsent(l.from().sourcePath(), k -> new ArrayList<>())
                    .add(l.kind() + " " + l.to().dateText());
        }
        Comparator<Summary> oldestFirst = Summary.NEWEST_FIRST.reversed();
        TreeMap<String, Recurrence> ordered = new TreeMap<>();
        for (List<Summary> chain : byRoot.values()) {
            chain.sort(oldestFirst);
            List<Step> steps = chain.stream().map(s -> new Step(s, how.getOrDefault(s.sourcePath(), List.of())
                    .stream().distinct().sorted().toList())).toList();
            ordered.put(chain.get(0).day() + " " + chain.get(0).sourcePath(), new Recurrence(steps));
        }
        return List.copyOf(ordered.values());
    }

    private static String find(Map<String, String> parent, String x) {
        String root = x;
        while (parent.containsKey(root) && !parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        for (String y = x; !y.equals(root); ) { // path compression keeps later finds short
            String next = parent.get(y);
            parent.put(y, root);
            y = next;
        }
        return root;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        parent.putIfAbsent(a, a);
        parent.putIfAbsent(b, b);
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            parent.put(ra.compareTo(rb) < 0 ? rb : ra, ra.compareTo(rb) < 0 ? ra : rb);
        }
    }

    /** Whether any postmortem of the chain is of this system. */
    public boolean touches(String system) {
        return steps.stream().anyMatch(s -> s.postmortem().system().equals(system));
    }
}
