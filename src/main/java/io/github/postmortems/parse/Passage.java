package io.github.postmortems.parse;

/**
 * A block of a section as the author wrote it, with the line it starts on, for checks that quote the line a
 * phrase is on (the rendered text has lost the lines).
 *
 * @param section the section's heading as written
 * @param line the 1-based line of the block's first line
 * @param source the block's Markdown, lines joined by '\n'
 */
public record Passage(String section, int line, String source) implements java.io.Serializable {

    /** The line of a character of {@link #source()}. */
    public int lineOf(int index) {
        int line = this.line;
        for (int i = 0; i < index && i < source.length(); i++) {
            if (source.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
