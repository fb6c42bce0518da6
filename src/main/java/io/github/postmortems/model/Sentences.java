package io.github.postmortems.model;

import io.github.postmortems.CodePoints;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Short excerpts of prose for a digest: the first sentences of a section, never cut mid-word. */
public final class Sentences {

    // a sentence ends at . ! or ? followed by space and a capital, digit or quote; "e.g. the" does not end one
    private static final Pattern END = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\\d\"'(`])");
    private static final Pattern TODO = Pattern.compile("(?i)^\\W*(todo|tbd|fixme|tba)\\b.*");

    private Sentences() {
    }

    /**
     * The first {@code count} sentences of the prose in {@code text}, at most {@code maxChars} long. Blocks that
     * read like headings ("What went well") or placeholders ("TODO") are skipped.
     */
    public static String first(String text, int count, int maxChars) {
        if (text == null) {
            return "";
        }
        StringBuilder prose = new StringBuilder();
        for (String block : text.split("\n")) {
            String b = block.strip();
            if (b.isEmpty() || TODO.matcher(b).matches() || isHeading(b)) {
                continue;
            }
            prose.append(prose.length() == 0 ? "" : " ").append(b);
        }
        List<String> sentences = new ArrayList<>(List.of(END.split(prose.toString().strip())));
        String out = String.join(" ", sentences.subList(0, Math.min(count, sentences.size()))).strip();
        return truncate(out, maxChars);
    }

    public static String truncate(String text, int maxChars) {
        if (text.length() <= maxChars) {
            return text;
        }
        int cut = text.lastIndexOf(' ', maxChars - 1);
        return CodePoints.prefix(text, cut > maxChars / 2 ? cut : maxChars - 1).stripTrailing() + "…";
    }

    private static boolean isHeading(String block) {
        return !block.matches(".*[.!?:;)]$") && block.split("\\s+").length <= 6;
    }
}
