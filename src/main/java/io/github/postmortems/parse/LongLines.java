package io.github.postmortems.parse;

/**
 * Bounds on what one line may cost. The Markdown parser's work on some shapes grows with the square of a line's
 * length: a heading holding a long run of spaces, or a long word that the autolink extension keeps re-reading.
 * A run of blanks is read as one space (no reader sees the difference), and a file with a very long word is read
 * without autolinks.
 *
 * @param text the text with every run of more than {@link #MAX_BLANKS} blanks shortened to one space
 * @param blanksLine the 1-based line of the first run shortened, or 0
 * @param blanks that run's length
 * @param wordLine the 1-based line of the first word longer than {@link #MAX_WORD}, or 0
 * @param word that word's length
 */
record LongLines(String text, int blanksLine, int blanks, int wordLine, int word) {

    static final int MAX_BLANKS = 1_000;
    static final int MAX_WORD = 2_000;

    static LongLines of(String text) {
        StringBuilder out = null;
        int line = 1;
        int blanksLine = 0;
        int blanks = 0;
        int wordLine = 0;
        int word = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int end = i;
            if (c == ' ' || c == '\t') {
                while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
                    end++;
                }
                if (end - i > MAX_BLANKS) {
                    if (out == null) {
                        out = new StringBuilder(text.length()).append(text, 0, i);
                    }
                    out.append(' ');
                    if (blanksLine == 0) {
                        blanksLine = line;
                        blanks = end - i;
                    }
                    i = end;
                    continue;
                }
            } else if (c != '\n') {
                while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                    end++;
                }
                end = Math.max(end, i + 1); // a blank other than space, tab or newline
                if (end - i > MAX_WORD && wordLine == 0) {
                    wordLine = line;
                    word = end - i;
                }
            } else {
                line++;
                end = i + 1;
            }
            if (out != null) {
                out.append(text, i, end);
            }
            i = end;
        }
        return new LongLines(out == null ? text : out.toString(), blanksLine, blanks, wordLine, word);
    }
}
