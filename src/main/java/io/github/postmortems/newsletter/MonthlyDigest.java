package io.github.postmortems.newsletter;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * One month's newsletter digest: what happened, what it taught us, what is still to do.
 *
 * @param introMarkdown the editor's intro as written in {@code newsletter/YYYY-MM.md}, or null
 * @param introHtml the intro rendered with raw HTML escaped, or null
 * @param numbers every incident of the month, reviewed or not
 * @param previous the calendar month before, which may have no incidents at all
 * @param reviewed reviewed and closed postmortems, the month's shared results, oldest first
 * @param inReview drafts and postmortems in review, listed apart
 * @param opened action items of this month's postmortems
 * @param stillOpen open action items of earlier months, oldest first, at most {@link Newsletter#STILL_OPEN_SHOWN}
 * @param stillOpenTotal how many open action items earlier months have in all
 * @param fromArchive reviewed postmortems of the same month a year earlier
 */
public record MonthlyDigest(YearMonth month, String introMarkdown, String introHtml, MonthStats numbers,
                            MonthStats previous, List<DigestCard> reviewed, List<DigestCard> inReview,
                            List<DigestLesson> lessons, List<DigestAction> opened, List<DigestAction> stillOpen,
                            int stillOpenTotal, List<DigestCard> fromArchive) {

    public MonthlyDigest {
        reviewed = List.copyOf(reviewed);
        inReview = List.copyOf(inReview);
        lessons = List.copyOf(lessons);
        opened = List.copyOf(opened);
        stillOpen = List.copyOf(stillOpen);
        fromArchive = List.copyOf(fromArchive);
    }

    /** {@code 2025-03}, the digest's file name. */
    public String slug() {
        return month.toString();
    }

    /** "March 2025". */
    public String monthName() {
        return name(month);
    }

    public String previousMonthName() {
        return name(previous.month());
    }

    public String yearEarlierName() {
        return name(month.minusYears(1));
    }

    public String pagePath() {
        return "newsletter/" + slug() + ".html";
    }

    public String emailPath() {
        return "newsletter/" + slug() + ".email.html";
    }

    public String textPath() {
        return "newsletter/" + slug() + ".txt";
    }

    /** The digest in Slack's mrkdwn. */
    public String slackPath() {
        return "newsletter/" + slug() + ".slack.txt";
    }

    public String markdownPath() {
        return "newsletter/" + slug() + ".md";
    }

    public long openedStillOpen() {
        return opened.stream().filter(a -> !a.done()).count();
    }

    /** The change in incidents from the previous month: "+2", "-1" or "no change". */
    public String incidentChange() {
        int d = numbers.incidents() - previous.incidents();
        return d == 0 ? "no change" : (d > 0 ? "+" : "-") + Math.abs(d);
    }

    /** A first line that says what the month was, for previews and the feed. */
    public String headline() {
        return numbers.incidents() + (numbers.incidents() == 1 ? " incident" : " incidents") + " in " + monthName()
                + " (" + previousMonthName() + ": " + previous.incidents() + "); " + reviewed.size() + " reviewed, "
                + inReview.size() + " in review.";
    }

    public static String name(YearMonth m) {
        return m.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + m.getYear();
    }
}
