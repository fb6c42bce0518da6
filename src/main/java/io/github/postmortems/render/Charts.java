package io.github.postmortems.render;

import io.github.postmortems.aggregate.Catalog;
import io.github.postmortems.aggregate.MonthCount;
import io.github.postmortems.aggregate.QuarterCount;
import io.github.postmortems.aggregate.SystemHistory;
import io.github.postmortems.aggregate.YearSummary;
import io.github.postmortems.model.Summary;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * Charts drawn as inline SVG at build time, so they need no JavaScript. Colours come from the stylesheet by
 * class, so they follow light and dark mode; every mark has a title for hover and screen readers.
 */
public final class Charts {

    static final int WIDTH = 720;
    private static final int LEFT = 64;
    private static final int RIGHT = 16;
    private static final int LANE = 24;

    private final Catalog catalog;

    Charts(Catalog catalog) {
        this.catalog = catalog;
    }

    /** A system's incidents along time, one lane per severity, linked to their pages. */
    public String timeline(SystemHistory system, String root) {
        List<String> lanes = catalog.severities();
        LocalDate start = LocalDate.of(catalog.newestFirst().get(catalog.newestFirst().size() - 1).day().getYear(), 1, 1);
        LocalDate end = LocalDate.of(catalog.newestFirst().get(0).day().getYear() + 1, 1, 1);
        double span = ChronoUnit.DAYS.between(start, end);
        int plot = WIDTH - LEFT - RIGHT;
        int height = 8 + lanes.size() * LANE + 24;
        Svg svg = new Svg(height, "group", "timeline-" + system.name(), "Incidents of " + system.name() + " over time",
                system.postmortems().size() + " incidents from " + start.getYear() + " to " + (end.getYear() - 1)
                        + ", one row per severity");
        for (int i = 0; i < lanes.size(); i++) {
            double y = 8 + i * LANE + LANE / 2.0;
            svg.add("<text class=\"axis\" x=\"" + (LEFT - 8) + "\" y=\"" + num(y + 4) + "\" text-anchor=\"end\">"
                    + Svg.escape(lanes.get(i)) + "</text>");
            svg.add("<line class=\"lane\" x1=\"" + LEFT + "\" y1=\"" + num(y) + "\" x2=\"" + (WIDTH - RIGHT) + "\" y2=\""
                    + num(y) + "\"/>");
        }
        int bottom = 8 + lanes.size() * LANE;
        for (int year = start.getYear(); year < end.getYear(); year++) {
            double x0 = LEFT + ChronoUnit.DAYS.between(start, LocalDate.of(year, 1, 1)) / span * plot;
            double x1 = LEFT + ChronoUnit.DAYS.between(start, LocalDate.of(year + 1, 1, 1)) / span * plot;
            svg.add("<line class=\"tick\" x1=\"" + num(x0) + "\" y1=\"8\" x2=\"" + num(x0) + "\" y2=\"" + bottom + "\"/>");
            svg.add("<text class=\"axis\" x=\"" + num((x0 + x1) / 2) + "\" y=\"" + (bottom + 16)
                    + "\" text-anchor=\"middle\">" + year + "</text>");
        }
        List<Summary> oldestFirst = new java.util.ArrayList<>(system.postmortems());
        java.util.Collections.reverse(oldestFirst); // later marks draw on top
        for (Summary p : oldestFirst) {
            double x = LEFT + ChronoUnit.DAYS.between(start, p.day()) / span * plot;
            double y = 8 + lanes.indexOf(severity(p)) * LANE + LANE / 2.0;
            boolean repeat = catalog.repeatOf(p.sourcePath()) != null;
            svg.add("<a href=\"" + Svg.escape(root + p.pagePath()) + "\"><circle class=\"dot " + cssClass(severity(p))
                    + (repeat ? " repeat" : "") + "\" cx=\"" + num(x) + "\" cy=\"" + num(y) + "\" r=\"6\"><title>"
                    + Svg.escape(p.dateText() + " · " + severity(p) + (repeat ? " · repeat" : "") + " · " + p.title())
                    + "</title></circle></a>");
        }
        return svg.toString();
    }

    /** Incidents per quarter of the archive's span. */
    public String quarters(SystemHistory system) {
        List<QuarterCount> quarters = system.quarters();
        int height = 120;
        int plot = WIDTH - LEFT - RIGHT;
        int top = 8;
        int bottom = height - 24;
        int max = Math.max(1, quarters.stream().mapToInt(QuarterCount::count).max().orElse(1));
        double band = (double) plot / Math.max(1, quarters.size());
        Svg svg = new Svg(height, "img", "quarters-" + system.name(), "Incidents of " + system.name() + " per quarter",
                "Bars from " + (quarters.isEmpty() ? "" : quarters.get(0).label()) + " to "
                        + (quarters.isEmpty() ? "" : quarters.get(quarters.size() - 1).label()) + "; the tallest is "
                        + max + (max == 1 ? " incident" : " incidents"));
        valueAxis(svg, max, top, bottom);
        for (int i = 0; i < quarters.size(); i++) {
            QuarterCount q = quarters.get(i);
            double x = LEFT + i * band;
            double h = (double) q.count() / max * (bottom - top);
            if (q.count() > 0) {
                svg.add("<rect class=\"bar\" x=\"" + num(x + 2) + "\" y=\"" + num(bottom - h) + "\" width=\""
                        + num(band - 4) + "\" height=\"" + num(h) + "\"><title>" + q.label() + ": " + q.count()
                        + (q.count() == 1 ? " incident" : " incidents") + "</title></rect>");
            }
            if (q.quarter() == 1) {
                svg.add("<text class=\"axis\" x=\"" + num(x + 2) + "\" y=\"" + (bottom + 16) + "\">" + q.year() + "</text>");
            }
        }
        return svg.toString();
    }

