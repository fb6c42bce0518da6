package io.github.postmortems.parse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Safelist;

/**
 * Raw HTML an archive allows ({@code allowRawHtml}) is still reduced to markup that cannot run: no scripts, no
 * event handlers, no frames, objects or forms, no script URLs. The Content-Security-Policy cannot tell a theme's
 * script from an attachment loaded as one ({@code <script src="x/payload.txt">}), so nothing may reach a page
 * that loads one.
 */
final class RawHtml {

    /** Relative links are checked against a base that only exists to validate their scheme. */
    private static final String BASE = "https://archive.invalid/";
    private static final Safelist SAFE = Safelist.relaxed()
            .addTags("abbr", "hr", "details", "summary", "kbd", "mark", "del", "ins", "input", "figure", "figcaption",
                    "section")
            .addAttributes(":all", "id", "class", "title", "lang", "dir", "aria-label", "aria-hidden", "role")
            .addAttributes("input", "type", "checked", "disabled")
            .addAttributes("td", "align")
            .addAttributes("th", "align", "scope")
            .addAttributes("details", "open")
            .addProtocols("a", "href", "http", "https", "mailto", "tel", "#")
            .addProtocols("img", "src", "http", "https")
            .preserveRelativeLinks(true);

    private RawHtml() {
    }

    static String clean(String html) {
        Document.OutputSettings out = new Document.OutputSettings().prettyPrint(false)
                .escapeMode(Entities.EscapeMode.base).charset("UTF-8");
        Document safe = Jsoup.parseBodyFragment(Jsoup.clean(html, BASE, SAFE, out), BASE);
        safe.outputSettings(out);
        // an author's id never takes one the layout uses, in raw HTML as in headings
        for (org.jsoup.nodes.Element e : safe.body().select("[id]")) {
            e.id(LayoutIds.authorId(e.id()));
        }
        return safe.body().html();
    }
}
