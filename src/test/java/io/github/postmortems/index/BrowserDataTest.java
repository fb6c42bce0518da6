package io.github.postmortems.index;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pieces of the browser's data format and of query reading, exactly. */
class BrowserDataTest {

    @Test
    void stringsAreSafeInsideAScript() {
        assertEquals("\"\\u003c/script\\u003e\\u003cimg src=x onerror=\\\"a()\\\"\\u003e \\u0026amp; \\\\ \\n\"",
                Js.string("</script><img src=x onerror=\"a()\"> &amp; \\ \n"));
        assertEquals("\"\\u2028\\u2029\\u0000\"", Js.string("\u2028\u2029\u0000"));
        assertEquals("\"\uD83D\uDE80 \\ud800\"", Js.string("\uD83D\uDE80 \uD800"));
    }

    @Test
    void numbersUseFiveBitsALetterWithAContinuationBit() {
        StringBuilder out = new StringBuilder();
        for (int n : new int[] {0, 1, 31, 32, 1023, 1024, 255}) {
            BrowserIndexWriter.number(out, n);
            out.append(' ');
        }
        assertEquals("A B f hA _f hgA nf ", out.toString());
    }

    @Test
    void htmlBecomesText() {
        assertEquals("A & B <c>\nnext \"q\" é", PostmortemText.fromHtml(
                "<p>A &amp; B &lt;c&gt;</p><ul><li>next &quot;q&quot; &#233;</li></ul>"));
        assertEquals("\uFFFD", PostmortemText.fromHtml("&#9999999;"));
        assertEquals("one two\na\nb", PostmortemText.fromHtml("<p>one\ntwo</p>\n<pre><code>a\nb</code></pre>"));
    }
}
