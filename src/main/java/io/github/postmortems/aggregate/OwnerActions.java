package io.github.postmortems.aggregate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One owner's action items across the archive, for the page a manager opens to chase them.
 *
 * @param name the owner as authors write it most often ({@code @dana}, {@code Dana Ruiz})
 * @param slug the file name of the owner's page, unique in the archive
 * @param actions every item they own, oldest postmortem first, so the longest-waiting open item leads
 * @param open the items still open, in the same order
 */
public record OwnerActions(String name, String slug, List<ActionRow> actions, List<ActionRow> open) {

    public OwnerActions {
        actions = List.copyOf(actions);
        open = List.copyOf(open);
    }

    /** Site-relative path of the owner's page. */
    public String pagePath() {
        return "owners/" + slug + ".html";
    }

    public long closed() {
        return actions.size() - open.size();
    }

    /**
     * Groups items by owner. "@Dana", "dana" and " Dana " are one owner: spelling and a leading {@code @} differ
     * between templates and tables, the person does not. Owners come sorted by the key, so slugs that collide after
     * dropping punctuation get their suffix the same way on every run.
     */
    static List<OwnerActions> of(List<ActionRow> actions) {
        Map<String, List<ActionRow>> byKey = new TreeMap<>();
        for (ActionRow row : actions) {
            if (row.item().hasOwner()) {
                byKey.computeIfAbsent(key(row.item().owner()), k -> new ArrayList<>()).add(row);
            }
        }
        Comparator<ActionRow> oldestFirst = Comparator.comparing((ActionRow a) -> a.postmortem().day())
                .thenComparing(a -> a.postmortem().sourcePath()).thenComparingInt(a -> a.item().line());
        List<OwnerActions> owners = new ArrayList<>();
        Set<String> slugs = new HashSet<>(Set.of("index")); // owners/index.html lists them all
        byKey.forEach((key, rows) -> {
            List<ActionRow> sorted = rows.stream().sorted(oldestFirst).toList();
            String slug = slug(key);
            for (int n = 2; !slugs.add(slug); n++) {
                slug = slug(key) + "-" + n;
            }
            owners.add(new OwnerActions(spelling(sorted), slug, sorted,
                    sorted.stream().filter(a -> !a.item().done()).toList()));
        });
        return owners;
    }

    /** What identifies an owner however it is spelt. */
    public static String key(String owner) {
        return owner.strip().replaceFirst("^@", "").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String slug(String key) {
        String slug = key.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "owner" : slug;
    }

    /** The most frequent spelling; of equally frequent ones the first in sort order, so every run agrees. */
    private static String spelling(List<ActionRow> rows) {
        Map<String, Integer> counts = new HashMap<>();
        rows.forEach(r -> counts.merge(r.item().owner().strip(), 1, Integer::sum));
        return counts.entrySet().stream()
                .min(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow().getKey();
    }
}
