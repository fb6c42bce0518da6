package io.github.postmortems.parse;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.util.ast.Node;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a timeline: date lines ("2024-03-14 (all times UTC)") followed by a Time | Description table or by a
 * list ({@code - 14:02 UTC — paged on-call}). Times without a date continue from the last date line and roll
 * over at midnight.
 */
final class TimelineReader {

    private static final Map<String, Boolean> TIME = Tables.names("time", "when", "timestamp", "date/time",
            "date and time", "time utc");
    private static final Map<String, Boolean> DESCRIPTION = Tables.names("description", "event", "events",
            "what happened", "what", "action", "details", "note", "notes", "activity");

    private static final Pattern TIME_AT_START = Pattern.compile(
            "^\\s*(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*(?i:(am|pm)\\b)?");
    private static final Pattern ZONE_AT_START = Pattern.compile(
            "^\\s*(\\(?(?:UTC|GMT)(?:[+-]\\d{1,2}(?::?\\d{2})?)?\\)?|Z\\b|[+-]\\d{2}:?\\d{2}|\\(?[A-Z]{2,4}T\\)?(?![\\w-]))");
    private static final Pattern ZONE_IN_LINE = Pattern.compile(
            "\\b([A-Z][a-z]+/[A-Za-z_]+(?:/[A-Za-z_]+)?|(?:UTC|GMT)(?:[+-]\\d{1,2}(?::?\\d{2})?)?|[A-Z]{2,4}T)\\b");
    private static final Pattern SEPARATOR = Pattern.compile("^[\\s—–:|-]+");

    private LocalDate date;
    private String zone;
    private LocalTime previous;
    private final List<TimelineEntry> entries = new ArrayList<>();
    /** How much of what stands under a time heading its entry keeps: a few paragraphs say what happened. */
    private static final int MAX_UNDER_HEADING = 2_000;
    /** The entry a time heading started, while what stands under it is read; else -1. */
    private int underHeading = -1;

    private TimelineReader() {
    }

    /** @param incidentDate the postmortem's Date, the day of times before any date line; may be null */
    static List<TimelineEntry> read(List<Node> nodes, LocalDate incidentDate) {
        TimelineReader reader = new TimelineReader();
        reader.date = incidentDate;
        for (Node node : nodes) {
            reader.read(node);
        }
        return reader.entries;
    }

