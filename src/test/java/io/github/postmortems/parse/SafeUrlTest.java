package io.github.postmortems.parse;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SafeUrlTest {

    @Test
    void readsTheSchemeAsABrowserDoes() {
        for (String url : List.of("javascript:alert(1)", "JaVaScRiPt:x", " \u0001javascript:x", "java\tscript:x",
                "java\nscr\ript:x", "vbscript:x", "data:text/html,x", "file:///etc/passwd", "x-custom:y")) {
            assertFalse(SafeUrl.isSafe(url), url);
        }
        for (String url : List.of("https://example.com", "HTTP://x", "mailto:a@b", "tel:+1", "03.a.b/x.png",
                "#timeline", "../2024/03.a.b.html", "?q=a:b", "a/b:c", "", "ｊavascript:x")) {
            assertTrue(SafeUrl.isSafe(url), url);
        }
    }

    @Test
    void decodesMarkdownEntitiesAndEscapesFirst() {
        for (String destination : List.of("&#106;avascript:x", "javascript&#58;x", "javascript\\:x",
                "java&#9;script:x", "&#1;javascript:x", "&#x6A;avascript:x", "javascript&colon;x")) {
            assertFalse(SafeUrl.isSafeMarkdown(destination), destination);
        }
        assertTrue(SafeUrl.isSafeMarkdown("a&amp;b:c/d"));
    }

    /** Every id the built-in templates write is reserved, so no author heading can take it. */
    @Test
    void everyIdTheThemeUsesIsReserved() throws IOException {
        Pattern id = Pattern.compile("id=\"([^\"$]+)\"");
        try (Stream<Path> templates = Files.list(Path.of("theme/templates"))) {
            for (Path t : templates.toList()) {
                Matcher m = id.matcher(Files.readString(t));
                while (m.find()) {
                    assertTrue(LayoutIds.isReserved(m.group(1)), t + ": " + m.group(1));
                }
            }
        }
        assertTrue(LayoutIds.isReserved("m3"));
        assertTrue(LayoutIds.isReserved("actions-web"));
        assertEquals("main-section", LayoutIds.authorId("main"));
        assertEquals("timeline", LayoutIds.authorId("timeline"));
    }
}
