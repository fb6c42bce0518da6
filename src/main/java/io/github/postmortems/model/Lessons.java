package io.github.postmortems.model;

import io.github.postmortems.parse.LessonGroup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/** What listings and digests quote of a postmortem's lessons. */
public final class Lessons {

    /** Lessons proper: "Key lessons", "What we learned", "Takeaways", "What we take away". */
    private static final Pattern LEARNED = Pattern.compile("(?i).*\\b(lesson|learn|take ?away|insight).*");
    /** What to change: "What went wrong", "What could have gone better", "Where we can improve". */
    private static final Pattern WRONG = Pattern.compile("(?i).*\\b(wrong|badly|better|improve\\w*|didn.t go well"
            + "|did not go well|problems?|hurt|pain)\\b.*");
    /** Good news, which a digest is not for: "What went well", "Where we got lucky". */
    private static final Pattern WELL = Pattern.compile("(?i).*\\b(went well|go well|lucky|luck|worked)\\b.*");

    /** A listing shows this many points of a group, each cut to this many characters. */
    static final int POINTS = 3;
    static final int POINT_CHARS = 200;

    private Lessons() {
    }

    /**
     * The groups as a listing shows them, cut to a few short points each: the author's structure kept, the
     * memory of a summary bounded.
     */
    static List<LessonGroup> forListing(List<LessonGroup> groups) {
        List<LessonGroup> cut = new ArrayList<>();
        for (LessonGroup g : groups) {
            cut.add(new LessonGroup(g.heading(), g.points().stream().limit(POINTS)
                    .map(p -> Sentences.truncate(p, POINT_CHARS)).toList()));
        }
        return cut;
    }

    /**
     * The lesson a digest quotes: from the lessons themselves, else from what went wrong, else the points under no
     * heading, else any other group, and what went well or lucky only when there is nothing else.
     */
    static String forDigest(List<LessonGroup> groups) {
        return groups.stream().min(Comparator.comparingInt(Lessons::rank))
                .map(g -> Sentences.first(String.join("\n", g.points()), 2, 320)).orElse("");
    }

    private static int rank(LessonGroup g) {
        if (g.heading() == null) {
            return 2;
        }
        if (WELL.matcher(g.heading()).matches()) {
            return 4;
        }
        if (LEARNED.matcher(g.heading()).matches()) {
            return 0;
        }
        return WRONG.matcher(g.heading()).matches() ? 1 : 3;
    }
}
