package io.github.postmortems.model;

import io.github.postmortems.parse.Marker;
import io.github.postmortems.parse.Postmortem;
import io.github.postmortems.parse.TimelineEntry;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When an incident began, was detected, mitigated and resolved, from front matter (which wins) or the first
 * timeline entry with each marker, in the zone the timeline states. A timeline without any marker, as archives
 * written in other templates have them, is read for its wording instead ("paged", "rolled back", "recovered"), and
 * labelled durations in the text ("Time to repair: 1h 5m", "TTD: 4 min") are read too; what is inferred says where
 * it came from. A moment that cannot be derived is null and every duration that needs it is unknown: never zero.
 *
 * @param statedToDetect time to detect as the text states it, or null
 * @param statedToResolve time to resolve (or the outage's duration) as the text states it, or null
 * @param inferred for each moment or duration not read from a marker or front matter ("started", "detected",
 *        "mitigated", "resolved", "time to detect", "time to resolve"), the entry or line it was read from
 */
public record IncidentTimes(ZonedDateTime started, ZonedDateTime detected, ZonedDateTime mitigated,
                            ZonedDateTime resolved, Duration statedToDetect, Duration statedToResolve,
                            Map<String, String> inferred) implements java.io.Serializable {

    public IncidentTimes {
        // sorted, not Map.copyOf: its order changes from one JVM to the next, and page keys hash this record's text
        inferred = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(inferred));
    }

    public IncidentTimes(ZonedDateTime started, ZonedDateTime detected, ZonedDateTime mitigated,
                         ZonedDateTime resolved) {
        this(started, detected, mitigated, resolved, null, null, Map.of());
    }

    /** Abbreviations timelines use, as the fixed offsets they stand for. */
    private static final Map<String, ZoneOffset> ABBREVIATIONS = Map.ofEntries(
            Map.entry("UTC", ZoneOffset.UTC), Map.entry("GMT", ZoneOffset.UTC), Map.entry("Z", ZoneOffset.UTC),
            Map.entry("WET", ZoneOffset.UTC), Map.entry("BST", ZoneOffset.ofHours(1)),
            Map.entry("WEST", ZoneOffset.ofHours(1)), Map.entry("CET", ZoneOffset.ofHours(1)),
            Map.entry("CEST", ZoneOffset.ofHours(2)), Map.entry("EET", ZoneOffset.ofHours(2)),
            Map.entry("EEST", ZoneOffset.ofHours(3)), Map.entry("EST", ZoneOffset.ofHours(-5)),
            Map.entry("EDT", ZoneOffset.ofHours(-4)), Map.entry("CST", ZoneOffset.ofHours(-6)),
            Map.entry("CDT", ZoneOffset.ofHours(-5)), Map.entry("MST", ZoneOffset.ofHours(-7)),
            Map.entry("MDT", ZoneOffset.ofHours(-6)), Map.entry("PST", ZoneOffset.ofHours(-8)),
            Map.entry("PDT", ZoneOffset.ofHours(-7)), Map.entry("JST", ZoneOffset.ofHours(9)),
            Map.entry("AEST", ZoneOffset.ofHours(10)), Map.entry("AEDT", ZoneOffset.ofHours(11)));
    private static final Pattern UTC_OFFSET = Pattern.compile("(?:UTC|GMT)?([+-])(\\d{1,2})(?::?(\\d{2}))?");

    /** The names {@link #inferred} gives the moments, in {@link Marker} order. */
    private static final List<String> KEYS = List.of("started", "detected", "mitigated", "resolved");

    public static final IncidentTimes UNKNOWN = new IncidentTimes(null, null, null, null);

    /** @param defaultZone the zone of times whose timeline names none */
    public static IncidentTimes of(Postmortem p, ZoneId defaultZone) {
        ZonedDateTime[] moments = new ZonedDateTime[Marker.values().length];
        for (Marker m : Marker.values()) {
            moments[m.ordinal()] = moment(p, m, defaultZone);
        }
        Map<String, String> inferred = new java.util.TreeMap<>();
        // a moment the text states in so many words ("resolved at 15:35 UTC") before one guessed from wording
        for (TimelineEntry e : p.proseTimes()) {
            if (moments[e.marker().ordinal()] == null) {
                moments[e.marker().ordinal()] = ZonedDateTime.of(e.date(), e.time(), zone(e.zone(), defaultZone));
                inferred.put(KEYS.get(e.marker().ordinal()), "the text “" + Sentences.truncate(e.description(), 120)
                        + "”");
            }
        }
        if (p.timeline().stream().noneMatch(e -> e.marker() != null)) {
            TimelineInference.infer(p.timeline(), moments, inferred, defaultZone);
        }
        Duration[] stated = StatedDurations.read(p, inferred);
        return new IncidentTimes(moments[0], moments[1], moments[2], moments[3], stated[0], stated[1], inferred);
    }

    /**
     * How a metric was found: empty when from markers or front matter, else in words with the entry or line it came
     * from, for the page's tooltip.
     *
     * @param metric "detect" or "resolve"
     */
    public String basis(String metric) {
        boolean detect = metric.equals("detect");
        String end = detect ? "detected" : "resolved";
        Duration fromMoments = between(started, detect ? detected : resolved);
        if (explicit(fromMoments, end)) {
            return "";
        }
        if ((detect ? statedToDetect : statedToResolve) != null) {
            return "as the text states it: " + inferred.get("time to " + metric);
        }
        if (fromMoments == null) {
            return "";
        }
        List<String> from = new java.util.ArrayList<>();
        for (String key : List.of("started", end)) {
            if (inferred.containsKey(key)) {
                from.add(key + " from " + inferred.get(key));
            }
        }
        return "inferred: " + String.join("; ", from);
    }


    private static ZonedDateTime moment(Postmortem p, Marker marker, ZoneId defaultZone) {
        for (List<TimelineEntry> source : List.of(p.declaredTimes(), p.timeline())) {
            for (TimelineEntry e : source) {
                if (e.marker() == marker) {
                    return e.date() == null || e.time() == null ? null
                            : ZonedDateTime.of(e.date(), e.time(), zone(e.zone(), defaultZone));
                }
            }
        }
        return null;
    }

    /** A zone as a timeline writes it: "Europe/Berlin", "UTC", "CEST", "UTC+2", "+01:00"; else the default. */
    static ZoneId zone(String text, ZoneId defaultZone) {
        if (text == null || text.isBlank()) {
            return defaultZone;
        }
        String t = text.strip();
        ZoneOffset abbreviation = ABBREVIATIONS.get(t.toUpperCase(Locale.ROOT));
        if (abbreviation != null) {
            return abbreviation;
        }
        Matcher offset = UTC_OFFSET.matcher(t.toUpperCase(Locale.ROOT));
        if (offset.matches()) {
            int hours = Integer.parseInt(offset.group(2));
            int minutes = offset.group(3) == null ? 0 : Integer.parseInt(offset.group(3));
            int sign = offset.group(1).equals("-") ? -1 : 1;
            try {
                return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
            } catch (DateTimeException e) {
                return defaultZone;
            }
        }
        try {
            return ZoneId.of(t);
        } catch (DateTimeException e) {
            return defaultZone;
        }
    }

    /**
     * How long after the incident began a timeline entry happened, in the zones each states: negative for what led
     * up to it, null when the start or the entry's day and time are unknown.
     *
     * @param defaultZone the zone of times whose timeline names none, as for {@link #of}
     */
    public Duration sinceStart(TimelineEntry entry, ZoneId defaultZone) {
        if (started == null || entry.date() == null || entry.time() == null) {
            return null;
        }
        return Duration.between(started, ZonedDateTime.of(entry.date(), entry.time(), zone(entry.zone(), defaultZone)));
    }

    /** Markers and front matter first, then a duration the text states, then inferred moments. */
    public Duration timeToDetect() {
        return pick(between(started, detected), statedToDetect, "detected");
    }

    public Duration timeToMitigate() {
        return between(started, mitigated);
    }

    public Duration timeToResolve() {
        return pick(between(started, resolved), statedToResolve, "resolved");
    }

    private Duration pick(Duration fromMoments, Duration stated, String end) {
        if (explicit(fromMoments, end)) {
            return fromMoments;
        }
        return stated != null ? stated : fromMoments;
    }

    /** A duration between two moments that markers or front matter gave, neither inferred. */
    private boolean explicit(Duration fromMoments, String end) {
        return fromMoments != null && !inferred.containsKey("started") && !inferred.containsKey(end);
    }

    /** How long users were affected: until mitigation, or until resolution when nothing mitigated earlier. */
    public Duration duration() {
        return mitigated != null ? timeToMitigate() : timeToResolve();
    }

    private static Duration between(ZonedDateTime from, ZonedDateTime to) {
        if (from == null || to == null) {
            return null;
        }
        Duration d = Duration.between(from, to);
        return d.isNegative() ? null : d; // out of order: the timeline-order rule says so; the metric is unknown
    }
}
