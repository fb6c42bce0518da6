package io.github.postmortems.scan;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SVG reduced to drawing: what stays, what goes, and inputs that must not break the build. */
class InertSvgTest {

    private static String clean(String svg) {
        return new String(InertSvg.clean(svg.getBytes(StandardCharsets.UTF_8)).svg(), StandardCharsets.UTF_8);
    }

    @Test
    void anEditorsNamespacesGoWithTheirAttributesSoTheFileStaysWellFormed() {
        assertEquals("""
                <?xml version="1.0" encoding="UTF-8"?>
                <svg xmlns="http://www.w3.org/2000/svg" width="4"><rect width="1" fill="url('#g')" /></svg>
                """, clean("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:inkscape=\"http://www.inkscape.org/"
                + "namespaces/inkscape\" inkscape:version=\"1.3\" width=\"4\"><rect inkscape:label=\"r\" width=\"1\" "
                + "fill=\"url('#g')\"/></svg>"));
    }

    @Test
    void outsideReferencesGoEvenBehindCssEscapes() {
        InertSvg.Result r = InertSvg.clean(("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect style=\"cursor:u\\72l("
                + "https://t.example/p.png),auto\" fill=\"url( https://t.example/f)\" stroke=\"url(#s)\"/></svg>")
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("attribute style", "attribute fill"), r.removed());
        assertEquals("""
                <?xml version="1.0" encoding="UTF-8"?>
                <svg xmlns="http://www.w3.org/2000/svg"><rect stroke="url(#s)" /></svg>
                """, new String(r.svg(), StandardCharsets.UTF_8));
    }

    @Test
    void nestingAHundredThousandDeepIsWalkedWithoutRecursion() {
        String svg = clean("<svg xmlns=\"http://www.w3.org/2000/svg\">" + "<g onclick=\"x()\">".repeat(100_000));
        assertTrue(svg.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\">"
                + "<g><g>"), svg.substring(0, 120));
        assertEquals(100_000, svg.split("<g>", -1).length - 1);
    }
}
