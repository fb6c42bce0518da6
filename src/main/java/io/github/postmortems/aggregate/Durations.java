package io.github.postmortems.aggregate;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/** Medians and percentiles over the durations that are known; incident durations are skewed, so no means. */
public final class Durations {

    private Durations() {
    }

    /** The median of the known durations (the mean of the middle two for an even count), or null if none. */
    public static Duration median(List<Duration> durations) {
        List<Duration> known = durations.stream().filter(Objects::nonNull).sorted().toList();
        if (known.isEmpty()) {
            return null;
        }
        int mid = known.size() / 2;
        return known.size() % 2 == 1 ? known.get(mid) : known.get(mid - 1).plus(known.get(mid)).dividedBy(2);
    }

    /** Fewer known durations than this on either side of a comparison, and its direction is noise. */
    public static final int MIN_PER_SIDE = 3;
    /** Fewer known durations than this, and a 90th percentile is just the largest one or two. */
    public static final int MIN_FOR_P90 = 10;

    /** The 90th percentile of the known durations, or null when fewer than {@link #MIN_FOR_P90} are known. */
    public static Duration p90(List<Duration> durations) {
        return known(durations) < MIN_FOR_P90 ? null : percentile(durations, 0.9);
    }

    /** The nearest-rank percentile ({@code 0.9} for p90) of the known durations, or null if none. */
    public static Duration percentile(List<Duration> durations, double p) {
        List<Duration> known = durations.stream().filter(Objects::nonNull).sorted().toList();
        if (known.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(p * known.size());
        return known.get(Math.max(0, rank - 1));
    }

    public static long known(List<Duration> durations) {
        return durations.stream().filter(Objects::nonNull).count();
    }
}
