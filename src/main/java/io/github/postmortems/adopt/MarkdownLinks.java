package io.github.postmortems.adopt;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The link and image targets of a Markdown file where they are written, so that an import can change them and leave
 * every other byte as it was: inline links and images, reference definitions, and {@code src}/{@code href} in raw
 * HTML.
 */
final class MarkdownLinks {

    /** A target as written, from {@code start} to {@code end} in the file's text. */
    record Target(int start, int end, String url) {
    }

    /** Spaces allowed in targets, as GitHub reads {@code [x](<PM-9 - Title.md>)}. */
    private static final Parser PARSER = Parser.builder(new com.vladsch.flexmark.util.data.MutableDataSet()
            .set(Parser.SPACE_IN_LINK_URLS, true)).build();
    private static final Pattern HTML_ATTRIBUTE = Pattern.compile("(?i)\\b(?:src|href)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");

    private MarkdownLinks() {
    }

    static List<Target> find(String text) {
        List<Target> targets = new ArrayList<>();
        Node document = PARSER.parse(withoutFrontMatter(text));
        new NodeVisitor(
                new VisitHandler<>(Link.class, n -> add(targets, n.getUrl())),
                new VisitHandler<>(Image.class, n -> add(targets, n.getUrl())),
                new VisitHandler<>(Reference.class, n -> add(targets, n.getUrl())),
                new VisitHandler<>(HtmlInline.class, n -> html(targets, n.getChars())),
                new VisitHandler<>(HtmlBlock.class, n -> html(targets, n.getChars())))
                .visit(document);
        targets.sort(Comparator.comparingInt(Target::start));
        return targets;
    }

    /** A file's text after its links were changed, and how many were. */
    record Rewritten(String text, int links) {
    }

    /** The text with each target the function answers for replaced by its answer; targets it returns null for stay. */
    static Rewritten rewrite(String text, List<Target> targets, Function<String, String> replacement) {
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        int changed = 0;
        for (Target t : targets) {
            String replaced = replacement.apply(t.url());
            if (replaced != null && !replaced.equals(t.url())) {
                out.append(text, at, t.start()).append(replaced);
                at = t.end();
                changed++;
            }
        }
        return changed == 0 ? new Rewritten(text, 0) : new Rewritten(out.append(text, at, text.length()).toString(), changed);
    }

    private static void add(List<Target> targets, BasedSequence written) {
        // <a target with spaces.md>: the brackets stay, the target inside them changes
        BasedSequence url = written.length() >= 2 && written.startsWith("<") && written.endsWith(">")
                ? written.subSequence(1, written.length() - 1) : written;
        if (!url.isEmpty()) {
            targets.add(new Target(url.getStartOffset(), url.getEndOffset(), url.toString()));
        }
    }

    private static void html(List<Target> targets, BasedSequence chars) {
        Matcher m = HTML_ATTRIBUTE.matcher(chars);
        while (m.find()) {
            int group = m.group(1) != null ? 1 : 2;
            if (m.end(group) > m.start(group)) {
                targets.add(new Target(chars.getStartOffset() + m.start(group), chars.getStartOffset() + m.end(group),
                        m.group(group)));
            }
        }
    }

    /** Front matter as spaces, line breaks kept, so that offsets into the parsed text are offsets into the file. */
    private static String withoutFrontMatter(String text) {
        if (!text.startsWith("---")) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        if (!lines[0].strip().equals("---")) {
            return text;
        }
        int end = -1;
        int offset = lines[0].length() + 1;
        for (int i = 1; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.equals("---") || l.equals("...")) {
                end = offset + lines[i].length();
                break;
            }
            offset += lines[i].length() + 1;
        }
        if (end < 0) {
            return text;
        }
        StringBuilder blanked = new StringBuilder(text);
        for (int i = 0; i < end; i++) {
            char c = blanked.charAt(i);
            if (c != '\n' && c != '\r') {
                blanked.setCharAt(i, ' ');
            }
        }
        return blanked.toString();
    }
}
