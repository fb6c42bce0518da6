package io.github.postmortems.model;

import io.github.postmortems.TestPostmortems;
import io.github.postmortems.parse.LessonGroup;
import io.github.postmortems.parse.Postmortem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LessonsTest {

    private static Postmortem withLessons(String lessons) {
        return TestPostmortems.parse("2025/06.idp.saml.md", "# SAML\n\n**Date:** 2025-06-02\n\n## Lessons Learned\n\n"
                + lessons + "\n\n## Timeline\n\nNone.\n");
    }

    @Test
    void subHeadingsKeepTheirPoints() {
        Postmortem p = withLessons("""
                ### What went well

                - The break-glass login worked.
                - Most IdPs picked up the metadata.

                ### What went wrong

                - Our 2023 fix was narrower than the problem.
                  It covered TLS listeners only.
                - Nobody was paged.

                ### Where we got lucky

                The internal CA was accepted.
                """);
        assertEquals(List.of(
                new LessonGroup("What went well", List.of("The break-glass login worked.",
                        "Most IdPs picked up the metadata.")),
                new LessonGroup("What went wrong", List.of("Our 2023 fix was narrower than the problem. It covered "
                        + "TLS listeners only.", "Nobody was paged.")),
                new LessonGroup("Where we got lucky", List.of("The internal CA was accepted."))), p.lessons());
        assertEquals("Our 2023 fix was narrower than the problem. It covered TLS listeners only.",
                TestPostmortems.summary(p).digestLesson(), "what went wrong before what went well");
    }

    @Test
    void theLessonsThemselvesComeFirstAndGoodNewsLast() {
        assertEquals("Expiry is a class of failure.", TestPostmortems.summary(withLessons("""
                ### What went wrong

                - Nobody was paged.

                ### What we take away

                - Expiry is a class of failure.
                """)).digestLesson());
        assertEquals("Alerts keyed by hostname do not survive a migration. Compliance changes are production changes.",
                TestPostmortems.summary(withLessons("""
                - Alerts keyed by hostname do not survive a migration.
                - Compliance changes are production changes.
                - A third point.
                """)).digestLesson(), "points under no heading");
        assertEquals("The break-glass login worked.", TestPostmortems.summary(withLessons("""
                ### What went well

                - The break-glass login worked.
                """)).digestLesson(), "what went well when there is nothing else");
    }

    @Test
    void listingsKeepThreeShortPointsPerGroup() {
        String longPoint = "word ".repeat(60).strip() + ".";
        Summary s = TestPostmortems.summary(withLessons("- one\n- two\n- three\n- four\n- " + longPoint + "\n"));
        assertEquals(List.of(new LessonGroup(null, List.of("one", "two", "three"))), s.lessonGroups());
        assertEquals(List.of(new LessonGroup(null, List.of(longPoint.substring(0, 199) + "…"))),
                TestPostmortems.summary(withLessons("- " + longPoint + "\n")).lessonGroups());
    }
}
