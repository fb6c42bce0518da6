package io.github.postmortems.render;

import io.github.postmortems.aggregate.Catalog;
import io.github.postmortems.parse.Postmortem;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.List;

import static io.github.postmortems.TestPostmortems.incident;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Exact SVG geometry for a two-incident archive: 2023-01-01 to 2025-01-01 is 731 days over 640 px. */
class ChartsTest {

    private final Postmortem first = incident("2023/02.db.failover.md", "2023-02-10", "SEV-2", "10:00", "11:00", "");
    private final Postmortem again = incident("2024/05.db.pool.md", "2024-05-01", "SEV-3", "09:00", "13:00",
            "## Summary\n\nThe <pool> ran dry again, see [February](../2023/02.db.failover.md).");
    private final Catalog catalog = Catalog.of(io.github.postmortems.TestPostmortems.summaries(first, again), 365);

    @Test
    void timelinePlacesIncidentsByDayAndSeverity() {
        assertEquals("""
                <svg class="chart" viewBox="0 0 720 80" width="720" height="80" role="group" \
                aria-labelledby="timeline-db-title timeline-db-desc" xmlns="http://www.w3.org/2000/svg">\
                <title id="timeline-db-title">Incidents of db over time</title>\
                <desc id="timeline-db-desc">2 incidents from 2023 to 2024, one row per severity</desc>
                <text class="axis" x="56" y="24" text-anchor="end">SEV-2</text>
                <line class="lane" x1="64" y1="20" x2="704" y2="20"/>
                <text class="axis" x="56" y="48" text-anchor="end">SEV-3</text>
                <line class="lane" x1="64" y1="44" x2="704" y2="44"/>
                <line class="tick" x1="64" y1="8" x2="64" y2="56"/>
                <text class="axis" x="223.8" y="72" text-anchor="middle">2023</text>
                <line class="tick" x1="383.6" y1="8" x2="383.6" y2="56"/>
                <text class="axis" x="543.8" y="72" text-anchor="middle">2024</text>
                <a href="../2023/02.db.failover.html"><circle class="dot sev-2" cx="99" cy="20" r="6">\
                <title>2023-02-10 · SEV-2 · 2023/02.db.failover.md</title></circle></a>
                <a href="../2024/05.db.pool.html"><circle class="dot sev-3 repeat" cx="489.5" cy="44" r="6">\
                <title>2024-05-01 · SEV-3 · repeat · 2024/05.db.pool.md</title></circle></a>
                </svg>""", new Charts(catalog).timeline(catalog.system("db"), "../"));
    }

    @Test
    void quartersAreBarsScaledToTheBusiestQuarter() {
        String svg = new Charts(catalog).quarters(catalog.system("db"));
        assertEquals(List.of(
                        "<rect class=\"bar\" x=\"66\" y=\"8\" width=\"102.7\" height=\"88\"><title>2023 Q1: 1 incident</title></rect>",
                        "<rect class=\"bar\" x=\"599.3\" y=\"8\" width=\"102.7\" height=\"88\"><title>2024 Q2: 1 incident</title></rect>"),
                svg.lines().filter(l -> l.startsWith("<rect")).toList());
        assertEquals(List.of("<text class=\"axis\" x=\"66\" y=\"112\">2023</text>",
                        "<text class=\"axis\" x=\"492.7\" y=\"112\">2024</text>"),
                svg.lines().filter(l -> l.startsWith("<text class=\"axis\" x=\"") && l.contains("y=\"112\"")).toList());
    }

    @Test
    void monthsStackBySeverityWithATitlePerMonth() {
        List<String> groups = new Charts(catalog).months().lines()
                .filter(l -> l.startsWith("<g>") || l.startsWith("<a ")).toList();
        assertEquals(16, groups.size());
        assertEquals("<a href=\"2023/index.html#m2\"><title>2023-02: 1 incident (SEV-2: 1)</title>", groups.get(0));
        assertEquals("<g><title>2023-03: 0 incidents</title>", groups.get(1));
    }

    @Test
    void monthsBarsLinkToTheirMonthAndEveryMonthHasItsInitial() {
        assertEquals("""
                <text class="axis" x="56" y="18" text-anchor="end">1</text>
                <line class="lane" x1="64" y1="136" x2="704" y2="136"/>
                <a href="2023/index.html#m2"><title>2023-02: 1 incident (SEV-2: 1)</title>
                <rect class="bar sev-2" x="65" y="8" width="38" height="128"/>
                </a>
                <text class="axis" x="84" y="150" text-anchor="middle" aria-hidden="true">F</text>
                <text class="axis" x="65" y="168">2023</text>
                <g><title>2023-03: 0 incidents</title>
                </g>
                <text class="axis" x="124" y="150" text-anchor="middle" aria-hidden="true">M</text>""",
                String.join("\n", new Charts(catalog).months().lines().skip(1).limit(10).toList()));
    }

    @Test
    void aBarLinksOnlyToAListingThatExists() {
        // filed in January 2025 for a New Year's Eve incident: no 2024 page, and 2025's page lists it under January
        Postmortem newYear = incident("2025/01.db.new-year.md", "2024-12-31", "SEV-2", "23:00", "23:30", "");
        Postmortem late = incident("2025/03.db.late.md", "2025-02-27", "SEV-2", "10:00", "11:00", "");
        Catalog c = Catalog.of(io.github.postmortems.TestPostmortems.summaries(newYear, late), 365);
        assertEquals(List.of("<g><title>2024-12: 1 incident (SEV-2: 1)</title>", "<g><title>2025-01: 0 incidents</title>",
                        "<a href=\"2025/index.html\"><title>2025-02: 1 incident (SEV-2: 1)</title>"),
                new Charts(c).months().lines().filter(l -> l.startsWith("<g>") || l.startsWith("<a ")).toList());
    }

    @Test
    void monthLabelsThinOutWhenBarsNarrow() {
        assertEquals(List.of(1, 3, 6, 12), java.util.stream.DoubleStream.of(40, 10, 5, 4)
                .mapToObj(Charts::labelEvery).toList());
    }

    @Test
    void titlesAreEscaped() {
        Postmortem hostile = io.github.postmortems.TestPostmortems.parse("2024/06.db.x.md",
                "---\ndate: 2024-06-01\nseverity: '\"><script>'\n---\n# <b>x</b>\n");
        Catalog c = Catalog.of(io.github.postmortems.TestPostmortems.summaries(hostile), 365);
        String svg = new Charts(c).timeline(c.system("db"), "../");
        assertEquals(List.of("<text class=\"axis\" x=\"56\" y=\"24\" text-anchor=\"end\">&quot;&gt;&lt;script&gt;</text>"),
                svg.lines().filter(l -> l.contains("text-anchor=\"end\"")).toList());
        assertEquals(List.of("<a href=\"../2024/06.db.x.html\"><circle class=\"dot script\" cx=\"329.8\" cy=\"20\" r=\"6\">"
                        + "<title>2024-06-01 · &quot;&gt;&lt;script&gt; · &lt;b&gt;x&lt;/b&gt;</title></circle></a>"),
                svg.lines().filter(l -> l.startsWith("<a ")).toList());
    }
}
