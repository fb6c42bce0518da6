package io.github.postmortems.aggregate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The action items raised by the postmortems of one quarter, and how many of them are closed today. Items carry
 * no closing date, so this is the closure rate of each quarter's items as of the build, not a history of the
 * open count.
 */
public record ActionCohort(int year, int quarter, int raised, int closed) {

    public String label() {
        return year + " Q" + quarter;
    }

    public int open() {
        return raised - closed;
    }

    /** Closed items as a whole percentage of those raised, rounded down so 99.6 % is never shown as 100 %. */
    public int closedPercent() {
        return raised == 0 ? 0 : closed * 100 / raised;
    }

    /** One cohort per quarter that raised items, newest first. */
    static List<ActionCohort> of(List<ActionRow> actions) {
        Map<Integer, int[]> byQuarter = new TreeMap<>(java.util.Comparator.reverseOrder());
        for (ActionRow row : actions) {
            int key = row.postmortem().day().getYear() * 10 + (row.postmortem().day().getMonthValue() - 1) / 3 + 1;
            int[] counts = byQuarter.computeIfAbsent(key, k -> new int[2]);
            counts[0]++;
            if (row.item().done()) {
                counts[1]++;
            }
        }
        List<ActionCohort> cohorts = new ArrayList<>();
        byQuarter.forEach((key, counts) -> cohorts.add(new ActionCohort(key / 10, key % 10, counts[0], counts[1])));
        return cohorts;
    }
}
