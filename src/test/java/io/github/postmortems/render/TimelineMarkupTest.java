package io.github.postmortems.render;

import io.github.postmortems.TestPostmortems;
import io.github.postmortems.model.IncidentTimes;
import io.github.postmortems.parse.Postmortem;
import io.github.postmortems.parse.Section;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The timeline as a page shows it: time since the start and the marked moments, from the parser's HTML. */
class TimelineMarkupTest {

    private static String timeline(String markdown) {
        Postmortem p = TestPostmortems.parse("2024/03.payments.card-timeouts.md", markdown);
        Section s = p.sections().stream().filter(x -> "timeline".equals(x.key())).findFirst().orElseThrow();
        return TimelineMarkup.of(s.html(), p.timeline(), IncidentTimes.of(p, ZoneOffset.UTC), ZoneOffset.UTC);
    }

    @Test
    void aTableGetsASinceStartColumnBesideTheTime() {
        assertEquals("""
                <table tabindex="0">
                <thead>
                <tr><th>Time (UTC)</th><th class="since">Since start</th><th>Description</th></tr>
                </thead>
                <tbody>
                <tr><td>13:50</td><td class="since">T-0:10</td><td>Deploy of <code>pool-size=20</code></td></tr>
                <tr><td>14:00</td><td class="since">T+0:00</td><td><strong class="moment">INCIDENT BEGINS</strong>: card payments time out</td></tr>
                <tr><td>14:41</td><td class="since">T+0:41</td><td><strong class="moment">DETECTED</strong> by <a href="https://status.example/x">the status page</a></td></tr>
                <tr><td>2024-03-15 16:05</td><td class="since">T+1d 2:05</td><td><strong class="moment">RESOLVED</strong></td></tr>
                <tr><td>later</td><td class="since"></td><td>retro</td></tr>
                </tbody>
                </table>
                """, timeline("""
                # Card timeouts

                **Date:** 2024-03-14

                ## Timeline

                2024-03-14

                | Time (UTC) | Description |
                |---|---|
                | 13:50 | Deploy of `pool-size=20` |
                | 14:00 | INCIDENT BEGINS: card payments time out |
                | 14:41 | DETECTED by [the status page](https://status.example/x) |
                | 2024-03-15 16:05 | RESOLVED |
                | later | retro |
                """).replaceFirst("(?s)^<p>.*?</p>\n", ""));
    }

    @Test
    void aListGetsTheTimeSinceStartInFrontAndTimesInOtherZonesCount() {
        assertEquals("""
                <ul>
                <li><span class="since">T+0:00</span> 18:21 <strong class="moment">INCIDENT BEGINS</strong>: failures rise</li>
                <li><span class="since">T+0:08</span> 19:29 CET <strong class="moment">DETECTED</strong>: <code>DETECTED</code> pages @ben</li>
                </ul>
                """, timeline("""
                # Route leak

                **Date:** 2025-09-16

                ## Timeline

                2025-09-16 (all times UTC)

                - 18:21 INCIDENT BEGINS: failures rise
                - 19:29 CET DETECTED: `DETECTED` pages @ben
                """).replaceFirst("(?s)^<p>.*?</p>\n", ""));
    }

    @Test
    void withoutAStartTheMomentsAreStillMarked() {
        assertEquals("""
                <ul>
                <li>18:29 <strong class="moment">DETECTED</strong>: pages @ben</li>
                </ul>
                """, timeline("""
                # Route leak

                **Date:** 2025-09-16

                ## Timeline

                - 18:29 DETECTED: pages @ben
                """));
    }

    @Test
    void sinceStartReadsAsHoursAndMinutes() {
        assertEquals(List.of("T+0:41", "T-0:05", "T+2:00", "T+1d 0:01", ""),
                java.util.Arrays.asList(TimelineMarkup.sinceStart(Duration.ofMinutes(41)),
                        TimelineMarkup.sinceStart(Duration.ofMinutes(-5)), TimelineMarkup.sinceStart(Duration.ofHours(2)),
                        TimelineMarkup.sinceStart(Duration.ofMinutes(24 * 60 + 1)), TimelineMarkup.sinceStart(null)));
    }
}
