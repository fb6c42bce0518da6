package io.github.postmortems.aggregate;

import java.time.Duration;

/**
 * A system's incidents in one year, with medians over the incidents whose times are known.
 *
 * @param knownToDetect how many incidents the median time to detect is over
 */
public record YearStats(int year, int incidents, Duration medianToDetect, long knownToDetect,
                        Duration medianToResolve, long knownToResolve) {
}
