package io.github.postmortems.parse;

import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.LinkResolverFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
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

    private final Parser parser;
    private final HtmlRenderer renderer;

    Markdown(boolean allowRawHtml) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
                TaskListExtension.create(), AutolinkExtension.create()));
        // GFM table semantics: no column spans, ragged rows padded or cut to the header
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        options.set(HtmlRenderer.ESCAPE_HTML, !allowRawHtml);
        options.set(HtmlRenderer.SUPPRESSED_LINKS, "(?i)(javascript|vbscript|data):.*");
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).linkResolverFactory(new PageLinks()).build();
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
        if (nodes.isEmpty()) {
            return "";
        }
        Document original = nodes.get(0).getDocument();
        Document part = new Document(original, original.getChars());
        for (Node n : nodes) {
            if (!(n instanceof HtmlCommentBlock)) {
                n.unlink();
                part.appendChild(n);
            }
        }
        return renderer.render(part);
    }

    /** Renders a Markdown fragment, such as the value of an inline {@code Summary:} field. */
    String htmlOf(String markdown) {
        return renderer.render(parser.parse(markdown));
    }

    /** Every link, image and reference definition target in a document, in document order. */
    static List<LinkTarget> links(Document document) {
        List<LinkTarget> links = new java.util.ArrayList<>();
        new com.vladsch.flexmark.util.ast.NodeVisitor(
                new com.vladsch.flexmark.util.ast.VisitHandler<>(com.vladsch.flexmark.ast.Link.class,
                        n -> links.add(new LinkTarget(n.getUrl().toString(), n.getStartLineNumber() + 1))),
                new com.vladsch.flexmark.util.ast.VisitHandler<>(com.vladsch.flexmark.ast.Image.class,
                        n -> links.add(new LinkTarget(n.getUrl().toString(), n.getStartLineNumber() + 1))),
                new com.vladsch.flexmark.util.ast.VisitHandler<>(com.vladsch.flexmark.ast.Reference.class,
                        n -> links.add(new LinkTarget(n.getUrl().toString(), n.getStartLineNumber() + 1))))
                .visit(document);
        return links;
    }

    static String text(Node node) {
        return new TextCollectingVisitor().collectAndGetText(node).replaceAll("\\s+", " ").strip();
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

    /** Plain text of a Markdown fragment. */
    String textOf(String markdown) {
        return text(parser.parse(markdown));
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
