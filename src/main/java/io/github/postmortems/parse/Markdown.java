package io.github.postmortems.parse;

import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.html.Attribute;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.LinkResolverFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CommonMark plus GFM tables, strikethrough, task lists and autolinks. One parser and one renderer for the
 * whole build: both are immutable and thread-safe.
 */
final class Markdown {

    private static final com.vladsch.flexmark.util.data.DataKey<Boolean> SOURCE_LINES =
            new com.vladsch.flexmark.util.data.DataKey<>("POSTMORTEM_SOURCE_LINES", false);

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final boolean rawHtml;

    Markdown(boolean allowRawHtml) {
        this(allowRawHtml, true);
    }

    /** @param autolinks whether bare web addresses become links; see {@link LongLines} for when they do not */
    Markdown(boolean allowRawHtml, boolean autolinks) {
        rawHtml = allowRawHtml;
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, autolinks
                ? List.of(TablesExtension.create(), StrikethroughExtension.create(), TaskListExtension.create(),
                        AutolinkExtension.create())
                : List.of(TablesExtension.create(), StrikethroughExtension.create(), TaskListExtension.create()));
        // GFM table semantics: no column spans, ragged rows padded or cut to the header
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        // valid HTML: a checkbox may not be readonly; the label says what the box means to screen readers
        options.set(TaskListExtension.ITEM_DONE_MARKER,
                "<input type=\"checkbox\" class=\"task-list-item-checkbox\" checked disabled aria-label=\"done\"> ");
        options.set(TaskListExtension.ITEM_NOT_DONE_MARKER,
                "<input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled aria-label=\"not done\"> ");
        options.set(HtmlRenderer.ESCAPE_HTML, !allowRawHtml);
        options.set(HtmlRenderer.SUPPRESSED_LINKS, "(?i)(javascript|vbscript|data):.*");
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).linkResolverFactory(new PageLinks())
                .attributeProviderFactory(new AuthorAttributes()).build();
    }

    Document parse(String markdown) {
        return parser.parse(markdown);
    }

    String html(Node node) {
        return html(List.of(node));
    }

    /**
     * Renders part of a document. flexmark renders links only when given a whole Document, so the nodes move
     * into one that shares the original's data (link reference definitions included).
     */
    String html(List<Node> nodes) {
        return html(nodes, false);
    }

    /**
     * @param sourceLines whether each table body row and list item carries its source line ({@code data-line}), so
     *                    that a page can find the timeline entry read from it
     */
    String html(List<Node> nodes, boolean sourceLines) {
        if (nodes.isEmpty()) {
            return "";
        }
        Document original = nodes.get(0).getDocument();
        Document part = new Document(original, original.getChars());
        part.set(SOURCE_LINES, sourceLines);
        for (Node n : nodes) {
            if (!(n instanceof HtmlCommentBlock)) {
                n.unlink();
                part.appendChild(n);
            }
        }
        return render(part);
    }

    private String render(Document document) {
        String html = renderer.render(document);
        return rawHtml ? RawHtml.clean(html) : html;
    }

    /**
     * Renumbers the author's headings inside a section so that the page never skips a level: the first comes one
     * below the section's heading, and each goes at most one deeper than the one it sits under, keeping the
     * author's nesting ({@code ## → ####} becomes {@code h2 → h3}; a later {@code ###} next to that
     * {@code ####} stays a sibling).
     *
     * @param parentLevel the level the page gives the section's own heading
     */
    static void nestHeadings(List<Node> body, int parentLevel) {
        java.util.ArrayDeque<int[]> open = new java.util.ArrayDeque<>(); // {author's level, page level}
        for (Node block : body) {
            for (Node node : block instanceof com.vladsch.flexmark.ast.Heading ? List.of(block) : descendants(block)) {
                if (node instanceof com.vladsch.flexmark.ast.Heading h) {
                    while (!open.isEmpty() && open.peek()[0] >= h.getLevel()) {
                        open.pop();
                    }
                    int level = Math.min(6, open.isEmpty() ? parentLevel + 1 : open.peek()[1] + 1);
                    open.push(new int[] {h.getLevel(), level});
                    h.setLevel(level);
                }
            }
        }
    }

    private static List<Node> descendants(Node block) {
        List<Node> nodes = new java.util.ArrayList<>();
        block.getDescendants().forEach(nodes::add);
        return nodes;
    }

    /** Renders a Markdown fragment, such as the value of an inline {@code Summary:} field. */
    String htmlOf(String markdown) {
        return render(parser.parse(markdown));
    }

    /** Every link, image and reference definition target in a document, in document order, decoded as rendered. */
    static List<LinkTarget> links(Document document) {
        List<LinkTarget> links = new java.util.ArrayList<>();
        new com.vladsch.flexmark.util.ast.NodeVisitor(
                new com.vladsch.flexmark.util.ast.VisitHandler<>(com.vladsch.flexmark.ast.Link.class,
                        n -> links.add(target(n, n.getUrl().unescape()))),
                new com.vladsch.flexmark.util.ast.VisitHandler<>(com.vladsch.flexmark.ast.Image.class,
                        n -> links.add(target(n, n.getUrl().unescape()))),
                new com.vladsch.flexmark.util.ast.VisitHandler<>(com.vladsch.flexmark.ast.AutoLink.class,
                        n -> links.add(target(n, n.getUrl().unescape()))),
                new com.vladsch.flexmark.util.ast.VisitHandler<>(com.vladsch.flexmark.ast.Reference.class,
                        n -> links.add(target(n, n.getUrl().unescape()))))
                .visit(document);
        return links;
    }

    private static LinkTarget target(Node node, String url) {
        Node block = node.getAncestorOfType(com.vladsch.flexmark.ast.Paragraph.class,
                com.vladsch.flexmark.ext.tables.TableCell.class);
        return new LinkTarget(url, node.getStartLineNumber() + 1, block == null ? "" : text(block));
    }

    /**
     * A node's plain text. flexmark's TextCollectingVisitor fails on some documents when it visits a node twice
     * (its sequence builder miscounts), so this walks the tree itself.
     */
    static String text(Node node) {
        StringBuilder out = new StringBuilder();
        collectText(node, out);
        return collapseWhitespace(out);
    }

    /** Runs of whitespace as one space, none at either end: {@code replaceAll("\\s+", " ").strip()}, without a regex. */
    static String collapseWhitespace(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString().strip(); // strip() also drops Unicode spaces, as the regex version did
    }

    private static void collectText(Node node, StringBuilder out) {
        if (node instanceof com.vladsch.flexmark.ast.Text || node instanceof com.vladsch.flexmark.ast.HtmlEntity) {
            out.append(node.getChars().unescape());
        } else if (node instanceof com.vladsch.flexmark.ast.Code code) {
            out.append(code.getText());
        } else if (node instanceof com.vladsch.flexmark.ast.AutoLink link) {
            out.append(link.getText());
        } else if (node instanceof com.vladsch.flexmark.ast.MailLink link) {
            out.append(link.getText());
        } else if (node instanceof com.vladsch.flexmark.ast.CodeBlock
                || node instanceof com.vladsch.flexmark.ast.FencedCodeBlock
                || node instanceof com.vladsch.flexmark.ast.IndentedCodeBlock) {
            out.append(' ').append(((com.vladsch.flexmark.util.ast.Block) node).getContentChars()).append(' ');
        } else if (node instanceof com.vladsch.flexmark.ast.SoftLineBreak
                || node instanceof com.vladsch.flexmark.ast.HardLineBreak) {
            out.append(' ');
        } else if (!(node instanceof com.vladsch.flexmark.ast.HtmlInline)
                && !(node instanceof com.vladsch.flexmark.ast.HtmlBlock)
                && !(node instanceof com.vladsch.flexmark.ast.HtmlCommentBlock)) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                collectText(child, out);
            }
            if (node instanceof com.vladsch.flexmark.util.ast.Block) {
                out.append(' ');
            }
        }
    }

    /**
     * A heading as the author wrote it, minus emphasis and link syntax. Inline HTML stays as text: a title
     * is always escaped where it is shown.
     */
    static String headingText(com.vladsch.flexmark.ast.Heading heading) {
        return heading.getText().toString()
                .replaceAll("!?\\[([^\\]]*)]\\([^)]*\\)", "$1")
                .replaceAll("(\\*\\*|__|`|~~)", "")
                .replaceAll("\\s+", " ").strip();
    }

    private static final java.util.regex.Pattern MARKUP = java.util.regex.Pattern.compile("[*_`\\[\\]<>&\\\\!~|#]");

    /** Plain text of a Markdown fragment; most field values have no markup and skip the parser. */
    String textOf(String markdown) {
        if (!MARKUP.matcher(markdown).find()) {
            return collapseWhitespace(markdown);
        }
        return text(parser.parse(markdown));
    }

    /**
     * The last look at each attribute before it is written: a link or image whose URL would run script loses it
     * (the text stays), a heading id the layout uses is renamed (see {@link LayoutIds}), and a table can take focus.
     */
    private static final class AuthorAttributes extends IndependentAttributeProviderFactory {
        @Override
        public AttributeProvider apply(LinkResolverContext context) {
            return (node, part, attributes) -> {
                for (String name : List.of("href", "src")) {
                    Attribute url = attributes.get(name);
                    if (url != null && !SafeUrl.isSafe(url.getValue())) {
                        attributes.remove(name);
                    }
                }
                Attribute id = attributes.get("id");
                if (id != null && node instanceof com.vladsch.flexmark.ast.Heading) {
                    attributes.replaceValue("id", LayoutIds.authorId(id.getValue()));
                }
                // a table wider than a phone scrolls in place (style.css), and a keyboard can scroll only what it can focus
                if (node instanceof com.vladsch.flexmark.ext.tables.TableBlock) {
                    attributes.replaceValue("tabindex", "0");
                }
                boolean entry = node instanceof com.vladsch.flexmark.ast.ListItem
                        || node instanceof com.vladsch.flexmark.ext.tables.TableRow
                        && node.getParent() instanceof com.vladsch.flexmark.ext.tables.TableBody;
                if (entry && SOURCE_LINES.get(node.getDocument())) {
                    attributes.replaceValue("data-line", String.valueOf(node.getStartLineNumber() + 1));
                }
            };
        }
    }

    /**
     * Links between postmortems are written to their Markdown files so they work on the forge;
     * on the site they point to the pages, which mirror the archive's layout.
     */
    private static final class PageLinks implements LinkResolverFactory {
        private static final Pattern MARKDOWN_TARGET =
                Pattern.compile("^((?:[^:/?#]*/)*\\d{2}\\.[^/?#]+)\\.md(#.*)?$");

        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }

        @Override
        public LinkResolver apply(LinkResolverBasicContext context) {
            return (node, ctx, link) -> {
                if (link.getLinkType() != LinkType.LINK) {
                    return link;
                }
                Matcher m = MARKDOWN_TARGET.matcher(link.getUrl());
                if (!m.matches()) {
                    return link;
                }
                String anchor = m.group(2) == null ? "" : m.group(2);
                return link.withUrl(m.group(1) + ".html" + anchor).withStatus(LinkStatus.VALID);
            };
        }
    }

}
