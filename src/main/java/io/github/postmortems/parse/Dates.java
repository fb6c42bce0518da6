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

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b\\.?";
    /** A date anywhere in a sentence: ISO, "12 November 2020", "November 12th, 2020", "31st March", "Nov 12". */
    private static final Pattern ANYWHERE = Pattern.compile("(?i)(?<![\\d-])(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)"
            + "|\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+(\\d{4})\\b)?"
            + "|\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!:)(?:,?\\s+(\\d{4})\\b)?");
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");

    private Dates() {
    }

    /**
     * The first date written anywhere in {@code text}, as prose states it ("On 12 November 2020, ...", "On
     * November 12th, ..."); a date without a year is in {@code defaultYear}. Null when there is none.
     */
    static LocalDate find(String text, int defaultYear) {
        Matcher m = ANYWHERE.matcher(text);
        while (m.find()) {
            try {
                if (m.group(1) != null) {
                    return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3)));
                }
                boolean dayFirst = m.group(4) != null;
                String month = dayFirst ? m.group(5) : m.group(7);
                int day = Integer.parseInt(dayFirst ? m.group(4) : m.group(8));
                String year = dayFirst ? m.group(6) : m.group(9);
                return LocalDate.of(year == null ? defaultYear : Integer.parseInt(year),
                        MONTHS.indexOf(month.substring(0, 3).toLowerCase(Locale.ROOT)) + 1, day);
            } catch (java.time.DateTimeException e) {
                // "31 February": not a date; look further
            }
        }
        return null;
    }

    private static DateTimeFormatter english(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
    }

    /** The text after the date it starts with ("2024-03-14 10:34", "July 11, 2025, 12:42 PM"), or null without one. */
    static String afterLeading(String text) {
        if (leading(text) == null) {
            return null;
        }
        Matcher iso = ISO.matcher(text);
        Matcher m = iso.find() ? iso : ENGLISH.matcher(text);
        if (m != iso && !m.find()) {
            return null;
        }
        return text.substring(m.end()).replaceFirst("^[T ,]+", "");
    }

    /** "January 14-19, 2026", "14–19 January 2026": a span of days, of which the first is the incident's. */
    private static final Pattern DAY_SPAN = Pattern.compile(
            "^(\\s*(?:[A-Za-z]{3,9}\\.?\\s+)?\\d{1,2})(?:st|nd|rd|th)?\\s*[-–]\\s*\\d{1,2}(?:st|nd|rd|th)?(?=[\\s,])");

    /** The date a text starts with, or null. */
    static LocalDate leading(String text) {
        text = DAY_SPAN.matcher(text).replaceFirst("$1");
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
