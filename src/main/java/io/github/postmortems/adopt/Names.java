package io.github.postmortems.adopt;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The system and event parts of an imported postmortem's name, made from what other layouts use: front-matter
 * values ("Payments API"), folder names, file names ("PM2019-009 - Title", "2020-11-12-slug") and titles.
 */
final class Names {

    /** Enough words to tell incidents apart in a listing; file systems and readers prefer short names. */
    private static final int MAX_WORDS = 6;
    private static final int MAX_CHARS = 50;
    /** Front-matter keys that name what failed, most specific first; compared without case, '-' and '_'. */
    static final List<String> SYSTEM_KEYS = List.of("system", "systems", "service", "services", "affected",
            "affectedsystems", "affectedservices", "product", "products", "component", "components");
    /** Folder names that say "postmortems are here" rather than which system they are about. */
    private static final Set<String> GENERIC_FOLDERS = Set.of("incidents", "incident", "postmortems", "postmortem",
            "post-mortems", "post-mortem", "post_mortems", "docs", "doc", "content", "issues", "posts", "_posts",
            "post", "blog", "reports", "report", "archive", "pages", "src", "source", "rca", "rcas", "outages", "md",
            "incident-reports", "incident_reports", "investigations", "retrospectives", "retros", "writeups",
            "write-ups");
    private static final Pattern LEADING_DATE = Pattern.compile("^\\d{4}-\\d{1,2}-\\d{1,2}(?:[T_ -]+|$)");
    /** A Unix time or a plain running number before the words: "1602766800-api-down". */
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\d+(?:[_ -]+|$)");
    /** An identifier before the title: "PM2019-009 - ", "INC-1234: ", "RCA_17 ". */
    private static final Pattern LEADING_ID = Pattern.compile("^[A-Z]{1,6}[-_]?\\d{2,}[\\d_-]*(?:\\s*[-:–—]\\s*|[_ ]+)");
    private static final Pattern WORD = Pattern.compile("[a-z]{3,}");

    private Names() {
    }

    /** Lowercase words joined by '-', ASCII only, cut to a few words; empty when nothing is left. */
    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace("&", " and ").toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        int length = 0;
        for (String w : ascii.split("[^a-z0-9]+")) {
            if (w.isEmpty()) {
                continue;
            }
            if (words.size() == MAX_WORDS || length + w.length() + (words.isEmpty() ? 0 : 1) > MAX_CHARS) {
                break;
            }
            length += w.length() + (words.isEmpty() ? 0 : 1);
            words.add(w);
        }
        return String.join("-", words);
    }

    /**
     * The words of a file name that can name the event, without its date, number or identifier; empty when none is
     * a word (a UUID, a bare number).
     */
    static Optional<String> eventFromFileName(String base) {
        String rest = base.strip();
        for (boolean changed = true; changed; ) {
            String before = rest;
            rest = strip(LEADING_DATE, rest);
            rest = strip(LEADING_ID, rest);
            rest = strip(LEADING_NUMBER, rest);
            changed = !rest.equals(before);
        }
        String slug = slug(rest);
        return hasWord(slug) ? Optional.of(slug) : Optional.empty();
    }

    /**
     * The event without the system's name in front, which the file name already says once:
     * {@code get-jenkins-io-dns-update} of {@code get-jenkins-io} is {@code dns-update}; kept when nothing is left.
     */
    static String withoutSystem(String event, String system) {
        String rest = event.startsWith(system + "-") ? event.substring(system.length() + 1) : "";
        return hasWord(rest) ? rest : event;
    }

    static boolean isGenericFolder(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return GENERIC_FOLDERS.contains(lower) || lower.matches("\\d{1,4}");
    }

    /** Whether a slug holds a word rather than only hex and digits, as a UUID or a hash does. */
    private static boolean hasWord(String slug) {
        for (String part : slug.split("-")) {
            if (WORD.matcher(part).matches()) {
                return true;
            }
        }
        return false;
    }

    private static String strip(Pattern prefix, String text) {
        Matcher m = prefix.matcher(text);
        return m.find() ? text.substring(m.end()) : text;
    }

    /** A key as {@link #SYSTEM_KEYS} spells it: lowercase, without '-' and '_'. */
    static String normalKey(String key) {
        return key.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
    }
}