    /**
     * Incidents per month over the archive's span, stacked by severity, with month initials under the bars. A bar
     * links to its month on the year's page; the home page, at the site root, is where links start from.
     */
    public String months() {
        List<MonthCount> months = catalog.months();
        List<String> severities = catalog.severities();
        int height = 176;
        int plot = WIDTH - LEFT - RIGHT;
        int top = 8;
        int bottom = height - 40;
        int max = Math.max(1, months.stream().mapToInt(MonthCount::total).max().orElse(1));
        double band = (double) plot / Math.max(1, months.size());
        int every = labelEvery(band);
        java.util.Set<String> listed = new java.util.HashSet<>();
        for (YearSummary y : catalog.years()) {
            listed.add(y.pagePath());
            y.months().forEach(m -> listed.add(monthAnchor(y.year(), m.month())));
        }
        Svg svg = new Svg(height, "group", "months", "Incidents per month",
                catalog.newestFirst().size() + " incidents over " + months.size() + " months; the busiest month had "
                        + max + ", colour by severity");
        valueAxis(svg, max, top, bottom);
        for (int i = 0; i < months.size(); i++) {
            MonthCount m = months.get(i);
            double x = LEFT + i * band;
            double y = bottom;
            StringBuilder title = new StringBuilder(m.label() + ": " + m.total() + (m.total() == 1 ? " incident" : " incidents"));
            String sep = " (";
            for (String severity : severities) {
                Integer n = m.bySeverity().get(severity);
                if (n == null) {
                    continue;
                }
                title.append(sep).append(severity).append(": ").append(n);
                sep = ", ";
            }
            if (m.total() > 0) {
                title.append(')');
            }
            // the year page lists a month by the file's month, which an incident's date may not share
            String year = m.year() + "/index.html";
            String href = listed.contains(monthAnchor(m.year(), m.month())) ? monthAnchor(m.year(), m.month())
                    : listed.contains(year) ? year : null;
            boolean link = m.total() > 0 && href != null;
            svg.add((link ? "<a href=\"" + Svg.escape(href) + "\">" : "<g>") + "<title>" + Svg.escape(title.toString())
                    + "</title>");
            for (String severity : severities) {
                Integer n = m.bySeverity().get(severity);
                if (n == null) {
                    continue;
                }
                double h = (double) n / max * (bottom - top);
                y -= h;
                svg.add("<rect class=\"bar " + cssClass(severity) + "\" x=\"" + num(x + 1) + "\" y=\"" + num(y)
                        + "\" width=\"" + num(Math.max(1, band - 2)) + "\" height=\"" + num(h) + "\"/>");
            }
            svg.add(link ? "</a>" : "</g>");
            if ((m.month() - 1) % every == 0) {
                // each bar's title names its month; the initials are for the eye only
                svg.add("<text class=\"axis\" x=\"" + num(x + band / 2) + "\" y=\"" + (bottom + 14)
                        + "\" text-anchor=\"middle\" aria-hidden=\"true\">" + monthLabel(m.month(), every) + "</text>");
            }
            if (m.month() == 1 || i == 0) {
                svg.add("<text class=\"axis\" x=\"" + num(x + 1) + "\" y=\"" + (bottom + 32) + "\">" + m.year() + "</text>");
            }
        }
        return svg.toString();
    }

    private static String monthAnchor(int year, int month) {
        return year + "/index.html#m" + month;
    }

    /** Every month when its initial fits under its bar (12 px), else every quarter, half or year by name. */
    static int labelEvery(double band) {
        for (int every : new int[] {1, 3, 6}) {
            if (band * every >= (every == 1 ? 12 : 28)) {
                return every;
            }
        }
        return 12;
    }

    private static String monthLabel(int month, int every) {
        String name = Catalog.monthName(month).substring(0, 3); // the pages are in English
        return every == 1 ? name.substring(0, 1) : name;
    }

    /** The tallest value at the top left, and the baseline bars stand on. */
    private static void valueAxis(Svg svg, int max, int top, int bottom) {
        svg.add("<text class=\"axis\" x=\"" + (LEFT - 8) + "\" y=\"" + (top + 10) + "\" text-anchor=\"end\">" + max
                + "</text>");
        svg.add("<line class=\"lane\" x1=\"" + LEFT + "\" y1=\"" + bottom + "\" x2=\"" + (WIDTH - RIGHT) + "\" y2=\""
                + bottom + "\"/>");
    }

    private static String severity(Summary p) {
        return p.severityLabel();
    }

    /** "SEV-1" → "sev-1"; the stylesheet colours sev-1 to sev-4. */
    static String cssClass(String severity) {
        return severity.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    static String num(double v) {
        String s = String.format(Locale.ROOT, "%.1f", v);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    /** Accumulates an accessible SVG element. */
    private static final class Svg {
        private final StringBuilder out = new StringBuilder();

        /** @param role "img" for a picture; "group" when it holds links, which an image may not */
        Svg(int height, String role, String id, String title, String description) {
            out.append("<svg class=\"chart\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                    .append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                    .append("\" role=\"").append(role).append("\" aria-labelledby=\"").append(escape(id)).append("-title ")
                    .append(escape(id)).append("-desc\" xmlns=\"http://www.w3.org/2000/svg\">")
                    .append("<title id=\"").append(escape(id)).append("-title\">").append(escape(title)).append("</title>")
                    .append("<desc id=\"").append(escape(id)).append("-desc\">").append(escape(description)).append("</desc>");
        }

        void add(String element) {
            out.append('\n').append(element);
        }

        static String escape(String s) {
            return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                    .replace("'", "&#39;");
        }

        @Override
        public String toString() {
            return out + "\n</svg>";
        }
    }
}
