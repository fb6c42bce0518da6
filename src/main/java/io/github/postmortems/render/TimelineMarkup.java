package io.github.postmortems.render;

import io.github.postmortems.model.IncidentTimes;
import io.github.postmortems.parse.Marker;
import io.github.postmortems.parse.TimelineEntry;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * A timeline as a page shows it: each entry with its time since the incident began ({@code T+0:41}) and the
 * moments it marks (INCIDENT BEGINS, DETECTED, ...) set apart. Done at build time, so it needs no script.
 * The rows and items come from the parser with their source line ({@code data-line}), which names the entry
 * read from each.
 */
public final class TimelineMarkup {

    private TimelineMarkup() {
    }

    /**
     * @param html        the timeline section as the parser rendered it
     * @param defaultZone the zone of times whose timeline names none
     */
    public static String of(String html, List<TimelineEntry> entries, IncidentTimes times, ZoneId defaultZone) {
        Map<Integer, TimelineEntry> byLine = new HashMap<>();
        entries.forEach(e -> byLine.putIfAbsent(e.line(), e));
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        boolean since = times.started() != null;
        List<Element> tables = new ArrayList<>();
        for (Element row : doc.select("[data-line]")) {
            TimelineEntry entry = byLine.get(Integer.parseInt(row.attr("data-line")));
            row.removeAttr("data-line");
            markMoments(row);
            if (!since) {
                continue;
            }
            String text = entry == null ? "" : sinceStart(times.sinceStart(entry, defaultZone));
            if (row.tagName().equals("tr")) {
                // beside the time, which authors put first
                Element first = row.firstElementChild();
                Element cell = new Element("td").addClass("since").text(text);
                if (first == null) {
                    row.appendChild(cell);
                } else {
                    first.after(cell);
                }
                Element table = row.closest("table");
                if (table != null && !tables.contains(table)) {
                    tables.add(table);
                }
            } else if (!text.isEmpty()) {
                row.prependChild(new TextNode(" "));
                row.prependChild(new Element("span").addClass("since").text(text));
            }
        }
        for (Element table : tables) {
            for (Element head : table.select("thead > tr")) {
                Element th = new Element("th").addClass("since").text("Since start");
                if (head.firstElementChild() == null) {
                    head.appendChild(th);
                } else {
                    head.firstElementChild().after(th);
                }
            }
        }
        return doc.body().html();
    }

    /** {@code T+0:41}, {@code T+1d 2:05}; {@code T-0:12} before the start; empty when unknown. */
    static String sinceStart(Duration d) {
        if (d == null) {
            return "";
        }
        long minutes = Math.abs(d.toMinutes());
        long days = minutes / (24 * 60);
        long rest = minutes % (24 * 60);
        return (d.isNegative() ? "T-" : "T+") + (days > 0 ? days + "d " : "")
                + String.format(java.util.Locale.ROOT, "%d:%02d", rest / 60, rest % 60);
    }

    /** Wraps each capitalised moment word of the row's text in {@code <strong class="moment">}. */
    private static void markMoments(Element row) {
        for (TextNode text : textOf(row)) {
            String s = text.getWholeText();
            Matcher m = Marker.words(s);
            int at = 0;
            List<Node> parts = new ArrayList<>();
            while (m.find()) {
                if (m.start() > at) {
                    parts.add(new TextNode(s.substring(at, m.start())));
                }
                parts.add(new Element("strong").addClass("moment").text(m.group()));
                at = m.end();
            }
            if (parts.isEmpty()) {
                continue;
            }
            if (at < s.length()) {
                parts.add(new TextNode(s.substring(at)));
            }
            for (Node part : parts) {
                text.before(part);
            }
            text.remove();
        }
    }

    private static List<TextNode> textOf(Element row) {
        List<TextNode> texts = new ArrayList<>();
        for (Element e : row.select("*")) {
            // code and links keep their words as written
            if (e.closest("code, a, strong.moment") == null) {
                texts.addAll(e.textNodes());
            }
        }
        return texts;
    }
}
