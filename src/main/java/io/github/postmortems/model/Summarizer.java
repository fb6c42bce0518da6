package io.github.postmortems.model;

import io.github.postmortems.CodePoints;
import io.github.postmortems.history.FileHistory;
import io.github.postmortems.parse.LinkTarget;
import io.github.postmortems.parse.Postmortem;
import io.github.postmortems.parse.Section;
import io.github.postmortems.validate.Policy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Derives a postmortem's facts once, under the build's zone and policy, into its {@link Summary}. */
public final class Summarizer {

    /** Words with which authors point at the incident they are repeating. */
    private static final Pattern REPEAT_WORDS = Pattern.compile(
            "(?i)\\b(repeat\\w*|again|recurr\\w*|same (?:problem|issue|failure|cause|root cause|incident|bug)"
                    + "|same (?:kind|sort|type|class) of|second time|happened before|what happened|like last time"
                    + "|once more)\\b");
    /** Enough of a section for any listing's excerpt (the system page shows 280 characters). */
    private static final int EXCERPT = 400;

    private final ZoneId zone;
    private final Policy policy;

    public Summarizer(ZoneId zone, Policy policy) {
        this.zone = zone;
        this.policy = policy;
    }

    public Summary summarize(Postmortem p) {
        return summarize(p, null);
    }

    /** @param file what git says of the postmortem's file, or null */
    public Summary summarize(Postmortem p, FileHistory file) {
        PageHistory history = history(file);
        IncidentTimes times = IncidentTimes.of(p, zone);
        Section lessons = p.section("lessons-learned");
        Section rootCauses = p.section("root-causes");
        boolean reviewed = policy.isReviewed(p.status());
        return new Summary(p.sourcePath(), p.year(), p.month(), p.system(), p.event(), p.title(), p.date(),
                p.authors(), p.status(), p.severity(), p.summary(), p.actionItems(), p.tags(), times, reviewed,
                newsletterMonth(p, times), lessons == null ? null : new Summary.Excerpt(lessons.id(),
                cut(lessons.text())), Lessons.forListing(p.lessons()), Lessons.forDigest(p.lessons()),
                rootCauses == null ? "" : Sentences.first(rootCauses.text(), 2, 320), repeatLinks(p),
                p.triggers(), declared(p, "duplicate-of"), declared(p, "follows"), history, reviewFrom(p, history),
                p.timeline().size(), ClubStep.decisions(p.timeline()), p.extraFields());
    }

    /** The history in the site's zone, so the page and the review clock agree on days. */
    private PageHistory history(FileHistory file) {
        if (file == null) {
            return null;
        }
        return new PageHistory(file.repositoryPath(), LocalDate.ofInstant(file.lastChanged(), zone),
                file.lastAuthor(), LocalDate.ofInstant(file.firstCommitted(), zone));
    }

    /**
     * The day the review deadline counts from: the Date; without one, the day the postmortem was first committed,
     * which is closer than the first of its month. The check and the review queue both use it.
     */
    public LocalDate reviewFrom(Postmortem p, FileHistory file) {
        return reviewFrom(p, history(file));
    }

    private static LocalDate reviewFrom(Postmortem p, PageHistory history) {
        if (p.date() == null && history != null) {
            return history.firstCommitted();
        }
        return p.day();
    }

    /**
     * The month a postmortem belongs to: the incident's start converted to the site's zone when the timeline or
     * front matter gives one, else its Date, else the month of its file name.
     */
    private YearMonth newsletterMonth(Postmortem p, IncidentTimes times) {
        if (times.started() != null) {
            return YearMonth.from(times.started().withZoneSameInstant(zone));
        }
        return YearMonth.from(p.day());
    }

    private static String cut(String text) {
        return CodePoints.prefix(text, EXCERPT);
    }

    /** Archive paths that front matter's {@code key:} names (the parser makes them links with that context). */
    private static List<String> declared(Postmortem p, String key) {
        List<String> targets = new ArrayList<>();
        for (LinkTarget link : p.links()) {
            if (link.context().startsWith(key + ": ")) {
                archivePath(p, link.url(), targets);
            }
        }
        return targets;
    }

    /**
     * Adds the archive path a link from {@code p} points to; a target no file system can hold names no postmortem
     * of the archive (the link rule reports it), so it adds nothing.
     */
    private static void archivePath(Postmortem p, String target, List<String> targets) {
        try {
            targets.add(Path.of(p.sourcePath()).getParent().resolve(target).normalize().toString().replace('\\', '/'));
        } catch (java.nio.file.InvalidPathException e) {
            // nothing to add
        }
    }

    /** Links to another postmortem's Markdown in a paragraph that says this happened again. */
    private static List<String> repeatLinks(Postmortem p) {
        List<String> targets = new ArrayList<>();
        for (LinkTarget link : p.links()) {
            String target = link.url().replaceFirst("[?#].*$", "");
            if (target.endsWith(".md") && !target.contains(":") && REPEAT_WORDS.matcher(link.context()).find()) {
                archivePath(p, target, targets);
            }
        }
        return targets;
    }
}
