package io.github.postmortems.aggregate;

import java.time.Duration;

/**
 * A system's incidents in one year, with medians over the incidents whose times are known.
 *
 * @param knownToDetect how many incidents the median time to detect is over
 */
public record YearStats(int year, int incidents, Duration medianToDetect, long knownToDetect,
                        Duration medianToResolve, long knownToResolve) {

    /**
     * How this year's median time to resolve compares with an earlier year's, when both rest on at least
     * {@link Durations#MIN_PER_SIDE} incidents with a known time to resolve.
     */
    public String trendAgainst(YearStats older) {
        if (knownToResolve < Durations.MIN_PER_SIDE || older.knownToResolve < Durations.MIN_PER_SIDE) {
            return "too few incidents for a trend (needs " + Durations.MIN_PER_SIDE + " per side)";
        }
        int change = medianToResolve.compareTo(older.medianToResolve);
        return (change < 0 ? "resolved faster than " : change > 0 ? "resolved slower than " : "as in ") + older.year;
    }
}
