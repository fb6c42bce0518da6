package io.github.postmortems.validate;

import io.github.postmortems.Problem;
import io.github.postmortems.parse.LinkTarget;
import io.github.postmortems.parse.SafeUrl;
import io.github.postmortems.parse.Postmortem;
import io.github.postmortems.scan.Attachment;
import io.github.postmortems.scan.RefusedAttachment;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks postmortems against the archive's conventions and the review criteria. Pure: postmortems and a policy
 * in, findings out, each at its rule's default level ({@link Policy#apply} re-levels them).
 */
public final class Rules {

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final List<String> METADATA = List.of("date", "authors", "status", "severity", "summary");

    private Rules() {
    }

    /**
     * Findings that need the whole archive: links between files, attachments nobody links to, and two files for
     * the same event in a year.
     *
     * @param postmortems every postmortem read without a structural error, reduced to its links
     */
    public static List<Problem> archive(List<LinkSource> postmortems) {
        Set<String> published = new HashSet<>();
        for (LinkSource p : postmortems) {
            published.add(p.sourcePath());
            for (Attachment a : p.attachments()) {
                published.add(p.folder() + "/" + a.name());
            }
        }
        List<Problem> problems = new ArrayList<>();
        Map<String, String> firstOfEvent = new HashMap<>();
        for (LinkSource p : postmortems.stream().sorted(java.util.Comparator.comparing(LinkSource::sourcePath)).toList()) {
            links(p, published, problems);
            String first = firstOfEvent.putIfAbsent(p.event(), p.sourcePath());
            if (first != null) {
                problems.add(Rule.DUPLICATE_EVENT.at(p.sourcePath(), 1, "same system and event as " + first
                        + " in the same year; give the event a distinct name or merge the two"));
            }
        }
        return problems;
    }

    /** Findings that need only the postmortem itself. */
    public static List<Problem> check(Postmortem p, Policy policy) {
        return check(p, ReviewCriteria.of(p, policy), policy);
    }

    /** The same, with the review criteria already found for it. */
    public static List<Problem> check(Postmortem p, List<Criterion> criteria, Policy policy) {
        List<Problem> problems = new ArrayList<>();
        dateMatchesFileName(p, problems);
        requiredMetadata(p, problems);
        trigger(p, problems);
        problems.addAll(Blameless.check(p, policy.blamelessAllowed()));
        for (Criterion c : criteria) {
            problems.addAll(c.problems());
        }
        problems.addAll(ReviewCriteria.timelineOrder(p));
        reviewDeadline(p, policy, problems);
        return problems;
    }

    /** The file's folder and month prefix say when it happened; the Date must agree, or lists lie. */
    static void dateMatchesFileName(Postmortem p, List<Problem> problems) {
        if (p.date() == null) {
            return;
        }
        if (p.date().getYear() != p.year() || p.date().getMonthValue() != p.month()) {
            problems.add(Rule.DATE_MISMATCH.at(p.sourcePath(), p.lineOf("date"), String.format(Locale.ROOT,
                    "Date %s is in %d-%02d but the file name says %d-%02d; fix the Date or move the file",
                    p.date(), p.date().getYear(), p.date().getMonthValue(), p.year(), p.month())));
        }
    }

    /** A postmortem says which of the five triggers made it one, so the archive can be read by them. */
    static void trigger(Postmortem p, List<Problem> problems) {
        if (p.triggers().isEmpty() && !p.fieldLines().containsKey("postmortem-trigger")) {
            problems.add(Rule.NO_TRIGGER.at(p.sourcePath(), 1, "names no postmortem trigger; add 'trigger:' to the "
                    + "front matter or a line '**Postmortem trigger:** ...' with one or more of: "
                    + io.github.postmortems.parse.PostmortemTrigger.known()));
        }
    }

    static void requiredMetadata(Postmortem p, List<Problem> problems) {
        for (String field : METADATA) {
            boolean present = switch (field) {
                case "authors" -> !p.authors().isEmpty();
                case "severity" -> p.severity() != null;
                case "summary" -> !p.summary().isBlank();
                default -> p.fieldLines().containsKey(field);
            };
            if (!present) {
                String name = Character.toUpperCase(field.charAt(0)) + field.substring(1);
                problems.add(Rule.REQUIRED_METADATA.at(p.sourcePath(), 1, "missing " + name + switch (field) {
                    case "date" -> "; add a line '**Date:** YYYY-MM-DD'";
                    case "status" -> "; treated as Draft";
                    case "summary" -> "; add a Summary section of two or three sentences";
                    default -> "; add a line '**" + name + ":** ...'";
                }));
            }
        }
    }

