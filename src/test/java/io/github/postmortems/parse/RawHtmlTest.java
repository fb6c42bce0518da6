package io.github.postmortems.parse;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Allowed raw HTML keeps its markup and loses everything that can run. */
class RawHtmlTest {

    @Test
    void markupStaysScriptsHandlersFramesAndScriptUrlsGo() {
        assertEquals("<details open><summary>More</summary><p><kbd>Ctrl</kbd> <a href=\"03.db.x/log.txt\">log</a> "
                        + "<a>bad</a> <img src=\"graph.png\" alt=\"g\"></p></details>",
                RawHtml.clean("<details open ontoggle=\"x()\"><summary>More</summary><p><kbd>Ctrl</kbd> "
                        + "<a href=\"03.db.x/log.txt\" onclick=\"x()\">log</a> <a href=\"javascript:x()\">bad</a> "
                        + "<img src=\"graph.png\" alt=\"g\" onerror=\"x()\"><script src=\"03.db.x/log.txt\"></script>"
                        + "<iframe src=\"https://example.com\"></iframe></p></details>"));
    }

    @Test
    void anAuthorsIdNeverTakesOneTheLayoutUses() {
        assertEquals("<div id=\"main-section\">x</div><p id=\"notes\">y</p>",
                RawHtml.clean("<div id=\"main\">x</div><p id=\"notes\">y</p>"));
    }

    @Test
    void headingIdsAndTaskListBoxesSurvive() {
        assertEquals("<h2 id=\"impact\">Impact</h2><ul><li class=\"task-list-item\"><input type=\"checkbox\" "
                        + "class=\"task-list-item-checkbox\" checked disabled aria-label=\"done\"> done</li></ul>",
                RawHtml.clean("<h2 id=\"impact\">Impact</h2><ul><li class=\"task-list-item\"><input type=\"checkbox\" "
                        + "class=\"task-list-item-checkbox\" checked disabled aria-label=\"done\"> done</li></ul>"));
    }
}
