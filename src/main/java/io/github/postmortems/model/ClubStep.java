package io.github.postmortems.model;

import io.github.postmortems.parse.Marker;
import io.github.postmortems.parse.TimelineEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One step of a timeline as a reading club walks through it: the group reads up to a decision point, stops and
 * answers its prompt before seeing what the responders did next.
 *
 * @param number 1-based, in the timeline's order
 * @param time the time as the author wrote it; empty when none
 * @param prompt the question a decision point asks the group, or null for a step that is only read
 */
public record ClubStep(int number, String time, String description, String prompt) {

    public static final String CHECK_NEXT = "What would you check next?";
    public static final String DO_NOW = "What would you do now?";

    /** Someone chose a course: the group should choose before they learn which. */
    private static final Pattern ACTED = Pattern.compile(
            "(?i)\\b(decid(?:ed|es|e)|decision|roll(?:ed|s)? back|rollback|fail(?:ed|s)? over|failover"
                    + "|revert(?:ed|s)?)\\b");
    /** Someone was called in or alerted: the group should say where they would look. */
    private static final Pattern CALLED = Pattern.compile("(?i)\\b(paged|escalat(?:ed|es|ion)|alerted)\\b");

    public boolean decision() {
        return prompt != null;
    }

    public static List<ClubStep> of(List<TimelineEntry> timeline) {
        List<ClubStep> steps = new ArrayList<>(timeline.size());
        for (TimelineEntry e : timeline) {
            steps.add(new ClubStep(steps.size() + 1, e.timeText() == null ? "" : e.timeText().strip(),
                    e.description(), prompt(e)));
        }
        return steps;
    }

    /** How many steps of {@code timeline} are decision points, without building the steps. */
    public static int decisions(List<TimelineEntry> timeline) {
        return (int) timeline.stream().filter(e -> prompt(e) != null).count();
    }

    /**
     * A moment that settles the course (mitigated, resolved, decided, rolled back, failed over) asks what the
     * group would do; one that starts the investigation (begins, detected, paged, escalated) what it would check.
     */
    static String prompt(TimelineEntry e) {
        Marker marker = e.marker();
        if (marker == Marker.MITIGATED || marker == Marker.RESOLVED || ACTED.matcher(e.description()).find()) {
            return DO_NOW;
        }
        if (marker == Marker.BEGINS || marker == Marker.DETECTED || CALLED.matcher(e.description()).find()) {
            return CHECK_NEXT;
        }
        return null;
    }
}