    static void reviewDeadline(Postmortem p, Policy policy, List<Problem> problems) {
        if (policy.isReviewed(p.status())) {
            return;
        }
        java.time.LocalDate due = p.day().plusDays(policy.reviewDeadlineDays());
        long late = java.time.temporal.ChronoUnit.DAYS.between(due, policy.today());
        if (late > 0) {
            problems.add(Rule.REVIEW_DEADLINE.at(p.sourcePath(), p.lineOf("status"), "still " + p.status().label()
                    + " " + late + (late == 1 ? " day" : " days") + " after its review deadline " + due + " ("
                    + policy.reviewDeadlineDays() + " days after the incident)"));
        }
    }

    /** A link or image whose URL would run script: the page shows its text, unlinked. */
    public static Problem unsafeLink(String file, LinkTarget link) {
        return Rule.UNSAFE_LINK.at(file, link.line(), "link to '" + link.url() + "' would run script ("
                + SafeUrl.scheme(link.url()) + ": URL); it is shown as text, not as a link");
    }

    /**
     * Relative links must stay inside the archive and reach something the site publishes: another postmortem or
     * a file in a postmortem's folder. Attachments nobody links to are reported too.
     */
    static void links(LinkSource p, Set<String> published, List<Problem> problems) {
        Path dir = Path.of(p.sourcePath()).getParent();
        Set<String> linked = new HashSet<>();
        Map<String, RefusedAttachment> refused = new HashMap<>();
        for (RefusedAttachment r : p.refused()) {
            refused.put(p.folder() + "/" + r.name(), r);
        }
        for (LinkTarget link : p.links()) {
            String url = link.url().strip();
            if (!SafeUrl.isSafe(url)) {
                problems.add(unsafeLink(p.sourcePath(), link));
                continue;
            }
            if (url.isEmpty() || url.startsWith("#") || url.startsWith("//") || SCHEME.matcher(url).find()) {
                continue;
            }
            String target = url.replaceFirst("[?#].*$", "");
            try {
                target = URLDecoder.decode(target.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                // leave undecodable targets as written; they will not be found
            }
            if (target.startsWith("/")) {
                problems.add(Rule.BROKEN_LINK.at(p.sourcePath(), link.line(), "link to '" + url
                        + "' is absolute; write it relative to this file so it works on the site and in the repository"));
                continue;
            }
            Path resolved;
            try {
                resolved = dir.resolve(target).normalize();
            } catch (java.nio.file.InvalidPathException e) {
                problems.add(Rule.BROKEN_LINK.at(p.sourcePath(), link.line(), "link to '" + url
                        + "' names no file a file system can hold (" + e.getReason() + ")"));
                continue;
            }
            String relative = resolved.toString().replace('\\', '/');
            if (resolved.startsWith("..") || relative.isEmpty()) {
                problems.add(Rule.BROKEN_LINK.at(p.sourcePath(), link.line(),
                        "link to '" + url + "' leaves the archive"));
            } else if (refused.containsKey(relative)) {
                problems.add(Rule.UNSAFE_ATTACHMENT.at(p.sourcePath(), link.line(), "link to '" + url
                        + "' points to an attachment that is not published: " + refused.get(relative).reason()
                        + "; attach it as .txt or a PDF"));
                linked.add(relative);
            } else if (!published.contains(relative)) {
                problems.add(Rule.BROKEN_LINK.at(p.sourcePath(), link.line(), "link to '" + url + "' points to "
                        + relative + ", which is not a postmortem or an attachment in the archive"));
            } else {
                linked.add(relative);
            }
        }
        for (Map.Entry<String, RefusedAttachment> r : new java.util.TreeMap<>(refused).entrySet()) {
            if (!linked.contains(r.getKey())) {
                problems.add(Rule.UNSAFE_ATTACHMENT.at(r.getKey(), 1, "not published: " + r.getValue().reason()
                        + "; attach it as .txt or a PDF"));
            }
        }
        for (Attachment a : p.attachments()) {
            String path = p.folder() + "/" + a.name();
            if (!linked.contains(path)) {
                problems.add(Rule.UNUSED_ATTACHMENT.at(path, 1, "no link to this attachment in "
                        + p.sourcePath() + "; link it from the postmortem or remove it"));
            }
        }
    }
}
