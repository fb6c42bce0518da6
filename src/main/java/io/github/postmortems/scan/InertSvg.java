package io.github.postmortems.scan;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An SVG attachment reduced to drawing: a browser that opens it directly, on the site's origin, runs whatever
 * script it holds. Only drawing elements are kept; scripts, event handlers, foreign content, animations (which
 * can rewrite a link), processing instructions and every reference outside the file are removed.
 */
public final class InertSvg {

    private static final Set<String> DRAWING = Set.of("svg", "g", "path", "rect", "circle", "ellipse", "line",
            "polyline", "polygon", "text", "tspan", "textPath", "title", "desc", "defs", "linearGradient",
            "radialGradient", "stop", "clipPath", "mask", "pattern", "symbol", "use", "marker", "metadata",
            "filter", "feBlend", "feColorMatrix", "feComponentTransfer", "feComposite", "feFlood",
            "feGaussianBlur", "feMerge", "feMergeNode", "feMorphology", "feOffset", "feDropShadow",
            "feTurbulence", "feFuncA", "feFuncR", "feFuncG", "feFuncB", "switch");
    /** url(...) that is not a reference to an id in the same file. */
    private static final Pattern OUTSIDE_URL = Pattern.compile("(?i)url\\s*+\\(\\s*+['\"]?+\\s*+(?!#)");
    /** Imports, old IE expressions, script URLs, image sets and CSS escapes (which can spell any of them). */
    private static final Pattern ACTIVE_CSS = Pattern.compile("(?i)@import|expression\\s*\\(|javascript:|image-set|\\\\");

    private InertSvg() {
    }

    /** What {@link #clean} made of a file, and whether it had to remove anything to get there. */
    public record Result(byte[] svg, List<String> removed) {
    }

    public static Result clean(byte[] source) {
        Document doc = Jsoup.parse(new String(source, StandardCharsets.UTF_8), "", Parser.xmlParser());
        doc.outputSettings().prettyPrint(false).syntax(Document.OutputSettings.Syntax.xml)
                .escapeMode(Entities.EscapeMode.xhtml).charset(StandardCharsets.UTF_8);
        List<String> removed = new ArrayList<>();
        Element root = doc.children().stream().filter(e -> e.tagName().equals("svg")).findFirst().orElse(null);
        for (Node n : new ArrayList<>(doc.childNodes())) {
            if (n != root) {
                if (n instanceof Element e) {
                    removed.add("<" + e.tagName() + ">");
                } else if (n instanceof org.jsoup.nodes.XmlDeclaration x && !x.name().equalsIgnoreCase("xml")) {
                    removed.add("<?" + x.name() + "?>");
                } else if (n instanceof org.jsoup.nodes.DocumentType) {
                    removed.add("<!DOCTYPE>");
                }
                n.remove();
            }
        }
        if (root == null) {
            removed.add("everything (no <svg> root element)");
            root = doc.appendElement("svg");
        }
        clean(root, removed);
        root.attr("xmlns", "http://www.w3.org/2000/svg");
        String text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + root.outerHtml() + "\n";
        return new Result(text.getBytes(StandardCharsets.UTF_8), List.copyOf(new java.util.LinkedHashSet<>(removed)));
    }

    /**
     * Walks the tree in document order with a stack of child lists, not recursion: an SVG nested 100,000 deep must
     * not exhaust the stack.
     */
    private static void clean(Element root, List<String> removed) {
        java.util.ArrayDeque<java.util.Iterator<Node>> stack = new java.util.ArrayDeque<>();
        cleanAttributes(root, removed);
        stack.push(new ArrayList<>(root.childNodes()).iterator());
        while (!stack.isEmpty()) {
            java.util.Iterator<Node> children = stack.peek();
            if (!children.hasNext()) {
                stack.pop();
                continue;
            }
            Node child = children.next();
            if (child instanceof Element e) {
                if (DRAWING.contains(e.tagName())) {
                    cleanAttributes(e, removed);
                    stack.push(new ArrayList<>(e.childNodes()).iterator());
                } else {
                    removed.add("<" + e.tagName() + ">");
                    e.remove();
                }
            } else if (!(child instanceof org.jsoup.nodes.TextNode) && !(child instanceof org.jsoup.nodes.Comment)) {
                removed.add(child.nodeName());
                child.remove();
            }
        }
    }

    private static void cleanAttributes(Element element, List<String> removed) {
        for (Attribute a : new ArrayList<>(element.attributes().asList())) {
            String key = a.getKey().toLowerCase(Locale.ROOT);
            String value = a.getValue();
            boolean reference = key.equals("href") || key.endsWith(":href");
            int colon = key.indexOf(':');
            // a prefix other than xml and xlink is an editor's (inkscape:, sodipodi:): its namespace goes, so must it
            boolean foreign = colon > 0 && !key.startsWith("xml:") && !key.startsWith("xlink:")
                    && !key.startsWith("xmlns:");
            if (key.startsWith("on") || reference && !value.strip().startsWith("#")
                    || OUTSIDE_URL.matcher(value).find() || ACTIVE_CSS.matcher(value).find()) {
                removed.add(key.startsWith("on") ? "event handler " + a.getKey() : "attribute " + a.getKey());
                element.removeAttr(a.getKey());
            } else if (foreign || key.startsWith("xmlns:") && !key.equals("xmlns:xlink")) {
                element.removeAttr(a.getKey());
            }
        }
    }
}
