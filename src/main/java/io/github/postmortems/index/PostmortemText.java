package io.github.postmortems.index;

import io.github.postmortems.parse.Postmortem;
import io.github.postmortems.parse.Section;
import io.github.postmortems.scan.Attachment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The plain text of a postmortem as the index sees it: rendered sections without markup, text attachments. */
final class PostmortemText {

    /** Attachments read as text; anything else (images, archives) is left out. */
    static final Set<String> TEXT_EXTENSIONS = Set.of("log", "txt", "eml", "md", "csv");
    /** Only the start of a large attachment is indexed, so a 1 GB log cannot stall the build. */
    static final int ATTACHMENT_CAP = 64 * 1024;

    private static final Pattern PRE = Pattern.compile("(?is)<pre\\b.*?</pre>");
    private static final Pattern BLOCK_TAG = Pattern.compile(
            "(?i)</?(p|div|li|ul|ol|tr|td|th|table|thead|tbody|h[1-6]|br|pre|blockquote|hr)\\b[^>]*>");
    private static final Pattern CELL_BOUNDARY = Pattern.compile("(?i)</t[dh]>\\s*<t[dh]\\b[^>]*>");
    private static final Pattern THEAD = Pattern.compile("(?is)<thead\\b.*?</thead>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos|nbsp);");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\r]+");
    private static final Pattern BLANK_LINES = Pattern.compile("\\s*\\n\\s*");

    private PostmortemText() {
    }

    /**
     * A postmortem's text, each section turned from HTML to text once.
     *
     * @param body the whole page's text in reading order: preamble, then each section with its heading
     * @param sections each section's text by key ({@code summary}, ...), author sections under their heading
     * @param parts each part of the page apart, heading left out: the preamble (id "") and every section by the id
     *        of its heading on the page, in reading order, for the browser's snippets and their links
     */
    record Text(String body, Map<String, String> sections, List<Part> parts) {
    }

    /** The text of one part of a page and the element id it starts at ("" for the top of the page). */
    record Part(String id, String text) {
    }

    static Text of(Postmortem p) {
        StringBuilder body = new StringBuilder();
        Map<String, String> texts = new LinkedHashMap<>();
        List<Part> parts = new ArrayList<>();
        String preamble = fromHtml(p.preambleHtml());
        if (!preamble.isEmpty()) {
            body.append(preamble).append('\n');
            parts.add(new Part("", fromHtml(rowsAsLines(p.preambleHtml()))));
        }
        for (Section s : p.sections()) {
            String text = fromHtml(s.html());
            body.append(s.heading()).append('\n');
            if (!text.isEmpty()) {
                body.append(text).append('\n');
            }
            String key = s.key() != null ? s.key() : s.heading().toLowerCase(Locale.ROOT);
            texts.merge(key, text, (a, b) -> a + "\n" + b);
            if (!text.isEmpty()) {
                parts.add(new Part(s.id(), fromHtml(rowsAsLines(s.html()))));
            }
        }
        return new Text(body.toString().strip(), texts, List.copyOf(parts));
    }

    /** The text of text-like attachments, each capped; undecodable files are skipped. */
    static String attachments(Postmortem p) throws IOException {
        StringBuilder text = new StringBuilder();
        for (Attachment a : p.attachments()) {
            String name = a.name();
            int dot = name.lastIndexOf('.');
            String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
            if (!TEXT_EXTENSIONS.contains(ext)) {
                continue;
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(a.path())) {
                bytes = in.readNBytes(ATTACHMENT_CAP);
            }
            String decoded = decode(bytes);
            if (decoded != null) {
                text.append(name).append('\n').append(decoded.strip()).append('\n');
            }
        }
        return text.toString().strip();
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * A table's cells joined on their row's line ("23:50 · timeouts rise"), so a snippet of a timeline reads as its
     * rows, without the header row (column names read as a heading run into the text); the index reads each cell
     * as a line of its own, which changes no word.
     */
    static String rowsAsLines(String html) {
        return html == null ? null : CELL_BOUNDARY.matcher(THEAD.matcher(html).replaceAll("")).replaceAll(" · ");
    }

    /** Text of rendered HTML: tags dropped, blocks on their own lines, entities decoded. */
    static String fromHtml(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        // a newline in HTML is a space (a soft break of the Markdown source), except in preformatted text
        StringBuilder joined = new StringBuilder(html.length());
        Matcher pre = PRE.matcher(html);
        int at = 0;
        while (pre.find()) {
            joined.append(html.substring(at, pre.start()).replace('\n', ' ')).append(pre.group());
            at = pre.end();
        }
        joined.append(html.substring(at).replace('\n', ' '));
        String text = BLOCK_TAG.matcher(joined).replaceAll("\n");
        text = TAG.matcher(text).replaceAll("");
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(entity(m.group(1))));
        }
        m.appendTail(out);
        text = SPACES.matcher(out).replaceAll(" ");
        return BLANK_LINES.matcher(text).replaceAll("\n").strip();
    }

    private static String entity(String name) {
        return switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> " ";
            default -> {
                int cp = name.startsWith("#x") ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
                yield Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : "\uFFFD";
            }
        };
    }
}
