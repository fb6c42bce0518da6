package io.github.postmortems.parse;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One line of the timeline.
 *
 * @param date the day, from the entry itself or the timeline's last date line, rolled over at midnight; or null
 * @param time null when the entry has no readable time
 * @param zone the zone the timeline states ("UTC", "Europe/Berlin"), or null
 * @param marker what the entry marks, or null
 */
public record TimelineEntry(int line, LocalDate date, LocalTime time, String zone, String timeText,
                            String description, Marker marker) implements java.io.Serializable {
}
