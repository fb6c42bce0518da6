package io.github.postmortems.index;

import io.github.postmortems.CodePoints;

import java.util.ArrayList;
import java.util.List;

/**
 * The text the browser picks snippets from: each part of a page (its preamble, each section without its heading)
 * with the id the page gives it, cut so that a result's snippet data stays small. Stored in the index as one
 * string, parts split by U+001E and an id from its text by U+001F (neither occurs in text read from HTML).
 */
final class SnippetText {

    /**
     * At least this many chars of one part when the page has them: a part takes an equal share of what its page has
     * left, never less, so a long timeline leaves room for the sections after it and a page of one part (a status
     * page's notice, a short report without headings) keeps all of its text up to {@link #PAGE_CAP}.
     */
    static final int PART_CAP = 400;
    /** At most this many chars of a page's parts together, what one result costs to show. */
    static final int PAGE_CAP = 1_600;

    private static final char PART = '\u001e';
    private static final char ID = '\u001f';

    private SnippetText() {
    }

    /** The parts, each cut at its share (see {@link #PART_CAP}), until {@link #PAGE_CAP} chars are taken. */
    static String of(List<PostmortemText.Part> parts) {
        StringBuilder out = new StringBuilder();
        int left = PAGE_CAP;
        for (int i = 0; i < parts.size(); i++) {
            PostmortemText.Part p = parts.get(i);
            if (left < 40) {
                break; // a sliver of a section would make a poor snippet
            }
            String text = cut(clean(p.text()), Math.min(left, Math.max(PART_CAP, left / (parts.size() - i))));
            if (text.isEmpty()) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append(PART);
            }
            out.append(clean(p.id())).append(ID).append(text);
            left -= text.length();
        }
        return out.toString();
    }

    /** The stored string's parts back: ids and texts in page order. */
    static List<PostmortemText.Part> parts(String stored) {
        List<PostmortemText.Part> parts = new ArrayList<>();
        if (stored == null || stored.isEmpty()) {
            return parts;
        }
        for (String part : stored.split(String.valueOf(PART), -1)) {
            int at = part.indexOf(ID);
            parts.add(new PostmortemText.Part(part.substring(0, at), part.substring(at + 1)));
        }
        return parts;
    }

    /**
     * At most {@code max} chars, cut after a word (before a space or a line break) when one ends in the second half,
     * marked with an ellipsis.
     */
    static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Math.max(text.lastIndexOf(' ', max - 2), text.lastIndexOf('\n', max - 2));
        String kept = CodePoints.prefix(text, end > max / 2 ? end : max - 2).stripTrailing();
        return kept + " …";
    }

    private static String clean(String s) {
        return s.replace(PART, ' ').replace(ID, ' ').strip();
    }
}
