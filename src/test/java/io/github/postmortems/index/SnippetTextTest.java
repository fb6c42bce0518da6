package io.github.postmortems.index;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What the browser gets of a page's text for snippets: each part's share of the page's 1,600 chars. */
class SnippetTextTest {

    private static PostmortemText.Part part(String id, String text) {
        return new PostmortemText.Part(id, text);
    }

    private static List<Integer> lengths(String stored) {
        return SnippetText.parts(stored).stream().map(p -> p.text().length()).toList();
    }

    @Test
    void aPageOfOnePartKeepsItsTextUpToThePageCap() {
        String notice = "word ".repeat(160).strip(); // 799 chars
        assertEquals(List.of(799), lengths(SnippetText.of(List.of(part("", notice)))));
        String longer = "word ".repeat(400).strip(); // 1,999 chars: cut after a word, with an ellipsis
        assertEquals(List.of(1_596), lengths(SnippetText.of(List.of(part("", longer)))));
    }

    @Test
    void partsShareWhatThePageHasLeftAndTakeAtLeastFourHundred() {
        String text = "word ".repeat(200).strip(); // 999 chars each
        List<PostmortemText.Part> two = List.of(part("summary", text), part("impact", text));
        assertEquals(List.of(796, 801), lengths(SnippetText.of(two))); // the second takes what the first left
        List<PostmortemText.Part> six = List.of(part("a", text), part("b", text), part("c", text), part("d", text),
                part("e", text), part("f", text));
        // 1,600 / 6 is less than 400: four parts of about 400 fill the page
        assertEquals(List.of(396, 396, 396, 396), lengths(SnippetText.of(six)));
    }

    @Test
    void aListOfHostNamesIsCutAtALineBreak() {
        String text = "No outage is expected on these services:\n" + "service-with-a-long-name.example.org\n".repeat(50);
        String kept = SnippetText.parts(SnippetText.of(List.of(part("", text.strip()), part("x", "y".repeat(900)),
                part("z", "y".repeat(900))))).get(0).text();
        // a third of the page (533 chars): the lines that fit whole, none cut in the middle of a name
        assertEquals("No outage is expected on these services:\n" + "service-with-a-long-name.example.org\n".repeat(12)
                + "service-with-a-long-name.example.org …", kept);
    }
}
