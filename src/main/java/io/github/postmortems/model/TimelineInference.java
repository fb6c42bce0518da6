package io.github.postmortems.model;

import io.github.postmortems.parse.Marker;
import io.github.postmortems.parse.TimelineEntry;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Moments of a timeline that marks none, read from its wording: the first entry about the failure, the first
 * alert, page or report, the first mitigation, the last recovery. Only entries with a day and a time count, and a
 * moment before the start it follows from is not taken.
 */
final class TimelineInference {

    private static final Pattern FAILURE = Pattern.compile("(?i)\\b(errors?|fail\\w*|down|outage|unavailable|"
            + "unreachable|latency|slow\\w*|spike\\w*|elevated|degrad\\w*|crash\\w*|time[ds]? ?outs?|5\\d\\d(?:s)?|"
            + "broke\\w*|stopped|lost|impact\\w*|incident (?:began|begins|started|starts)|expir\\w*|crash ?loop\\w*|"
            + "unschedulable|deleted|exhaust\\w*|starv\\w*|not (?:working|running|responding|operational))\\b");
    private static final Pattern DETECTION = Pattern.compile("(?i)\\b(alert\\w*|pag(?:e|ed|es|ing|er)|"
            + "reported|reports? of|noticed|detected|notified|on-?call|opened an? (?:incident|ticket)|customers? (?:report|complain)\\w*)\\b");
    private static final Pattern MITIGATION = Pattern.compile("(?i)\\b(mitigat\\w*|rolled back|roll(?:ing)? back|"
            + "rollback|revert\\w*|failed over|fail(?:ing)? ?over|workaround|disabled|scaled (?:up|out))\\b");
    private static final Pattern RECOVERY = Pattern.compile("(?i)(?<!not |un)\\b(resolved|recovered|recovery complete|"
            + "restored|all clear|(?:back|returns?|returned) to normal|(?:fully |all systems |service |systems |(?:is|are|was|were|now) )operational|incident (?:closed|over)|"
            + "confirmed working|working (?:again|as (?:expected|intended|normal))|(?:permanently )?fixed|solved|up and running|"
            + "back online|available again|recovery|incident ends|(?:outage|incident) (?:is |was )?over|to an end|"
            + "service resume[sd]|goes away|went away|back to working order|back to 100)\\b");

    private TimelineInference() {
    }

    /** Fills the moments still null from the timeline's wording, and says in {@code inferred} where each came from. */
    static void infer(List<TimelineEntry> timeline, ZonedDateTime[] moments, Map<String, String> inferred,
                      ZoneId defaultZone) {
        List<TimelineEntry> timed = timeline.stream().filter(e -> e.date() != null && e.time() != null).toList();
        if (moments[Marker.BEGINS.ordinal()] == null) {
            first(timed, FAILURE, defaultZone, null, moments, Marker.BEGINS, inferred, "started");
        }
        if (moments[Marker.BEGINS.ordinal()] == null && !timed.isEmpty()) {
            // no entry names the failure in words we know: a timeline starts where the incident does
            moments[Marker.BEGINS.ordinal()] = at(timed.get(0), defaultZone);
            inferred.put("started", source(timed.get(0)));
        }
        ZonedDateTime start = moments[Marker.BEGINS.ordinal()];
        if (moments[Marker.DETECTED.ordinal()] == null) {
            first(timed, DETECTION, defaultZone, start, moments, Marker.DETECTED, inferred, "detected");
        }
        if (moments[Marker.MITIGATED.ordinal()] == null) {
            first(timed, MITIGATION, defaultZone, start, moments, Marker.MITIGATED, inferred, "mitigated");
        }
        if (moments[Marker.RESOLVED.ordinal()] == null) {
            for (int i = timed.size() - 1; i >= 0; i--) {
                TimelineEntry e = timed.get(i);
                ZonedDateTime at = at(e, defaultZone);
                if (RECOVERY.matcher(e.description()).find() && (start == null || !at.isBefore(start))) {
                    moments[Marker.RESOLVED.ordinal()] = at;
                    inferred.put("resolved", source(e));
                    return;
                }
            }
        }
    }

    private static void first(List<TimelineEntry> timed, Pattern words, ZoneId zone, ZonedDateTime notBefore,
                              ZonedDateTime[] moments, Marker marker, Map<String, String> inferred, String key) {
        for (TimelineEntry e : timed) {
            ZonedDateTime at = at(e, zone);
            if (words.matcher(e.description()).find() && (notBefore == null || !at.isBefore(notBefore))) {
                moments[marker.ordinal()] = at;
                inferred.put(key, source(e));
                return;
            }
        }
    }

    private static ZonedDateTime at(TimelineEntry e, ZoneId defaultZone) {
        return ZonedDateTime.of(e.date(), e.time(), IncidentTimes.zone(e.zone(), defaultZone));
    }

    private static String source(TimelineEntry e) {
        String text = e.description().strip();
        return "the timeline entry " + (e.timeText() == null ? "" : e.timeText() + " ") + "“"
                + Sentences.truncate(text, 80) + "”";
    }
}
