package io.github.postmortems;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The one instant a build calls "now": {@code SOURCE_DATE_EPOCH} when set, else Maven's
 * {@code project.build.outputTimestamp}, else the build's start. Ages and deadlines are computed from it,
 * so a build with either set is reproducible.
 */
public final class BuildClock {

    private BuildClock() {
    }

    /**
     * @param sourceDateEpoch seconds since the epoch, or null
     * @param outputTimestamp ISO-8601 with offset or seconds since the epoch, or null; Maven treats a single
     *                        character as "not set"
     * @throws IllegalArgumentException naming the value that cannot be read
     */
    public static Instant referenceInstant(String sourceDateEpoch, String outputTimestamp, Instant buildStart) {
        if (sourceDateEpoch != null && !sourceDateEpoch.isBlank()) {
            return seconds(sourceDateEpoch, "SOURCE_DATE_EPOCH");
        }
        if (outputTimestamp != null && outputTimestamp.strip().length() > 1) {
            String value = outputTimestamp.strip();
            if (value.chars().allMatch(Character::isDigit)) {
                return seconds(value, "project.build.outputTimestamp");
            }
            try {
                return OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("project.build.outputTimestamp '" + value
                        + "' is neither ISO-8601 with an offset (2024-01-01T00:00:00Z) nor seconds since 1970");
            }
        }
        return buildStart;
    }

    public static LocalDate day(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toLocalDate();
    }

    private static Instant seconds(String value, String name) {
        try {
            return Instant.ofEpochSecond(Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " '" + value + "' is not a number of seconds since 1970");
        }
    }
}
