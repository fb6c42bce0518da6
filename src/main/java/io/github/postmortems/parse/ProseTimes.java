package io.github.postmortems.parse;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times the text states in so many words: "Detected at 14:00", "resolved at 15:35 UTC", "we were alerted at 09:12",
 * "At 17:05 UTC the hub was restored", "an outage from 16:58 to 18:46 UTC". Each becomes an entry with its marker,
 * on the day the sentence names or else the incident's day, and the sentence as its description, so the page can say
 * where an inferred time came from.
 */
final class ProseTimes {

    private static final String TIME = "(\\d{1,2}(?::\\d{2}){1,2}\\s*(?:[ap]\\.?m\\.?)?|\\d{1,2}\\s*[ap]\\.?m\\.?)";
    private static final String DATE = "(?:(\\d{4}-\\d{2}-\\d{2})[ T,]\\s*)?";
    /** A zone as written after a time, in capitals: "UTC", "UTC+2", "CEST", "PDT", "US/Pacific". */
    private static final String ZONE = "(?:\\s*\\(?(?-i:((?:UTC|GMT)(?:\\s*[+-]\\s*\\d{1,2}(?::?\\d{2})?)?|[A-Z]{2,4}T|Z|"
            + "[A-Z][A-Za-z]+/[A-Z][A-Za-z_]+))\\)?(?![\\w-]))?";
    /** A start needs its subject: "we started investigating at 10:00" is no start of the incident. */
    private static final String VERBS_BEGINS = "start of (?:the )?(?:outage|incident|impact)|(?:outage|incident|impact|"
            + "problem|issue|errors?|failures?|disruption|degradation)(?: \\w+){0,2} (?:began|begun|started|starts|begins|"
            + "occurred)";
    /** "reported healthy", "reported as up and running" say it is over, not that it was found. */
    private static final String VERBS_DETECTED = "detected|alerted|paged|noticed|discovered|notified|"
            + "reported(?! (?:as )?(?:healthy|up|back|resolved|recovered|restored|operational|fixed))|"
            + "(?:first )?alert (?:fired|triggered)|(?:was|were) made aware";
    private static final String VERBS_MITIGATED = "mitigated|mitigation|rolled back|reverted|failed over|worked around";
    private static final String VERBS_RESOLVED = "resolved|recovered|restored|fixed|back to normal|back online|back up|"
            + "healthy|up and running|"
            + "fully operational|all clear|ended|closed";
    private static final String VERBS = "(" + VERBS_BEGINS + ")|(" + VERBS_DETECTED + ")|(" + VERBS_MITIGATED + ")|("
            + VERBS_RESOLVED + ")";

