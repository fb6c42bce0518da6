package io.github.postmortems.newsletter;

import io.github.postmortems.model.Summary;
import io.github.postmortems.model.TicketLinks;
import io.github.postmortems.parse.ActionItem;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The monthly digests of an archive, one per month that has postmortems, newest first. One pass over the
 * postmortems; open action items of earlier months are carried forward, never recounted.
 */
public final class Newsletter {

    /** Open action items of earlier months a digest lists; the rest are counted. */
    public static final int STILL_OPEN_SHOWN = 15;

    private static final Comparator<Summary> OLDEST_FIRST = Comparator.comparing(Summary::day)
            .thenComparing(Summary::sourcePath);

    private Newsletter() {
    }

    /** @param intros editors' intros in Markdown, and their HTML, by month */
    public static List<MonthlyDigest> of(List<Summary> postmortems, TicketLinks tickets,
                                         Map<YearMonth, Intro> intros) {
        Map<YearMonth, List<DigestCard>> cards = new TreeMap<>();
        Map<YearMonth, List<Summary>> sources = new TreeMap<>();
        for (Summary p : postmortems.stream().sorted(OLDEST_FIRST).toList()) {
            YearMonth month = p.newsletterMonth();
            cards.computeIfAbsent(month, m -> new ArrayList<>()).add(DigestCard.of(p));
            sources.computeIfAbsent(month, m -> new ArrayList<>()).add(p);
        }
        List<MonthlyDigest> digests = new ArrayList<>();
        List<DigestAction> openEarlier = new ArrayList<>(); // oldest first, grows month by month
        for (Map.Entry<YearMonth, List<DigestCard>> e : cards.entrySet()) {
            YearMonth month = e.getKey();
            List<DigestCard> all = e.getValue();
            List<Summary> ps = sources.get(month);
            List<DigestLesson> lessons = new ArrayList<>();
            List<DigestAction> opened = new ArrayList<>();
            for (Summary p : ps) {
                if (p.reviewed() && !p.digestLesson().isEmpty()) {
                    lessons.add(new DigestLesson(p.digestLesson(), p.title(), p.pagePath()));
                }
                for (ActionItem a : p.actionItems()) {
                    opened.add(action(a, p, month, tickets));
                }
            }
            Intro intro = intros.get(month);
            List<DigestCard> yearEarlier = cards.getOrDefault(month.minusYears(1), List.of()).stream()
                    .filter(DigestCard::reviewed).toList();
            List<DigestCard> previous = cards.getOrDefault(month.minusMonths(1), List.of());
            digests.add(new MonthlyDigest(month, intro == null ? null : intro.markdown(),
                    intro == null ? null : intro.html(), MonthStats.of(month, all),
                    MonthStats.of(month.minusMonths(1), previous),
                    all.stream().filter(DigestCard::reviewed).toList(),
                    all.stream().filter(c -> !c.reviewed()).toList(), lessons, opened,
                    openEarlier.subList(0, Math.min(STILL_OPEN_SHOWN, openEarlier.size())), openEarlier.size(),
                    yearEarlier));
            opened.stream().filter(a -> !a.done()).forEach(openEarlier::add);
        }
        java.util.Collections.reverse(digests);
        return List.copyOf(digests);
    }

    private static DigestAction action(ActionItem a, Summary p, YearMonth month, TicketLinks tickets) {
        String url = tickets.of(a);
        return new DigestAction(a.description(), a.owner(), a.ticket(), url, a.done(), a.state().label(), p.title(),
                p.pagePath(), month);
    }

    /** An editor's intro: the Markdown as written and as HTML. */
    public record Intro(String markdown, String html) {
    }
}
