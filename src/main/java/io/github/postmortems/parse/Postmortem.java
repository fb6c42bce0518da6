package io.github.postmortems.parse;

import io.github.postmortems.scan.Attachment;
import io.github.postmortems.scan.RefusedAttachment;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One postmortem as read from {@code YYYY/MM.system.event.md}: metadata from front matter, field lines and
 * sections (front matter wins), the rendered sections, and the structured parts later stages need.
 *
 * @param sourcePath archive-relative path of the Markdown file
 * @param date the Date field, or null when missing or unreadable
 * @param severity normalised to {@code SEV-n} where it reads like one, else as written; null when missing
 * @param summary the summary as plain text, for listings; empty when missing
 * @param preambleHtml prose between the title and the first section that is not a field
 * @param declaredTimes started, detected, mitigated, resolved as front matter declares them; they win
 * @param refusedAttachments files in the attachment folder that are not published (a browser could run them)
 * @param links every link and image target written in the body, in order
 * @param fieldLines the line each metadata field was read from ({@code date}, {@code status}, ...)
 * @param lessons the Lessons Learned section by its sub-headings
 * @param triggers what made the incident worth a postmortem, as the author names it; empty when not named
 * @param passages the blocks of Root Causes, Trigger and Resolution as written, for the wording checks
 * @param extraFields front-matter keys the plugin does not read, as written, with their values as one line of text,
 *        sorted by key: other templates' data ({@code affected}, {@code product}) for themes and {@code <showFields>}
 * @param proseTimes moments the text states in so many words ("Detected at 14:00", "resolved at 15:35 UTC"), the
 *        first of each, with the sentence as the entry's description; markers and front matter win over them
 */
public record Postmortem(String sourcePath, int year, int month, String system, String event, String title,
                         LocalDate date, List<String> authors, Status status, String severity, String summary,
                         String preambleHtml, List<Section> sections, List<ActionItem> actionItems,
                         List<TimelineEntry> timeline, List<TimelineEntry> declaredTimes,
                         List<Attachment> attachments, List<RefusedAttachment> refusedAttachments, List<String> tags,
                         List<LinkTarget> links, Map<String, Integer> fieldLines, List<LessonGroup> lessons,
                         List<PostmortemTrigger> triggers, List<Passage> passages,
                         java.util.SortedMap<String, String> extraFields, List<TimelineEntry> proseTimes)
        implements java.io.Serializable {

    public Postmortem {
        authors = List.copyOf(authors);
        sections = List.copyOf(sections);
        actionItems = List.copyOf(actionItems);
        timeline = List.copyOf(timeline);
        declaredTimes = List.copyOf(declaredTimes);
        attachments = List.copyOf(attachments);
        refusedAttachments = List.copyOf(refusedAttachments);
        tags = List.copyOf(tags);
        links = List.copyOf(links);
        fieldLines = Map.copyOf(fieldLines);
        lessons = List.copyOf(lessons);
        triggers = List.copyOf(triggers);
        passages = List.copyOf(passages);
        extraFields = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(extraFields));
        proseTimes = List.copyOf(proseTimes);
    }

    /** {@code MM.system.event}, shared by the page and the attachment folder. */
    public String baseName() {
        return baseName(month, system, event);
    }

    /** {@code MM.system.event}: the one naming rule for a postmortem's page and folder, read or summarised. */
    public static String baseName(int month, String system, String event) {
        return String.format(Locale.ROOT, "%02d.%s.%s", month, system, event);
    }

    /** The Date as ISO text, or the file's month when there is none. */
    public static String dateText(LocalDate date, int year, int month) {
        return date != null ? date.toString() : String.format(Locale.ROOT, "%d-%02d", year, month);
    }

    /** The Date, or the first of the file's month when there is none: what lists sort by. */
    public static LocalDate day(LocalDate date, int year, int month) {
        return date != null ? date : LocalDate.of(year, month, 1);
    }

    /** Archive- and site-relative path of one of its attachments. */
    public String attachmentPath(Attachment a) {
        return year + "/" + baseName() + "/" + a.name();
    }

    /** Site-relative path of this postmortem's page. */
    public String pagePath() {
        return year + "/" + baseName() + ".html";
    }

    /** Site-relative path of its reading-club page, which walks through the timeline step by step. */
    public String clubPath() {
        return year + "/" + baseName() + ".club.html";
    }

    /** The day as ISO text, or the file's month when the Date is missing. */
    public String dateText() {
        return dateText(date, year, month);
    }

    /** Sort key: the day, or the first of the file's month when the Date is missing. */
    public LocalDate day() {
        return day(date, year, month);
    }

    public long openActionItems() {
        return actionItems.stream().filter(a -> !a.done()).count();
    }

    /** The first section with this template key, or null. */
    public Section section(String key) {
        return sections.stream().filter(s -> key.equals(s.key())).findFirst().orElse(null);
    }

    public int lineOf(String field) {
        return fieldLines.getOrDefault(field, 1);
    }
}
