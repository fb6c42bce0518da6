package io.github.postmortems.validate;

import io.github.postmortems.CodePoints;
import io.github.postmortems.Problem;
import io.github.postmortems.parse.ActionItem;
import io.github.postmortems.parse.Marker;
import io.github.postmortems.parse.Postmortem;
import io.github.postmortems.parse.Section;
import io.github.postmortems.parse.TimelineEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The seed's five review criteria: key incident data collected, impact assessed, root cause found, action plan
 * with owners and tickets, outcome shared. The page's scorecard and {@code postmortem:check} both come from here,
 * so they cannot disagree.
 */
public final class ReviewCriteria {

    private static final Pattern PLACEHOLDER = Pattern.compile(
            "(?i)\\W*(tbd|tba|todo|unknown|n/?a|none|\\?+|to be determined|under investigation|wip)\\W*");
    /** A note that starts a paragraph, list item or cell: TODO, TBD, FIXME (a TODO quoted in a sentence is not one). */
    private static final Pattern NOTE = Pattern.compile(
            "(?i)<(?:p|li|td|th)\\b[^>]*>\\s*(?:<[^>]+>\\s*)*((?:todo|tbd|tba|fixme)\\b[^<]*)");
    /** Words that say what follows is not established. */
    private static final Pattern UNCONFIRMED = Pattern.compile(
            "(?i)\\b(working theory|not (yet )?confirmed|unconfirmed|to be (investigated|confirmed|determined))\\b");
    /** An impact statement that quantifies: a number (users, requests, minutes) or says there was none. */
    private static final Pattern QUANTIFIED = Pattern.compile(
            "(?i)\\d|\\bno (user|customer|client|external)s? impact|\\bno impact\\b|\\bnone\\b");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");

    private ReviewCriteria() {
    }

    public static List<Criterion> of(Postmortem p, Policy policy) {
        return List.of(
                new Criterion("Key data collected", Rule.KEY_DATA, keyData(p)),
                new Criterion("Impact assessed", Rule.IMPACT, impact(p)),
                new Criterion("Root cause found", Rule.ROOT_CAUSE, rootCause(p, policy)),
                new Criterion("Action plan complete", Rule.ACTION_PLAN, actionPlan(p, policy)),
                new Criterion("Outcome shared", Rule.OUTCOME_SHARED, outcomeShared(p, policy)));
    }

    static List<Problem> keyData(Postmortem p) {
        String file = p.sourcePath();
        if (p.timeline().isEmpty()) {
            return List.of(Rule.KEY_DATA.at(file, p.lineOf("timeline"),
                    "no timeline; add one with INCIDENT BEGINS and RESOLVED entries"));
        }
        List<Problem> problems = new ArrayList<>();
        if (p.timeline().stream().noneMatch(e -> e.marker() == Marker.BEGINS)) {
            problems.add(Rule.KEY_DATA.at(file, p.lineOf("timeline"),
                    "the timeline has no start; mark the entry when it began with INCIDENT BEGINS"));
        }
        if (p.timeline().stream().noneMatch(e -> e.marker() == Marker.RESOLVED)) {
            problems.add(Rule.KEY_DATA.at(file, p.lineOf("timeline"),
                    "the timeline has no resolution; mark the entry when it ended with RESOLVED"));
        }
        return problems;
    }

    static List<Problem> impact(Postmortem p) {
        Section impact = p.section("impact");
        if (impact == null || impact.text().isBlank()) {
            return List.of(Rule.IMPACT.at(p.sourcePath(), impact == null ? 1 : impact.line(),
                    "no Impact; say who was affected and for how long, or write 'No user impact'"));
        }
        Optional<String> unsettled = unsettled(impact);
        if (unsettled.isPresent()) {
            return List.of(Rule.IMPACT.at(p.sourcePath(), impact.line(), "Impact is not settled yet ('"
                    + unsettled.get() + "'); finish the assessment, or say what is still unknown as an action item"));
        }
        if (!QUANTIFIED.matcher(impact.text()).find()) {
            return List.of(Rule.IMPACT.at(p.sourcePath(), impact.line(),
                    "Impact gives no numbers; say how many users or requests were affected and for how long, "
                            + "or write 'No user impact'"));
        }
        return List.of();
    }

