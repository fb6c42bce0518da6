package io.github.postmortems.aggregate;

import io.github.postmortems.Report;
import io.github.postmortems.model.Summary;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The front-matter keys of other templates that an archive's files hold and no page shows, named once per build with
 * the number of files holding each: an archive adopted from a status page or a blog has the same few keys in every
 * file, and a warning per key and file buried every real finding.
 */
public final class UnreadKeys {

    /** How many keys the line names before it says how many more there are. */
    static final int SHOWN = 12;

    private UnreadKeys() {
    }

    /**
     * One line such as {@code Front-matter keys kept for themes, not read: affected (297 files), section (297 files);
     * show one on each page with <showFields>}, or empty when every key is read or shown.
     *
     * @param shown the keys {@code <showFields>} lists, which pages do show
     */
    public static String line(List<Summary> postmortems, Collection<String> shown) {
        Map<String, Integer> files = new TreeMap<>();
        for (Summary s : postmortems) {
            for (String key : s.extraFields().keySet()) {
                if (!shown.contains(key)) {
                    files.merge(key, 1, Integer::sum);
                }
            }
        }
        if (files.isEmpty()) {
            return "";
        }
        List<Map.Entry<String, Integer>> byCount = files.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .toList();
        StringBuilder line = new StringBuilder("Front-matter keys the plugin does not read, kept for themes: ");
        for (int i = 0; i < Math.min(SHOWN, byCount.size()); i++) {
            Map.Entry<String, Integer> e = byCount.get(i);
            line.append(i == 0 ? "" : ", ").append(Report.oneLine(e.getKey())).append(" (").append(e.getValue())
                    .append(e.getValue() == 1 ? " file)" : " files)");
        }
        if (byCount.size() > SHOWN) {
            line.append(" and ").append(byCount.size() - SHOWN).append(" more");
        }
        return line.append("; show one on each page with <showFields>, or map it onto a key the plugin reads with "
                + "<fieldAliases>").toString();
    }
}
