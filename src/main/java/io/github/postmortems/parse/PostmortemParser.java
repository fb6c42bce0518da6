package io.github.postmortems.parse;

import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import io.github.postmortems.Problem;
import io.github.postmortems.scan.SourceFile;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one postmortem. Lenient about shape (sections at any heading level, the names people really use,
 * {@code **Date:**} lines or {@code Date:} paragraphs, YAML front matter that wins over the body), strict about
 * what it cannot read: that is reported with its line, not guessed.
 *
 * <p>One instance serves a whole build; it holds no per-file state and is safe to share between threads.
 */
public final class PostmortemParser {

    /**
     * The start of a field line, {@code **Date:** }; the value is the rest of the line. Matching only the start
     * keeps the work linear: a lazy value followed by optional spaces was quadratic on a line of many spaces.
     */
    private static final Pattern FIELD_LINE = Pattern.compile(
            "^[*_]{0,2}([A-Za-z][A-Za-z '’/&-]{0,40}?)[*_]{0,2}\\s*:\\s*[*_]{0,2}\\s*");

    /** A time of day after a date: "2020-11-12 15:54", "2020-11-12T15:54:00Z". */
    private static final Pattern TIME_OF_DAY = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}[T ]\\d{1,2}:\\d{2}");

    /** The longest severity kept: it is a label, shown in facets and tables and indexed as one term. */
    private static final int MAX_LABEL = 100;
    /** The level a page gives every section's heading (postmortem.ftlh writes them as h2). */
    static final int SECTION_LEVEL = 2;

    private final Markdown markdown;
    /** Front-matter keys that link this postmortem to others: a repeat, a duplicate, a follow-up. */
    static final List<String> DECLARED_LINKS = List.of("repeat-of", "duplicate-of", "follows");
    /** The sections whose wording is checked for blame: where authors explain why, and what was done. */
    private static final java.util.Set<String> WORDED = java.util.Set.of("root-causes", "trigger", "resolution");
    private final Markdown withoutAutolinks;
    /** What a public copy leaves out and whom it names by role, or null for the company's own site. */
    private final PublicCopy publicCopy;

    private final Map<String, String> fieldAliases;
    private final Severities severities;

    public PostmortemParser(boolean allowRawHtml) {
        this(allowRawHtml, Map.of(), null);
    }

    /**
     * @param fieldAliases the archive's own names for front-matter keys, by the key they stand for
     *        ({@code started -> outage_start}), besides the built-in ones
     */
    public PostmortemParser(boolean allowRawHtml, Map<String, String> fieldAliases) {
        this(allowRawHtml, fieldAliases, null);
    }

    /** @param publicCopy redacts every file for a public copy before it is read; null reads files as written */
    public PostmortemParser(boolean allowRawHtml, PublicCopy publicCopy) {
        this(allowRawHtml, Map.of(), publicCopy);
    }

    public PostmortemParser(boolean allowRawHtml, Map<String, String> fieldAliases, PublicCopy publicCopy) {
        this(allowRawHtml, fieldAliases, Severities.builtIn(), publicCopy);
    }

    /** @param severities the severity words the archive's files may use, built-in and its own */
    public PostmortemParser(boolean allowRawHtml, Map<String, String> fieldAliases, Severities severities,
                            PublicCopy publicCopy) {
        this.severities = severities;
        this.markdown = new Markdown(allowRawHtml);
        this.withoutAutolinks = new Markdown(allowRawHtml, false);
        this.publicCopy = publicCopy;
        Map<String, String> byAlias = new java.util.HashMap<>();
        fieldAliases.forEach((key, alias) -> byAlias.put(alias.strip().toLowerCase(Locale.ROOT).replace('-', '_'), key));
        this.fieldAliases = Map.copyOf(byAlias);
    }

    /** The front-matter keys an archive may give aliases to. */
    public static List<String> aliasableKeys() {
        return FrontMatter.KEYS;
    }

    public ParsedFile parse(SourceFile file) throws IOException {
        return parse(file, Files.readAllBytes(file.path()));
    }

    public ParsedFile parse(SourceFile file, byte[] bytes) {
        String path = file.relativePath();
        String text;
        try {
            text = SourceText.decode(bytes);
        } catch (SourceText.InvalidUtf8 e) {
            return failed(Problem.error(path, e.line, "encoding",
                    "not valid UTF-8 (byte " + e.column + " of the line); save the file as UTF-8"));
        }
        if (text.isBlank()) {
            return failed(Problem.error(path, 1, "empty-file",
                    "the file is empty; copy TEMPLATE.md and fill it in"));
        }
        List<Problem> bounded = new ArrayList<>();
        LongLines lines = LongLines.of(text);
        if (lines.blanksLine() > 0) {
            bounded.add(Problem.warning(path, lines.blanksLine(), "too-long", "a run of " + lines.blanks()
                    + " spaces is read as one space (runs over " + LongLines.MAX_BLANKS + " are shortened)"));
        }
        if (lines.wordLine() > 0) {
            bounded.add(Problem.warning(path, lines.wordLine(), "too-long", "a word of " + lines.word()
                    + " characters: web addresses in this file are not turned into links (words over "
                    + LongLines.MAX_WORD + " characters turn that off)"));
        }
        text = lines.text();
        FrontMatter front;
        try {
            front = FrontMatter.read(text).withAliases(fieldAliases);
        } catch (FrontMatter.Invalid e) {
            return failed(Problem.error(path, e.line, "front-matter", e.getMessage()));
        }
        try {
            Markdown reader = lines.wordLine() > 0 || !mayHoldAutolink(text) ? withoutAutolinks : markdown;
            if (publicCopy != null) {
                try {
                    front = redacted(file, text, front, reader);
                } catch (FrontMatter.Invalid e) {
                    return failed(Problem.error(path, e.line, "front-matter", e.getMessage()));
                }
            }
            Reading reading = new Reading(file, front, reader);
            reading.problems.addAll(bounded);
            return reading.read();
        } catch (StackOverflowError e) {
            // flexmark and the section walk recurse per nesting level; thousands of levels exhaust the stack
            return failed(Problem.error(path, 1, "too-deep",
                    "the Markdown is nested too deeply to read (lists or quotes thousands of levels deep)"));
        }
    }

    /**
     * The file as a public copy shows it: internal sections and links to what is left out go first; a first reading
     * of what remains names the authors and owners, whose names then give way to roles everywhere in the file.
     */
    private FrontMatter redacted(SourceFile file, String text, FrontMatter front, Markdown reader)
            throws FrontMatter.Invalid {
        String shown = publicCopy.withoutInternalParts(file.relativePath(), text, front, reader);
        Postmortem people = new Reading(file, FrontMatter.read(shown), reader).read().postmortem();
        List<String> owners = people == null ? List.of() : people.actionItems().stream().map(ActionItem::owner)
                .filter(java.util.Objects::nonNull).toList();
        return FrontMatter.read(publicCopy.withRoles(shown, people == null ? List.of() : people.authors(), owners))
                .withAliases(fieldAliases);
    }

    /**
     * Whether the text has what starts a bare link ({@code ://}, {@code www.}, {@code @}); most postmortems do
     * not, and the autolink pass over every text node was a sixth of the parser's time.
     */
    static boolean mayHoldAutolink(String text) {
        if (text.indexOf("://") >= 0 || text.indexOf('@') >= 0) {
            return true;
        }
        for (int at = text.indexOf('.'); at >= 0; at = text.indexOf('.', at + 1)) {
            if (at >= 3 && text.regionMatches(true, at - 3, "www", 0, 3)) {
                return true;
            }
        }
        return false;
    }

    private static ParsedFile failed(Problem problem) {
        return new ParsedFile(null, List.of(problem));
    }

    /** The state of reading one file. */
    private final class Reading {
        private final SourceFile file;
        private final String path;
        private final FrontMatter front;
        private final Markdown markdown;
        private final List<Problem> problems = new ArrayList<>();
        private final Map<String, String> fields = new LinkedHashMap<>();
        private final Map<String, Integer> fieldLines = new LinkedHashMap<>();
        private final List<Section> sections = new ArrayList<>();
        private final List<Passage> passages = new ArrayList<>();
        private final Map<String, List<Node>> sectionNodes = new LinkedHashMap<>();
        private final Set<String> ids = new HashSet<>();
        private final StringBuilder preamble = new StringBuilder();
        private String title;

        Reading(SourceFile file, FrontMatter front, Markdown markdown) {
            this.file = file;
            this.path = file.relativePath();
            this.front = front;
            this.markdown = markdown;
        }

        ParsedFile read() {
            Document document = markdown.parse(front.body());
            List<LinkTarget> links = new ArrayList<>();
            for (String key : DECLARED_LINKS) {
                links.addAll(declaredLinks(key));
            }
            links.addAll(Markdown.links(document));
            List<Node> blocks = new ArrayList<>();
            for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
                if (!(n instanceof HtmlCommentBlock)) {
                    blocks.add(n);
                }
            }
            // read before the sections take their blocks into documents of their own
            Map<Node, List<ProseTimes.Paragraph>> paragraphs = paragraphs(blocks);
            readStructure(blocks);
            applyFrontMatter();

            String summary = summaryText();
            Status status = status();
            LocalDate date = date(blocks);
            Postmortem postmortem = new Postmortem(path, file.year(), file.month(), file.system(), file.event(),
                    title(), date, authors(), status, severity(), summary, preamble.toString(), sections,
                    ActionItemReader.read(sectionNodes.getOrDefault("action-items", List.of())),
                    TimelineReader.read(sectionNodes.getOrDefault("timeline", List.of()), date), declaredTimes(),
                    file.attachments(), file.refused(), tags(), links, fieldLines,
                    LessonGroup.read(sectionNodes.getOrDefault("lessons-learned", List.of())), triggers(),
                    passages, ExtraFields.of(front.unread()), ProseTimes.read(prose(paragraphs), date));
            return new ParsedFile(postmortem, problems);
        }

        /**
         * A heading that names a template section always starts one; any other heading starts a section when it
         * is no deeper than the current section's heading ("## Incident Report" wrapping "### Summary"), and is
         * content otherwise ("#### What went well" under "### Lessons Learned").
         */
        private void readStructure(List<Node> blocks) {
            String key = null;
            Heading heading = null;
            List<Node> body = new ArrayList<>();
            for (Node node : blocks) {
                if (node instanceof Heading h && h.getLevel() == 1 && title == null && heading == null) {
                    title = Markdown.headingText(h);
                    fieldLines.put("title", h.getStartLineNumber() + 1);
                    continue;
                }
                String named = node instanceof Heading h ? Vocabulary.sectionKey(Markdown.text(h)) : null;
                if (node instanceof Heading h && (named != null || heading == null || h.getLevel() <= heading.getLevel())) {
                    if (heading != null) {
                        addSection(key, heading, body);
                    }
                    heading = h;
                    key = named;
                    body = new ArrayList<>();
                } else if (heading != null) {
                    body.add(node);
                } else if (!readFields(node)) {
                    preamble.append(markdown.html(node));
                }
            }
            if (heading != null) {
                addSection(key, heading, body);
            }
        }

        private void addSection(String key, Heading heading, List<Node> body) {
            if (key == null && body.isEmpty()) {
                return; // a wrapper such as "## Incident Report" around the real sections
            }
            String name = Markdown.text(heading);
            String text = texts(body);
            Markdown.nestHeadings(body, SECTION_LEVEL);
            sections.add(new Section(key, name, uniqueId(key != null ? key : name), heading.getStartLineNumber() + 1,
                    markdown.html(body, "timeline".equals(key)), text));
            if (key != null && WORDED.contains(key)) {
                for (Node n : body) {
                    if (!(n instanceof HtmlCommentBlock)) {
                        passages.add(new Passage(name, n.getStartLineNumber() + 1, n.getChars().toString()));
                    }
                }
            }
            if (key != null) {
                sectionNodes.computeIfAbsent(key, k -> new ArrayList<>()).addAll(body);
                fieldLines.putIfAbsent(key, heading.getStartLineNumber() + 1);
            }
        }

        /**
         * Reads {@code **Date:** 2024-03-14} lines, bulleted or not, and SRE-book style {@code Summary: ...}
         * paragraphs. False when the block is prose, which then stays in the page as written.
         */
        private boolean readFields(Node block) {
            if (!(block instanceof Paragraph) && !(block instanceof BulletList)) {
                return false;
            }
            List<int[]> starts = new ArrayList<>();
            List<String> lines = new ArrayList<>();
            collectLines(block, lines, starts);
            if (lines.isEmpty()) {
                return false;
            }
            Map<String, StringBuilder> found = new LinkedHashMap<>();
            Map<String, Integer> foundLines = new LinkedHashMap<>();
            StringBuilder current = null;
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = FIELD_LINE.matcher(lines.get(i));
                String key = m.lookingAt() ? Vocabulary.fieldKey(m.group(1)) : null;
                if (key != null && !found.containsKey(key)) {
                    current = new StringBuilder(lines.get(i).substring(m.end()).strip());
                    found.put(key, current);
                    foundLines.put(key, starts.get(i)[0]);
                } else if (current != null) {
                    current.append('\n').append(lines.get(i));
                } else {
                    return false;
                }
            }
            found.forEach((key, value) -> {
                int line = foundLines.get(key);
                if (Vocabulary.isMetadataField(key)) {
                    fields.putIfAbsent(key, markdown.textOf(value.toString()));
                    fieldLines.putIfAbsent(key, line);
                } else {
                    String label = Vocabulary.SECTION_LABELS.get(key);
                    sections.add(new Section(key, label, uniqueId(key), line, markdown.htmlOf(value.toString()),
                            markdown.textOf(value.toString())));
                    sectionNodes.computeIfAbsent(key, k -> new ArrayList<>())
                            .addAll(childrenOf(markdown.parse(value.toString())));
                    fieldLines.putIfAbsent(key, line);
                }
            });
            return true;
        }

        private void collectLines(Node node, List<String> lines, List<int[]> starts) {
            if (node instanceof Paragraph p) {
                int first = p.getStartLineNumber() + 1;
                List<BasedSequence> content = p.getContentLines();
                for (int i = 0; i < content.size(); i++) {
                    lines.add(content.get(i).toString().strip());
                    starts.add(new int[] {first + i});
                }
                return;
            }
            for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
                collectLines(n, lines, starts);
            }
        }

        private void applyFrontMatter() {
            // keys of other templates are kept (Postmortem.extraFields) and named once per build, not per file
            Object visibility = front.values().get("visibility");
            if (visibility != null && !List.of("public", "internal").contains(oneLine(visibility).toLowerCase(Locale.ROOT))) {
                problems.add(Problem.warning(path, front.lineOf("visibility"), "front-matter", "visibility '"
                        + oneLine(visibility) + "' is not public or internal; a public copy leaves it out"));
            }
            for (String key : List.of("title", "date", "status", "severity")) {
                Object value = front.values().get(key);
                if (value != null && !(value instanceof Map<?, ?>) && !(value instanceof List<?>)) {
                    String text = key.equals("severity") && value instanceof Number n ? "SEV-" + n : oneLine(value);
                    if (key.equals("title")) {
                        title = text;
                    } else {
                        fields.put(key, text);
                    }
                    fieldLines.put(key, front.lineOf(key));
                }
            }
            Object authors = front.values().containsKey("authors") ? front.values().get("authors")
                    : front.values().get("author");
            if (authors != null) {
                fields.put("authors", authors instanceof List<?> list
                        ? String.join(", ", list.stream().map(PostmortemParser::oneLine).toList()) : oneLine(authors));
                fieldLines.put("authors", front.lineOf(front.values().containsKey("authors") ? "authors" : "author"));
            }
            Object summary = front.values().get("summary");
            if (summary != null && sections.stream().noneMatch(s -> "summary".equals(s.key()))) {
                sections.add(0, new Section("summary", "Summary", uniqueId("summary"), front.lineOf("summary"),
                        markdown.htmlOf(summary.toString()), markdown.textOf(summary.toString())));
                sectionNodes.put("summary", childrenOf(markdown.parse(summary.toString())));
                fieldLines.put("summary", front.lineOf("summary"));
            }
        }

        private String title() {
            if (title != null && !title.isBlank()) {
                return title;
            }
            problems.add(Problem.warning(path, 1, "title",
                    "no title; start the file with a '# Title' line (using the file name for now)"));
            String words = file.event().replace('-', ' ');
            return Character.toUpperCase(words.charAt(0)) + words.substring(1);
        }

        private LocalDate date(List<Node> blocks) {
            String text = fields.get("date");
            if (text == null) {
                // no Date, but a stated start ("start_time: 2020-11-12T15:54:00Z"), a dated timeline, the title
                // ("# 2018-03-26, proxy down") or the first paragraphs ("On 12 November 2020, ...") say the day
                Object started = front.values().get("started");
                List<java.util.function.Supplier<LocalDate>> sources = List.of(
                        () -> started == null ? null : Dates.leading(started.toString()),
                        () -> TimelineReader.read(sectionNodes.getOrDefault("timeline", List.of()), null).stream()
                                .map(TimelineEntry::date).filter(java.util.Objects::nonNull).findFirst().orElse(null),
                        () -> title == null ? null : Dates.find(title, file.year()),
                        () -> firstParagraphsDate(blocks));
                for (java.util.function.Supplier<LocalDate> source : sources) {
                    LocalDate day = source.get();
                    // only a day in the file's own month: the name, not a guess, decides where a postmortem is filed
                    if (day != null && day.getYear() == file.year() && day.getMonthValue() == file.month()) {
                        return day;
                    }
                }
                return null; // the required-metadata rule still asks for a Date line
            }
            LocalDate date = Dates.leading(text);
            if (date == null) {
                problems.add(Problem.warning(path, fieldLines.get("date"), "date",
                        "cannot read Date '" + text + "'; write it as YYYY-MM-DD"));
            }
            return date;
        }

        /** The first date stated in the first two paragraphs of prose, wherever they stand (before or in a section). */
        private LocalDate firstParagraphsDate(List<Node> blocks) {
            int seen = 0;
            for (Node n : blocks) {
                if (n instanceof Paragraph && seen++ < 2) {
                    LocalDate day = Dates.find(Markdown.text(n), file.year());
                    if (day != null) {
                        return day;
                    }
                }
            }
            return null;
        }

        /** Each block's paragraphs (its own or those of its lists and quotes) with their lines, as plain text. */
        private Map<Node, List<ProseTimes.Paragraph>> paragraphs(List<Node> blocks) {
            Map<Node, List<ProseTimes.Paragraph>> paragraphs = new java.util.IdentityHashMap<>();
            for (Node block : blocks) {
                List<ProseTimes.Paragraph> list = new ArrayList<>();
                List<Node> nodes = new ArrayList<>();
                nodes.add(block);
                block.getDescendants().forEach(nodes::add);
                for (Node n : nodes) {
                    if (n instanceof Paragraph) {
                        list.add(new ProseTimes.Paragraph(n.getStartLineNumber() + 1, Markdown.text(n)));
                    }
                }
                paragraphs.put(block, list);
            }
            return paragraphs;
        }

        /** The paragraphs of prose in the order written, outside the timeline (read as entries), and a summary key. */
        private List<ProseTimes.Paragraph> prose(Map<Node, List<ProseTimes.Paragraph>> paragraphs) {
            java.util.Set<Node> timeline = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            timeline.addAll(sectionNodes.getOrDefault("timeline", List.of()));
            List<ProseTimes.Paragraph> prose = new ArrayList<>();
            Object frontSummary = front.values().get("summary");
            if (frontSummary != null) {
                prose.add(new ProseTimes.Paragraph(front.lineOf("summary"), frontSummary.toString()));
            }
            paragraphs.forEach((block, list) -> {
                if (!timeline.contains(block)) {
                    prose.addAll(list);
                }
            });
            prose.sort(java.util.Comparator.comparingInt(ProseTimes.Paragraph::line));
            return prose;
        }

        private List<String> authors() {
            String text = fields.get("authors");
            if (text == null) {
                return List.of();
            }
            List<String> names = new ArrayList<>();
            for (String part : text.split("\\s*(?:,|;|&|\\band\\b)\\s*")) {
                // in a public copy several authors can share a role, which is said once
                if (!part.isBlank() && (publicCopy == null || !names.contains(part.strip()))) {
                    names.add(part.strip());
                }
            }
            return names;
        }

        private Status status() {
            String text = fields.get("status");
            if (text == null) {
                return Status.DRAFT; // the required-metadata rule reports it
            }
            return Status.read(text).orElseGet(() -> {
                problems.add(Problem.warning(path, fieldLines.get("status"), "status", "unknown Status '" + text
                        + "' (use Draft, In Review, Reviewed or Closed); treated as Draft"));
                return Status.DRAFT;
            });
        }

        private String severity() {
            String text = fields.get("severity");
            if (text == null || text.isBlank()) {
                return null;
            }
            if (text.length() > MAX_LABEL) {
                problems.add(Problem.warning(path, fieldLines.get("severity"), "too-long", "Severity is "
                        + text.length() + " characters long; a label such as SEV-2 is expected (at most " + MAX_LABEL
                        + "), so it is left out"));
                return null;
            }
            java.util.Optional<String> read = severities.read(text);
            if (read.isEmpty()) {
                problems.add(Problem.warning(path, fieldLines.get("severity"), "severity", "cannot map Severity '"
                        + text.strip() + "' onto the archive's severities (kept as written); accepted: "
                        + severities.accepted() + "; map an archive's own words with <severityAliases>"));
                return text.strip();
            }
            return read.get();
        }

        /** Front matter's started, detected, mitigated and resolved, which win over the timeline. */
        /**
         * {@code repeat-of:}, {@code duplicate-of:} and {@code follows:} in front matter name other postmortems, by
         * archive path ({@code 2023/08.storage.disk-full}, {@code .md} optional) or relative to this file. They
         * become links whose context is the key and the value, so they are checked like any link and the model
         * reads them from the context.
         */
        private List<LinkTarget> declaredLinks(String key) {
            Object value = front.values().get(key);
            if (value == null) {
                return List.of();
            }
            List<?> targets = value instanceof List<?> list ? list : List.of(value);
            List<LinkTarget> links = new ArrayList<>();
            for (Object target : targets) {
                String t = oneLine(target).strip();
                if (t.isEmpty() || publicCopy != null && publicCopy.isInternal(path, t)) {
                    continue;
                }
                String relative = t.startsWith("./") || t.startsWith("../") ? t : "../" + t;
                links.add(new LinkTarget(relative.endsWith(".md") ? relative : relative + ".md",
                        front.lineOf(key), key + ": " + t));
            }
            return links;
        }

        /**
         * The postmortem triggers: as front matter ({@code trigger:}, a word list or a YAML list) or a
         * {@code **Postmortem trigger:**} line declares them, each item checked; else as the Trigger section names
         * them in so many words ("user-facing unavailability", "data loss").
         */
        private List<PostmortemTrigger> triggers() {
            String key = front.values().containsKey("trigger") ? "trigger" : "triggers";
            Object value = front.values().get(key);
            List<String> items;
            int line;
            if (value != null) {
                items = value instanceof List<?> list ? list.stream().map(PostmortemParser::oneLine).toList()
                        : List.of(oneLine(value).split("\\s*[,;|]\\s*"));
                line = front.lineOf(key);
                fieldLines.put("postmortem-trigger", line);
            } else if (fields.containsKey("postmortem-trigger")) {
                items = List.of(fields.get("postmortem-trigger").split("\\s*[,;|]\\s*"));
                line = fieldLines.get("postmortem-trigger");
            } else {
                Section trigger = sections.stream().filter(s -> "trigger".equals(s.key())).findFirst().orElse(null);
                return trigger == null ? List.of() : PostmortemTrigger.named(trigger.text());
            }
            List<String> unknown = new ArrayList<>();
            List<PostmortemTrigger> triggers = PostmortemTrigger.declared(items, unknown);
            if (triggers.size() == PostmortemTrigger.values().length) {
                problems.add(Problem.warning(path, line, "trigger", "names all five postmortem triggers, as the "
                        + "template does; keep those that made this incident worth a postmortem"));
                return List.of();
            }
            for (String u : unknown) {
                problems.add(Problem.warning(path, line, "trigger", "unknown postmortem trigger '" + u + "' (use "
                        + PostmortemTrigger.known() + ")"));
            }
            return triggers;
        }

        private List<TimelineEntry> declaredTimes() {
            List<TimelineEntry> declared = new ArrayList<>();
            Map<String, Marker> keys = Map.of("started", Marker.BEGINS, "detected", Marker.DETECTED,
                    "mitigated", Marker.MITIGATED, "resolved", Marker.RESOLVED);
            for (String key : List.of("started", "detected", "mitigated", "resolved")) {
                Object value = front.values().get(key);
                if (value == null && key.equals("started") && front.values().get("date") != null
                        && TIME_OF_DAY.matcher(front.values().get("date").toString()).find()) {
                    // "date: 2020-11-12 15:54:00" says when it began, as blog and status-page front matter does
                    value = front.values().get("date");
                    TimelineEntry e = TimelineReader.declared(front.lineOf("date"), value.toString(), keys.get(key));
                    if (e != null) {
                        declared.add(e);
                    }
                    continue;
                }
                if (value == null) {
                    continue;
                }
                TimelineEntry e = TimelineReader.declared(front.lineOf(key), value.toString(), keys.get(key));
                if (e == null) {
                    problems.add(Problem.warning(path, front.lineOf(key), "date", "cannot read " + key + " '" + value
                            + "'; write it as YYYY-MM-DD HH:MM with a zone, e.g. 2024-03-14 14:02 UTC"));
                } else {
                    declared.add(e);
                }
            }
            return declared;
        }

        private List<String> tags() {
            Object tags = front.values().get("tags");
            if (tags instanceof List<?> list) {
                return list.stream().map(PostmortemParser::oneLine).toList();
            }
            return tags == null ? List.of() : List.of(oneLine(tags).split("\\s*,\\s*"));
        }

        private String texts(List<Node> nodes) {
            StringBuilder text = new StringBuilder();
            for (Node n : nodes) {
                if (!(n instanceof HtmlCommentBlock)) {
                    text.append(text.length() == 0 ? "" : "\n").append(Markdown.text(n));
                }
            }
            return text.toString();
        }

        /** The first paragraph of the summary as plain text. */
        private String summaryText() {
            for (Node n : sectionNodes.getOrDefault("summary", List.of())) {
                if (n instanceof Paragraph) {
                    return Markdown.text(n);
                }
            }
            return "";
        }

        private String uniqueId(String name) {
            String base = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
            if (base.isEmpty()) {
                base = "section";
            }
            base = LayoutIds.authorId(base);
            String id = base;
            for (int i = 2; !ids.add(id); i++) {
                id = base + "-" + i;
            }
            return id;
        }
    }

    /**
     * A front matter value as one line of text: these are labels (title, status, severity, names, tags) that
     * digests, tables and logs print on one line, where a line break could start a heading or a CI command.
     */
    private static String oneLine(Object value) {
        return String.valueOf(value).replaceAll("[\\p{Cntrl}\\s\\u0085\\u2028\\u2029]+", " ").strip();
    }

    private static List<Node> childrenOf(Document document) {
        List<Node> nodes = new ArrayList<>();
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            nodes.add(n);
        }
        return nodes;
    }
}
