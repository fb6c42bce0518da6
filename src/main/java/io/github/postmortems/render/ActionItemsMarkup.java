package io.github.postmortems.render;

import io.github.postmortems.parse.ActionItem;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

import java.util.TreeSet;
import java.util.List;
import java.util.Set;

/**
 * An author's action items table as a page shows it: each cell names its column ({@code data-label}), so that on a
 * phone a row can be a card with Ticket and Status in view (style.css), and a ticket id never breaks at its
 * hyphen ("PAY-" above "301").
 */
public final class ActionItemsMarkup {

    private ActionItemsMarkup() {
    }

    /** @param html the action items section as the parser rendered it */
    public static String of(String html, List<ActionItem> items) {
        Set<String> tickets = new TreeSet<>();
        items.forEach(a -> {
            if (a.hasTicket()) {
                tickets.add(a.ticket());
            }
        });
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        for (Element table : doc.select("table")) {
            List<String> labels = table.select("thead th").eachText();
            table.addClass("cards");
            for (Element row : table.select("tbody > tr")) {
                for (int i = 0; i < row.children().size() && i < labels.size(); i++) {
                    row.child(i).attr("data-label", labels.get(i));
                }
            }
        }
        for (Element e : doc.select("td, li")) {
            if (e.closest("a, code") != null) {
                continue;
            }
            for (TextNode text : e.textNodes()) {
                keepWhole(text, tickets);
            }
        }
        for (Element a : doc.select("a")) {
            if (tickets.contains(a.text().strip())) {
                a.addClass("nowrap");
            }
        }
        return doc.body().html();
    }

    /** Wraps each ticket id standing as a word in the text in {@code <span class="nowrap">}. */
    private static void keepWhole(TextNode text, Set<String> tickets) {
        TextNode rest = text;
        while (rest != null) {
            String s = rest.getWholeText();
            int at = -1;
            String found = null;
            for (String ticket : tickets) {
                for (int i = s.indexOf(ticket); i >= 0; i = s.indexOf(ticket, i + 1)) {
                    int end = i + ticket.length();
                    boolean word = (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)))
                            && (end == s.length() || !Character.isLetterOrDigit(s.charAt(end)));
                    if (word && (at < 0 || i < at)) {
                        at = i;
                        found = ticket;
                    }
                    if (word) {
                        break;
                    }
                }
            }
            if (found == null) {
                return;
            }
            TextNode id = at == 0 ? rest : rest.splitText(at);
            rest = found.length() < id.getWholeText().length() ? id.splitText(found.length()) : null;
            id.wrap("<span class=\"nowrap\"></span>");
        }
    }
}
