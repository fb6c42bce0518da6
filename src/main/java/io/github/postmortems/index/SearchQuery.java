package io.github.postmortems.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A query as a reader types it, read the same way here and in {@code search.js} (the README's "Query language"
 * is the specification of both): words, the last word also as a prefix, {@code "phrases"}, {@code -excluded}
 * words and {@code system: severity: year: status: ttr: ttd: after: before:} filters, each of which a minus
 * turns into an exclusion. Any text is a query: what the language cannot read is searched as words, with a note
 * saying so.
 *
 * @param words the analysed words in order, each with its form as written; the prefix is the last one's, if any
 * @param prefix the last word as written, which also matches words that start with it; null when the text ends
 *        in a space or its last token is no plain word
 * @param facetFilters the {@code system: year: severity: status:} values in the order typed, one per value of
 *        {@code system:a,b}
 * @param after the first day let through ({@code after:}, {@code -before:}), in days since 1970
 * @param before the first day no longer let through ({@code before:}, {@code -after:})
 */
public record SearchQuery(List<Word> words, Word prefix, List<Phrase> phrases, List<String> excluded,
                          List<FacetFilter> facetFilters, long after, long before, List<Limit> limits,
                          List<String> notes) {

    /** Filter fields of the query language, in the order notes list them. */
    public static final List<String> FIELDS = List.of("system", "severity", "year", "status", "ttr", "ttd", "after",
            "before");
    /** The filter groups that are also facets, OR within a group. */
    public static final List<String> FACETS = List.of("system", "year", "severity", "status");

    /** Whitespace as both implementations see it: ASCII only, so JS's wider \s cannot make them differ. */
    private static final Pattern TOKEN = Pattern.compile("(-?)\"([^\"]*)\"?|([^\\t\\n\\u000B\\f\\r ]+)");
    private static final Pattern FIELD = Pattern.compile("([A-Za-z]+):([\\s\\S]+)");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Pattern DURATION = Pattern.compile(
            "(<=|>=|<|>)?(\\d+(?:\\.\\d+)?)([mM][iI][nN]|[mM]|[hH]|[dD])");

    public SearchQuery {
        words = List.copyOf(words);
        phrases = List.copyOf(phrases);
        excluded = List.copyOf(excluded);
        facetFilters = List.copyOf(facetFilters);
        limits = List.copyOf(limits);
        notes = List.copyOf(notes);
    }

    /**
     * One analysed word: {@code surface} as written (lower case, possessive gone), {@code stem} as indexed, and
     * where its token lies in the query text.
     */
    public record Word(String surface, String stem, int start, int end) {
    }

    /** A quoted phrase: its stems with their positions (stop words leave gaps, as in the index). */
    public record Phrase(List<String> terms, List<Integer> positions) {
    }

    /**
     * {@code system:payments} (lower case), or {@code -system:payments} when {@code excluding}: a facet value that a
     * postmortem must have, or must not.
     */
    public record FacetFilter(String field, String value, boolean excluding) {
    }

    /**
     * {@code ttr:>2h}: the field ({@code ttr} or {@code ttd}), the comparison and the bound in minutes;
     * {@code -ttr:>2h} when {@code excluding}.
     */
    public record Limit(String field, String op, double minutes, boolean excluding) {
        /** Whether a postmortem with this duration (negative: unknown) passes. */
        boolean admits(long value) {
            return excluding != matches(value);
        }

        private boolean matches(long value) {
            if (value < 0) {
                return false; // unknown durations match no limit, so an excluding one keeps them
            }
            return switch (op) {
                case "<" -> value < minutes;
                case "<=" -> value <= minutes;
                case ">" -> value > minutes;
                default -> value >= minutes;
            };
        }
    }

    /** True when the query has no words and no phrases: it lists what its filters let through, newest first. */
    public boolean listsEverything() {
        return words.isEmpty() && phrases.isEmpty();
    }

    /** Reads the text; never fails. */
    public static SearchQuery parse(String text, Analyzer words, Analyzer stemmer, Analyzer stems) {
        List<Word> found = new ArrayList<>();
        List<Phrase> phrases = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        List<FacetFilter> facetFilters = new ArrayList<>();
        List<Limit> limits = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        long after = Long.MIN_VALUE;
        long before = Long.MAX_VALUE;
        Word prefix = null;
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            prefix = null;
            if (m.group(2) != null) {
                List<Word> inner = words(m.group(2), m.start(2), words, stemmer);
                if (!m.group(1).isEmpty()) {
                    inner.forEach(w -> excluded.add(w.stem()));
                } else if (!inner.isEmpty()) {
                    found.addAll(inner);
                    phrases.add(phrase(m.group(2), stems));
                }
                continue;
            }
            String w = m.group(3);
            int start = m.start(3);
            boolean minus = w.length() > 1 && w.charAt(0) == '-';
            if (minus) {
                w = w.substring(1);
                start++;
            }
            Matcher f = FIELD.matcher(w);
            if (f.matches()) {
                String key = f.group(1).toLowerCase(Locale.ROOT);
                String value = f.group(2);
                String problem = null;
                if (!FIELDS.contains(key)) {
                    problem = "\"" + key + ":\" is not a search field (" + String.join(", ", FIELDS) + ")";
                } else if (FACETS.contains(key)) {
                    if (key.equals("year") && !YEAR.matcher(value).matches()) {
                        problem = "\"" + m.group(3) + "\" is not a year (year:2024)";
                    } else {
                        for (String v : value.split(",")) {
                            if (!v.isEmpty()) {
                                facetFilters.add(new FacetFilter(key, v.toLowerCase(Locale.ROOT), minus));
                            }
                        }
                        continue;
                    }
                } else if (key.equals("after") || key.equals("before")) {
                    Long day = firstDay(value);
                    if (day == null) {
                        problem = "\"" + m.group(3) + "\" is not a date (" + key + ":2024-03)";
                    } else {
                        // days are always known, so leaving out what after: lets through is before:, and back
                        if (key.equals("after") != minus) {
                            after = Math.max(after, day);
                        } else {
                            before = Math.min(before, day);
                        }
                        continue;
                    }
                } else {
                    Matcher d = DURATION.matcher(value);
                    if (!d.matches()) {
                        problem = "\"" + m.group(3) + "\" is not a duration (" + key + ":>2h, " + key + ":<30m)";
                    } else {
                        double n = Double.parseDouble(d.group(2));
                        String unit = d.group(3).toLowerCase(Locale.ROOT);
                        double minutes = unit.equals("h") ? n * 60 : unit.equals("d") ? n * 1440 : n;
                        limits.add(new Limit(key, d.group(1) == null ? ">=" : d.group(1), minutes, minus));
                        continue;
                    }
                }
                notes.add(problem + (minus ? "; excluded as words." : "; searched as words."));
                // "team:payments" would be one token (a colon between letters joins them): read both sides
                w = f.group(1) + " " + value;
            }
            if (minus) {
                words(w, start, words, stemmer).forEach(x -> excluded.add(x.stem()));
                continue;
            }
            List<Word> plain = words(w, start, words, stemmer);
            found.addAll(plain);
            if (!plain.isEmpty() && m.end() == text.length()) {
                prefix = plain.get(plain.size() - 1);
            }
        }
        if (prefix != null && prefix.surface().codePointCount(0, prefix.surface().length()) < 2) {
            prefix = null;
        }
        return new SearchQuery(found, prefix, phrases, excluded, facetFilters, after, before, limits, notes);
    }

    /** The first day of YYYY, YYYY-MM or YYYY-MM-DD as days since 1970, or null. */
    static Long firstDay(String value) {
        Matcher d = DATE.matcher(value);
        if (!d.matches()) {
            return null;
        }
        try {
            int year = Integer.parseInt(d.group(1));
            int month = d.group(2) == null ? 1 : Integer.parseInt(d.group(2));
            int day = d.group(3) == null ? 1 : Integer.parseInt(d.group(3));
            return LocalDate.of(year, month, day).toEpochDay();
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The text's words: each token as written (lower case, no possessive, no stop words) with its stem. */
    static List<Word> words(String text, int offset, Analyzer words, Analyzer stems) {
        List<Word> out = new ArrayList<>();
        try (TokenStream ts = words.tokenStream(SearchFields.WORDS, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute at = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String surface = term.toString();
                out.add(new Word(surface, stem(surface, stems), offset + at.startOffset(), offset + at.endOffset()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        return out;
    }

    /** The indexed form of one word as written: Porter's stemmer on it, as the index's analyser applies it. */
    static String stem(String surface, Analyzer stemmer) {
        List<String> terms = PlainQuery.terms(stemmer, surface);
        return terms.size() == 1 ? terms.get(0) : surface;
    }

    private static Phrase phrase(String text, Analyzer stems) {
        List<String> terms = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        try (TokenStream ts = stems.tokenStream(SearchFields.BODY, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int position = -1;
            while (ts.incrementToken()) {
                position += increment.getPositionIncrement();
                terms.add(term.toString());
                positions.add(position);
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Phrase(terms, positions);
    }
}