    /** "Detected at 14:00", "was resolved at 2020-11-12 15:35 UTC": the verb, a few words, then "at" and the time. */
    private static final Pattern VERB_AT = Pattern.compile("(?i)\\b(?:" + VERBS + ")\\b[^.;:!?\\n]{0,40}?\\b(?:at|by|"
            + "around|on)\\s+" + DATE + TIME + ZONE);
    /** "At 14:00 UTC we were alerted": the time first, the verb within a few words. */
    private static final Pattern AT_VERB = Pattern.compile("(?i)\\bat\\s+" + DATE + TIME + ZONE
            + ",?\\s+[^.;:!?\\n]{0,50}?\\b(?:" + VERBS + ")\\b");
    /** "an outage from 16:58 to 18:46 UTC", "between 09:10 and 09:55 CEST": a start and an end. */
    private static final Pattern RANGE = Pattern.compile("(?i)\\b(?:from|between)\\s+" + TIME + ZONE
            + "\\s*(?:to|until|till|and|-|–)\\s*" + TIME + ZONE);
    /** What a sentence with a range must be about for the range to be the incident's. */
    private static final Pattern INCIDENT = Pattern.compile("(?i)\\b(outage|incident|disruption|downtime|unavailab\\w*"
            + "|impact\\w*|affected|degraded|errors?|fail\\w*|down|broken|experienced)\\b");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z\\[*_])|\\n\\s*\\n");
    /** The longest sentence read: prose is short, and the patterns stay linear over a long paragraph anyway. */
    private static final int MAX_SENTENCE = 1_000;

    private ProseTimes() {
    }

    /** A paragraph of prose and the line it starts on. */
    record Paragraph(int line, String text) {
    }

    /**
     * The first statement of each moment, in the order written.
     *
     * @param day the incident's day: times the sentence gives no date for fall on it; null skips those times
     */
    static List<TimelineEntry> read(List<Paragraph> paragraphs, LocalDate day) {
        TimelineEntry[] found = new TimelineEntry[Marker.values().length];
        for (Paragraph p : paragraphs) {
            String text = p.text();
            Matcher end = SENTENCE_END.matcher(text);
            int from = 0;
            int line = p.line();
            while (from < text.length()) {
                int to = end.find() ? end.start() : text.length();
                String sentence = text.substring(from, Math.min(to, from + MAX_SENTENCE));
                read(sentence, line, day, found);
                int next = to < text.length() ? end.end() : to;
                line += (int) text.substring(from, next).chars().filter(c -> c == '\n').count();
                from = next;
            }
        }
        List<TimelineEntry> entries = new ArrayList<>();
        for (TimelineEntry e : found) {
            if (e != null) {
                entries.add(e);
            }
        }
        return entries;
    }

    private static void read(String sentence, int line, LocalDate day, TimelineEntry[] found) {
        if (sentence.chars().noneMatch(Character::isDigit)) {
            return; // most prose states no time: skip the patterns
        }
        String said = sentence.strip().replaceAll("\\s+", " ");
        for (Pattern p : List.of(VERB_AT, AT_VERB)) {
            Matcher m = p.matcher(sentence);
            while (m.find()) {
                boolean verbFirst = p == VERB_AT;
                int verb = verbFirst ? 1 : 4;
                int date = verbFirst ? 5 : 1;
                Marker marker = null;
                for (int i = 0; i < 4 && marker == null; i++) {
                    if (m.group(verb + i) != null) {
                        marker = Marker.values()[i];
                    }
                }
                put(found, marker, m.group(date), m.group(date + 1), m.group(date + 2), day, line, said);
            }
        }
        Matcher range = RANGE.matcher(sentence);
        if (range.find() && INCIDENT.matcher(sentence).find()) {
            String endZone = range.group(4);
            String startZone = range.group(2) != null ? range.group(2) : endZone;
            put(found, Marker.BEGINS, null, range.group(1), startZone, day, line, said);
            TimelineEntry start = found[Marker.BEGINS.ordinal()];
            LocalTime end = time(range.group(3));
            LocalDate endDay = start == null || end == null || start.date() == null ? day
                    : end.isBefore(start.time()) ? start.date().plusDays(1) : start.date();
            if (endDay != null && found[Marker.RESOLVED.ordinal()] == null && end != null) {
                found[Marker.RESOLVED.ordinal()] = new TimelineEntry(line, endDay, end, endZone,
                        range.group(3).strip(), said, Marker.RESOLVED);
            }
        }
    }

    private static void put(TimelineEntry[] found, Marker marker, String dateText, String timeText, String zone,
                            LocalDate day, int line, String sentence) {
        if (marker == null || found[marker.ordinal()] != null) {
            return;
        }
        LocalDate date = dateText == null ? day : Dates.leading(dateText);
        LocalTime time = time(timeText);
        if (date != null && time != null) {
            found[marker.ordinal()] = new TimelineEntry(line, date, time, zone, timeText.strip(), sentence, marker);
        }
    }

    /** "14:00", "09:12:30", "5:00 PM", "9 a.m."; null for what is no time of day. */
    static LocalTime time(String text) {
        String t = text.toLowerCase(Locale.ROOT).replace(".", "").replaceAll("\\s+", "");
        boolean pm = t.endsWith("pm");
        boolean am = t.endsWith("am");
        if (pm || am) {
            t = t.substring(0, t.length() - 2);
        }
        String[] parts = t.split(":");
        try {
            int hour = Integer.parseInt(parts[0]);
            int minute = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
            if (pm || am) {
                if (hour < 1 || hour > 12) {
                    return null;
                }
                hour = hour % 12 + (pm ? 12 : 0);
            }
            return hour < 24 && minute < 60 ? LocalTime.of(hour, minute) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
