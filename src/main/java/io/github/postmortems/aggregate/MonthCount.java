package io.github.postmortems.aggregate;

import java.util.Map;

/**
 * Incidents in one month of the archive's span, by severity.
 *
 * @param bySeverity counts keyed by severity ("SEV-1", ..., "unknown"), in severity order
 */
public record MonthCount(int year, int month, Map<String, Integer> bySeverity) {

    public int total() {
        return bySeverity.values().stream().mapToInt(Integer::intValue).sum();
    }

    public String label() {
        return String.format(java.util.Locale.ROOT, "%d-%02d", year, month);
    }
}
