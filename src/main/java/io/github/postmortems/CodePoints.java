package io.github.postmortems;

/** Cutting text without splitting a character: an emoji is two chars in Java, and half of one is not text. */
public final class CodePoints {

    private CodePoints() {
    }

    /** The first {@code maxChars} chars of {@code text}, one fewer when that would end between a surrogate pair. */
    public static String prefix(String text, int maxChars) {
        if (text.length() <= maxChars) {
            return text;
        }
        int end = maxChars > 0 && Character.isHighSurrogate(text.charAt(maxChars - 1))
                && Character.isLowSurrogate(text.charAt(maxChars)) ? maxChars - 1 : maxChars;
        return text.substring(0, end);
    }
}