    static List<Problem> rootCause(Postmortem p, Policy policy) {
        Section cause = p.section("root-causes");
        if (cause == null || cause.text().isBlank()) {
            return List.of(Rule.ROOT_CAUSE.at(p.sourcePath(), cause == null ? 1 : cause.line(),
                    "no Root Causes; say why it happened"));
        }
        if (PLACEHOLDER.matcher(cause.text()).matches()) {
            return List.of(Rule.ROOT_CAUSE.at(p.sourcePath(), cause.line(),
                    "Root Causes is a placeholder ('" + cause.text().strip() + "'); say why it happened"));
        }
        Optional<String> unsettled = unsettled(cause);
        if (unsettled.isPresent()) {
            return List.of(Rule.ROOT_CAUSE.at(p.sourcePath(), cause.line(), "Root Causes is not settled yet ('"
                    + unsettled.get() + "'); confirm the cause, or say what is still open as an action item"));
        }
        long words = WORD.matcher(cause.text()).results().count();
        if (words < policy.rootCauseMinWords()) {
            return List.of(Rule.ROOT_CAUSE.at(p.sourcePath(), cause.line(), "Root Causes has " + words
                    + (words == 1 ? " word" : " words") + "; explain why it happened in at least "
                    + policy.rootCauseMinWords() + " words"));
        }
        return List.of();
    }

    /** The first line of a section that says it is not finished, shortened; empty when none does. */
    static Optional<String> unsettled(Section section) {
        Matcher note = NOTE.matcher(section.html());
        if (note.find()) {
            return Optional.of(shorten(org.jsoup.parser.Parser.unescapeEntities(note.group(1), false).strip()
                    .replaceAll("\\s+", " ")));
        }
        Matcher words = UNCONFIRMED.matcher(section.text());
        return words.find() ? Optional.of(shorten(section.text().substring(words.start()).strip()))
                : Optional.empty();
    }

    static List<Problem> actionPlan(Postmortem p, Policy policy) {
        String file = p.sourcePath();
        if (p.actionItems().isEmpty()) {
            return List.of(Rule.ACTION_PLAN.at(file, p.lineOf("action-items"),
                    "no action items; list what will stop this from happening again"));
        }
        List<Problem> problems = new ArrayList<>();
        for (ActionItem item : p.actionItems()) {
            String what = "action item '" + shorten(item.description()) + "'";
            if (!item.hasOwner()) {
                problems.add(Rule.ACTION_PLAN.at(file, item.line(), what + " has no owner"));
            }
            if (!item.hasTicket()) {
                problems.add(Rule.ACTION_PLAN.at(file, item.line(), what + " has no ticket"));
            } else if (!policy.ticketPattern().matcher(item.ticket()).find()) {
                problems.add(Rule.ACTION_PLAN.at(file, item.line(), what + " has ticket '" + item.ticket()
                        + "', which does not match " + policy.ticketPattern().pattern()));
            }
        }
        boolean preventive = p.actionItems().stream()
                .anyMatch(a -> a.type() != null && a.type().toLowerCase(Locale.ROOT).contains("prevent"));
        if (!preventive) {
            problems.add(Rule.ACTION_PLAN.at(file, p.lineOf("action-items"),
                    "no action item of type prevent; at least one should stop a recurrence"));
        }
        return problems;
    }

    static List<Problem> outcomeShared(Postmortem p, Policy policy) {
        if (policy.isReviewed(p.status())) {
            return List.of();
        }
        return List.of(Rule.OUTCOME_SHARED.at(p.sourcePath(), p.lineOf("status"), "status is " + p.status().label()
                + "; the postmortem counts once it is reviewed and shared"));
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? text : CodePoints.prefix(text, 57) + "...";
    }

    /** Entries whose time goes backwards; midnight roll-over is already applied by the reader. */
    static List<Problem> timelineOrder(Postmortem p) {
        List<Problem> problems = new ArrayList<>();
        TimelineEntry previous = null;
        for (TimelineEntry e : p.timeline()) {
            if (e.time() == null || e.date() == null
                    || previous != null && !java.util.Objects.equals(e.zone(), previous.zone())) {
                previous = e.time() == null || e.date() == null ? previous : e;
                continue;
            }
            if (previous != null && e.date().atTime(e.time()).isBefore(previous.date().atTime(previous.time()))) {
                problems.add(Rule.TIMELINE_ORDER.at(p.sourcePath(), e.line(), "timeline entry " + e.timeText()
                        + " comes after " + previous.timeText() + "; keep the timeline in order"));
            }
            previous = e;
        }
        return problems;
    }
}
