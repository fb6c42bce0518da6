package io.github.postmortems.parse;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;
import io.github.postmortems.Problem;
import io.github.postmortems.scan.SourceFile;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a postmortem written outside the archive, for {@code postmortem:import}: its title, the day of the incident
 * and where that was read, and its front matter as written. The day is found as this parser finds it once the file
 * is in the archive (a Date, a stated start, the first dated timeline entry), then in the first paragraph, so that a
 * file is filed under the month its page will show.
 *
 * <p>One instance serves a whole import; it is safe to share between threads.
 */
public final class ForeignReader {

    /** Where a date could start inside a sentence; {@link Dates#leading} decides whether one does. */
    private static final Pattern DATE_START = Pattern.compile("(?<![\\w-])(?:\\d{4}-\\d{1,2}-\\d{1,2}"
            + "|\\d{1,2}(?:st|nd|rd|th)?\\s+[A-Za-z]{3,9}\\.?,?\\s+\\d{4}"
            + "|[A-Za-z]{3,9}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})");

    private final PostmortemParser parser;
    private final Markdown markdown = new Markdown(false, false);
    private final Map<String, String> byAlias = new HashMap<>();

    /** @param fieldAliases the archive's own names for front-matter keys, by the key they stand for */
    public ForeignReader(Map<String, String> fieldAliases) {
        parser = new PostmortemParser(false, fieldAliases);
        fieldAliases.forEach((key, alias) -> byAlias.put(alias.strip().toLowerCase(Locale.ROOT).replace('-', '_'), key));
    }

    /**
     * What a file says about where it belongs.
     *
     * @param title its title, or null when it has none
     * @param day the day of the incident, or null when the file states none
     * @param dayFrom where the day was read, as a plan shows it ("front matter 'start_time'", "timeline line 14")
     * @param frontMatter its front matter as written, keys in their own spelling
     * @param published the day it was published ({@code published}, {@code source_published_at}, ...), or null: not
     *        the incident's, but close enough to file by when the file states no other
     * @param publishedFrom where that was read
     */
    public record ForeignPostmortem(String title, LocalDate day, String dayFrom, Map<String, Object> frontMatter,
                                    LocalDate published, String publishedFrom) {
    }

    /** Front-matter keys for the day a post was published, compared without case, '-' and '_'. */
    private static final List<String> PUBLISHED = List.of("published", "publishedat", "publishdate", "pubdate",
            "sourcepublishedat", "created", "createdat");

    /** A file that cannot be read as a postmortem at all: not UTF-8, empty, broken front matter. */
    public static final class Unreadable extends Exception {
        private final int line;

        Unreadable(int line, String message) {
            super(message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    /** @param name the file's name, for messages */
    public ForeignPostmortem read(String name, byte[] bytes) throws Unreadable {
        String text;
        try {
            text = SourceText.decode(bytes);
        } catch (SourceText.InvalidUtf8 e) {
            throw new Unreadable(e.line, "not valid UTF-8 (byte " + e.column + " of the line)");
        }
        FrontMatter written;
        try {
            written = FrontMatter.read(text);
        } catch (FrontMatter.Invalid e) {
            throw new Unreadable(e.line, e.getMessage());
        }
        FrontMatter front = written.withAliases(byAlias);
        // month 0 matches no day, so the parser's own fallbacks stay out and only its Date counts as read
        SourceFile placeholder = new SourceFile(Path.of(name), name, 0, 0, "import", "file", List.of());
        ParsedFile parsed = parser.parse(placeholder, bytes);
        Postmortem p = parsed.postmortem();
        if (p == null) {
            Problem why = parsed.problems().get(0);
            throw new Unreadable(why.line(), why.message());
        }
        String title = p.fieldLines().containsKey("title") ? p.title() : null;
        Map<String, Object> values = written.values();
        Found found = find(p, front, written);
        Found published = published(written);
        return new ForeignPostmortem(title, found.day(), found.from(), values, published.day(), published.from());
    }

    private record Found(LocalDate day, String from) {
        static final Found NONE = new Found(null, null);
    }

    private Found find(Postmortem p, FrontMatter front, FrontMatter written) {
        if (p.date() != null) {
            Object stated = front.values().get("date");
            boolean fromFront = stated != null && Dates.leading(stated.toString()) != null;
            return new Found(p.date(), fromFront ? frontMatterKey(written, front.lineOf("date"))
                    : "Date line " + p.fieldLines().get("date"));
        }
        for (TimelineEntry e : p.declaredTimes()) {
            if (e.marker() == Marker.BEGINS && e.date() != null) {
                return new Found(e.date(), frontMatterKey(written, e.line()));
            }
        }
        for (TimelineEntry e : p.timeline()) {
            if (e.date() != null) {
                return new Found(e.date(), "timeline line " + e.line());
            }
        }
        for (TimelineEntry e : p.declaredTimes()) {
            if (e.date() != null) {
                return new Found(e.date(), frontMatterKey(written, e.line()));
            }
        }
        for (Node n = markdown.parse(front.body()).getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Paragraph paragraph) {
                LocalDate day = dateIn(Markdown.text(paragraph));
                return day == null ? Found.NONE
                        : new Found(day, "first paragraph, line " + (paragraph.getStartLineNumber() + 1));
            }
        }
        return Found.NONE;
    }

    private static Found published(FrontMatter written) {
        for (Map.Entry<String, Object> e : written.values().entrySet()) {
            String key = e.getKey().toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
            LocalDate day = PUBLISHED.contains(key) && e.getValue() != null ? Dates.leading(e.getValue().toString())
                    : null;
            if (day != null) {
                return new Found(day, "front matter '" + e.getKey() + "', the day it was published");
            }
        }
        return Found.NONE;
    }

    /** The first full date (with its year) anywhere in a sentence: "On 12 November 2020, ...". */
    static LocalDate dateIn(String text) {
        Matcher m = DATE_START.matcher(text);
        while (m.find()) {
            LocalDate day = Dates.leading(text.substring(m.start()));
            if (day != null) {
                return day;
            }
        }
        return null;
    }

    /** The key as the file writes it, found by its line: an alias such as {@code start_time} shows as itself. */
    private static String frontMatterKey(FrontMatter written, int line) {
        return written.lines().entrySet().stream().filter(e -> e.getValue() == line).map(Map.Entry::getKey)
                .findFirst().map(k -> "front matter '" + k + "'").orElse("front matter line " + line);
    }
}