    private void read(Node node) {
        if (node instanceof Heading h && startsWithTime(Markdown.text(h))) {
            // "### 2018-03-26 10:34" or "### 5:00 PM": an entry whose description is the paragraph under it
            add(h.getStartLineNumber() + 1, Markdown.text(h), null);
            underHeading = entries.size() - 1;
            return;
        }
        if ((node instanceof Paragraph || node instanceof ListBlock) && underHeading >= 0) {
            // every paragraph and list up to the next heading belongs to the time above them
            TimelineEntry e = entries.get(underHeading);
            String more = node instanceof ListBlock list ? itemsText(list) : Markdown.text(node);
            String text = e.description().isBlank() ? more : e.description() + " " + more;
            if (text.length() > MAX_UNDER_HEADING) {
                text = text.substring(0, MAX_UNDER_HEADING);
            }
            entries.set(underHeading, new TimelineEntry(e.line(), e.date(), e.time(), e.zone(), e.timeText(), text,
                    Marker.find(text)));
            return;
        }
        if (node instanceof Heading) {
            underHeading = -1;
        }
        if (node instanceof Heading || node instanceof Paragraph) {
            String text = Markdown.text(node);
            LocalDate d = Dates.leading(text);
            if (d != null) {
                date = d;
                previous = null;
            }
            Matcher z = ZONE_IN_LINE.matcher(text);
            if ((d != null || text.toLowerCase(java.util.Locale.ROOT).contains("time")) && z.find()) {
                zone = z.group(1);
            }
        } else if (node instanceof TableBlock table) {
            List<String> header = Tables.header(table);
            int time = Tables.column(header, TIME);
            int description = Tables.column(header, DESCRIPTION);
            if (time < 0) {
                time = 0;
            }
            if (description < 0) {
                description = time == 0 ? 1 : 0;
            }
            for (String h : header) {
                Matcher z = ZONE_IN_LINE.matcher(h.toUpperCase(java.util.Locale.ROOT));
                if (h.startsWith("time") && z.find()) {
                    zone = z.group(1);
                }
            }
            for (Tables.Row row : Tables.rows(table)) {
                add(row.line(), row.cell(time).text(), row.cell(description).text());
            }
        } else if (node instanceof ListBlock list) {
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                if (item instanceof ListItem li && li.getFirstChild() != null) {
                    String text = Markdown.text(li.getFirstChild());
                    add(li.getStartLineNumber() + 1, text, null);
                }
            }
        }
    }

    /**
     * A time declared outside the timeline, such as front matter's {@code detected: 2024-03-14 14:20 UTC}.
     *
     * @return the entry, or null when the text has no readable date and time
     */
    static TimelineEntry declared(int line, String text, Marker marker) {
        TimelineReader reader = new TimelineReader();
        String normalised = text.strip().replaceFirst("^(\\d{4}-\\d{2}-\\d{2})T", "$1 ");
        Matcher offset = Pattern.compile("(\\d{2}:\\d{2}(?::\\d{2})?)(?:\\.\\d+)?([+-]\\d{2}:?\\d{2}|Z)$").matcher(normalised);
        if (offset.find()) {
            normalised = normalised.substring(0, offset.start()) + offset.group(1) + " " + offset.group(2);
        }
        reader.add(line, normalised, marker.label());
        TimelineEntry e = reader.entries.isEmpty() ? null : reader.entries.get(0);
        if (e == null || e.date() == null || e.time() == null) {
            return null;
        }
        return new TimelineEntry(line, e.date(), e.time(), e.zone(), text.strip(), "from front matter", marker);
    }

    /** A list under a time heading as one description: its items' first lines, joined. */
    private static String itemsText(ListBlock list) {
        List<String> items = new ArrayList<>();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (item instanceof ListItem li && li.getFirstChild() != null) {
                items.add(Markdown.text(li.getFirstChild()));
            }
        }
        return String.join("; ", items);
    }

    /** Whether a heading is a time, with or without a date before it, rather than a sub-heading of the timeline. */
    private static boolean startsWithTime(String text) {
        String rest = Dates.afterLeading(text);
        return TIME_AT_START.matcher(rest == null ? text : rest).find();
    }

    /** One entry; when {@code description} is null the time is at the start of {@code when}. */
    private void add(int line, String when, String description) {
        String rest = when;
        LocalDate entryDate = Dates.leading(rest);
        if (entryDate != null) {
            rest = Dates.afterLeading(rest);
        }
        LocalTime time = null;
        String timeText = "";
        Matcher t = TIME_AT_START.matcher(rest);
        if (t.find()) {
            time = time(t);
            timeText = t.group().strip();
            rest = rest.substring(t.end());
        }
        String entryZone = zone;
        Matcher z = ZONE_AT_START.matcher(rest);
        if (time != null && z.find()) {
            entryZone = z.group(1).replaceAll("[()]", "");
            timeText = timeText + " " + entryZone;
            rest = rest.substring(z.end());
        }
        boolean fromList = description == null;
        if (fromList) {
            description = SEPARATOR.matcher(rest).replaceFirst("");
        }
        if (entryDate != null) {
            date = entryDate;
        } else if (time != null && previous != null && date != null && time.isBefore(previous)
                && java.time.Duration.between(time, previous).toHours() >= 12) {
            date = date.plusDays(1); // past midnight; a smaller step back is an entry out of order
        }
        if (time != null) {
            previous = time;
        }
        if (time == null && entryDate == null && description.isBlank()) {
            return;
        }
        entries.add(new TimelineEntry(line, date, time, entryZone, time != null ? timeText : fromList ? "" : when.strip(),
                description.strip(), Marker.find(description)));
    }

    private static LocalTime time(Matcher t) {
        int hour = Integer.parseInt(t.group(1));
        int minute = Integer.parseInt(t.group(2));
        int second = t.group(3) == null ? 0 : Integer.parseInt(t.group(3));
        String half = t.group(4);
        if (half != null) {
            boolean pm = half.equalsIgnoreCase("pm");
            hour = hour % 12 + (pm ? 12 : 0);
        }
        if (hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        return LocalTime.of(hour, minute, second);
    }
}
