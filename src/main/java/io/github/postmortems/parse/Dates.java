package io.github.postmortems.parse;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the dates authors write: ISO first, then English month names. Never the machine's locale. */
final class Dates {

    private static final Pattern ISO = Pattern.compile("^\\s*(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)");
    private static final Pattern ENGLISH = Pattern.compile(
            "^\\s*(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)[a-z]*,?\\s+)?"
                    + "([A-Za-z]{3,9}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+[A-Za-z]{3,9}\\.?,?\\s+\\d{4})",
            Pattern.CASE_INSENSITIVE);
    private static final List<DateTimeFormatter> ENGLISH_FORMATS = List.of(
            english("MMMM d uuuu"), english("MMM d uuuu"), english("d MMMM uuuu"), english("d MMM uuuu"));

    private Dates() {
    }

    private static DateTimeFormatter english(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
    }

    /** The date a text starts with, or null. */
    static LocalDate leading(String text) {
        Matcher iso = ISO.matcher(text);
        if (iso.find()) {
            try {
                return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3)));
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }
        Matcher en = ENGLISH.matcher(text);
        if (en.find()) {
            String cleaned = en.group(1).replaceAll("(?i)(\\d)(st|nd|rd|th)", "$1").replaceAll("[.,]", " ")
                    .replaceAll("\\s+", " ").strip();
            for (DateTimeFormatter f : ENGLISH_FORMATS) {
                try {
                    return LocalDate.parse(cleaned, f);
                } catch (DateTimeParseException e) {
                    // try the next spelling
                }
            }
        }
        return null;
    }
}
