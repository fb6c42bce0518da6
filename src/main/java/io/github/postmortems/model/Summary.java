package io.github.postmortems.model;

import io.github.postmortems.parse.ActionItem;
import io.github.postmortems.parse.Postmortem;
import io.github.postmortems.parse.Status;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * What every page but a postmortem's own needs of it, derived once when it is read: the listings, the year,
 * system, month, action and digest pages, the feeds and the search facets all read this, never the full text.
 * It stays in memory for the whole build, so it holds excerpts, not sections.
 *
 * @param summary the summary as plain text, for listings and feeds; empty when missing
 * @param times when the incident began, was detected, mitigated and resolved
 * @param reviewed whether the status is one the policy counts as reviewed and shared
 * @param newsletterMonth the month whose digest lists it: the start in the site's zone, else its day
 * @param lessons the start of its Lessons Learned section, or null when it has none
 * @param lessonGroups its lessons by sub-heading, a few short points each, as listings show them
 * @param digestLesson the first sentences of its lessons, as a digest quotes them (the lessons themselves or what
 *        went wrong before what went well); empty when none
 * @param digestRootCause the first sentences of its root cause; empty when none
 * @param triggers what made it worth a postmortem, as its author names it
 * @param duplicateOf archive paths of postmortems of the same incident that its front matter names
 * @param follows archive paths of earlier postmortems it is a follow-up to
 * @param repeatOf archive paths of earlier postmortems it links to in a sentence that says it happened again
 * @param history when git last saw it changed and by whom, and when it was added; null without history
 * @param reviewFrom the day its review deadline counts from: its Date, else the day it was first committed, else the
 *        first of its file's month
 * @param timelineSteps how many entries its timeline has: a reading-club page exists when there are any
 * @param decisionPoints how many of them the reading club stops at ({@link ClubStep#decision()})
 * @param extraFields front-matter keys the plugin does not read, with their values, sorted by key (see
 *        {@link Postmortem#extraFields()}), for themes' listings
 */
public record Summary(String sourcePath, int year, int month, String system, String event, String title,
                      LocalDate date, List<String> authors, Status status, String severity, String summary,
                      List<ActionItem> actionItems, List<String> tags, IncidentTimes times, boolean reviewed,
                      YearMonth newsletterMonth, Excerpt lessons,
                      List<io.github.postmortems.parse.LessonGroup> lessonGroups, String digestLesson, String digestRootCause,
                      List<String> repeatOf, List<io.github.postmortems.parse.PostmortemTrigger> triggers,
                      List<String> duplicateOf, List<String> follows, PageHistory history, LocalDate reviewFrom,
                      int timelineSteps, int decisionPoints, java.util.SortedMap<String, String> extraFields)
        implements java.io.Serializable {

    /** Newest day first; the source path breaks ties so the order never depends on the file system. */
    public static final java.util.Comparator<Summary> NEWEST_FIRST = java.util.Comparator.comparing(Summary::day)
            .reversed().thenComparing(Summary::sourcePath);

    public Summary {
        authors = List.copyOf(authors);
        actionItems = List.copyOf(actionItems);
        tags = List.copyOf(tags);
        repeatOf = List.copyOf(repeatOf);
        lessonGroups = List.copyOf(lessonGroups);
        triggers = List.copyOf(triggers);
        duplicateOf = List.copyOf(duplicateOf);
        follows = List.copyOf(follows);
        extraFields = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(extraFields));
    }

    /** The start of a section: its anchor on the page and its text, cut to what listings show. */
    public record Excerpt(String id, String text) implements java.io.Serializable {
    }

    /** {@code MM.system.event}, shared by the page and the attachment folder. */
    public String baseName() {
        return Postmortem.baseName(month, system, event);
    }

    /** Site-relative path of this postmortem's page. */
    public String pagePath() {
        return year + "/" + baseName() + ".html";
    }

    /** Site-relative path of its reading-club page; only written when {@link #timelineSteps} is above 0. */
    public String clubPath() {
        return year + "/" + baseName() + ".club.html";
    }

    /** The day as ISO text, or the file's month when the Date is missing. */
    public String dateText() {
        return Postmortem.dateText(date, year, month);
    }

    /** Sort key: the day, or the first of the file's month when the Date is missing. */
    public LocalDate day() {
        return Postmortem.day(date, year, month);
    }

    /** The severity as written, or "unknown": the one label every count, chart and facet uses. */
    public String severityLabel() {
        return severity == null ? "unknown" : severity;
    }

    public long openActionItems() {
        return actionItems.stream().filter(a -> !a.done()).count();
    }
}
