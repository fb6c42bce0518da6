package io.github.postmortems.render;


import io.github.postmortems.parse.SafeUrl;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the digest templates need beyond {@link Format}: links that still work once the e-mail is pasted
 * elsewhere, Markdown escaping, and inline styles for the editor's intro.
 */
public final class DigestFormat {

    private static final Pattern MARKDOWN_SPECIAL = Pattern.compile("([\\\\`*_\\[\\]<>#|~])");
    private static final Pattern HREF = Pattern.compile("<a href=\"([^\"]*)\"");
    /** A link's destination, with balanced parentheses as CommonMark reads it: {@code [x](a(1))}. */
    private static final Pattern MARKDOWN_LINK = Pattern.compile("(\\]\\(\\s*<?)((?:[^()\\s>]|\\([^()\\s]*\\))+)");
    private static final Pattern MARKDOWN_REFERENCE = Pattern.compile("(?m)^( {0,3}\\[[^\\]]+]:\\s*<?)([^\\s>]+)");
    private static final Pattern MARKDOWN_AUTOLINK = Pattern.compile("(<)([a-zA-Z][a-zA-Z0-9+.-]{1,31}:[^\\s<>]*)(?=>)");
    private static final Pattern SCHEME = Pattern.compile("(?i)^[a-z][a-z0-9+.-]*:.*");

    private final String baseUrl;
    private final Format format = new Format();

    /** @param baseUrl the site's absolute URL ending in '/', or null: then links are relative to newsletter/ */
    public DigestFormat(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public boolean isAbsolute() {
        return baseUrl != null;
    }

    /** A site path as a link from an e-mail, a text or a Markdown digest: absolute when the base URL is known. */
    public String url(String sitePath) {
        return baseUrl != null ? baseUrl + sitePath : "../" + sitePath;
    }

    public String duration(Duration d) {
        return format.duration(d);
    }

    /** Text that reads the same in Markdown: its special characters escaped. */
    public String md(String text) {
        return MARKDOWN_SPECIAL.matcher(text == null ? "" : text).replaceAll("\\\\$1");
    }

    /**
     * The editor's intro, rendered with raw HTML escaped, made fit for e-mail: an inline style on each element
     * and links resolved against the digest's own address.
     */
    public String emailHtml(String html) {
        String styled = html
                .replace("<p>", "<p style=\"" + EmailStyle.P + "\">")
                .replace("<ul>", "<ul style=\"" + EmailStyle.LIST + "\">")
                .replace("<ol>", "<ol style=\"" + EmailStyle.LIST + "\">")
                .replace("<li>", "<li style=\"" + EmailStyle.LI + "\">")
                .replace("<blockquote>", "<blockquote style=\"" + EmailStyle.QUOTE + "\">")
                .replace("<code>", "<code style=\"" + EmailStyle.CODE + "\">")
                .replaceAll("<h[1-6]( id=\"[^\"]*\")?>", "<p style=\"" + EmailStyle.P + "font-weight:bold;\">")
                .replaceAll("</h[1-6]>", "</p>");
        Matcher m = HREF.matcher(styled);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement("<a style=\"" + EmailStyle.LINK + "\" href=\""
                    + resolve(m.group(1)) + "\""));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * The editor's intro as plain text, for the {@code .txt} digest: no Markdown marks; a link is its text with
     * its resolved address in parentheses; list items start with "- ".
     */
    public String plain(String introHtml) {
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parseBodyFragment(introHtml);
        for (org.jsoup.nodes.Element a : doc.select("a[href]")) {
            String href = a.attr("href");
            String text = a.text();
            a.replaceWith(new org.jsoup.nodes.TextNode(text.equals(href) ? resolve(href)
                    : text + " (" + resolve(href) + ")"));
        }
        java.util.List<String> blocks = new java.util.ArrayList<>();
        for (org.jsoup.nodes.Element block : doc.body().children()) {
            switch (block.tagName()) {
                case "ul", "ol" -> blocks.add(String.join("\n", block.children().stream()
                        .map(li -> "- " + li.text()).toList()));
                case "pre" -> blocks.add(block.wholeText().stripTrailing());
                default -> blocks.add(block.text());
            }
        }
        return String.join("\n\n", blocks.stream().filter(b -> !b.isBlank()).toList());
    }

    /** Text as Slack's mrkdwn shows it literally: its three control characters escaped, as Slack asks. */
    public String slack(String text) {
        return (text == null ? "" : text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** A Slack link, {@code <url|text>}; a '|' or '>' in the address would end it early, so they are encoded. */
    public String slackLink(String url, String text) {
        return "<" + url.replace("|", "%7C").replace(">", "%3E").replace("<", "%3C") + "|" + slack(text) + ">";
    }

    /**
     * The editor's intro in Slack's mrkdwn: links as {@code <url|text>} resolved against the digest's address,
     * bold and italic kept, list items as bullets; Markdown's other marks are dropped.
     */
    public String slackIntro(String introHtml) {
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parseBodyFragment(introHtml);
        java.util.List<String> blocks = new java.util.ArrayList<>();
        for (org.jsoup.nodes.Element block : doc.body().children()) {
            switch (block.tagName()) {
                case "ul", "ol" -> blocks.add(String.join("\n", block.children().stream()
                        .map(li -> "• " + slackInline(li)).toList()));
                case "pre" -> blocks.add("```" + slack(block.wholeText().stripTrailing()) + "```");
                default -> blocks.add(slackInline(block));
            }
        }
        return String.join("\n\n", blocks.stream().filter(b -> !b.isBlank()).toList());
    }

    private String slackInline(org.jsoup.nodes.Element element) {
        StringBuilder out = new StringBuilder();
        for (org.jsoup.nodes.Node node : element.childNodes()) {
            if (node instanceof org.jsoup.nodes.TextNode t) {
                out.append(slack(t.text()));
            } else if (node instanceof org.jsoup.nodes.Element e) {
                String inner = slackInline(e);
                switch (e.tagName()) {
                    case "a" -> out.append(e.hasAttr("href") && SafeUrl.isSafeMarkdown(e.attr("href"))
                            ? slackLink(resolveRaw(e.attr("href")), e.text()) : inner);
                    case "strong", "b" -> out.append('*').append(inner).append('*');
                    case "em", "i" -> out.append('_').append(inner).append('_');
                    case "code" -> out.append('`').append(inner).append('`');
                    default -> out.append(inner);
                }
            }
        }
        return out.toString().strip();
    }

    /** The editor's intro as Markdown, its relative links resolved against the digest's address. */
    public String markdown(String text) {
        return links(links(links(text, MARKDOWN_LINK), MARKDOWN_REFERENCE), MARKDOWN_AUTOLINK);
    }

    private String links(String text, Pattern pattern) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + resolveRaw(m.group(2))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String resolveRaw(String href) {
        if (!SafeUrl.isSafeMarkdown(href)) {
            return "#"; // chat tools and wikis render this Markdown; a script URL must not become a live link there
        }
        if (baseUrl == null || href.startsWith("#") || SCHEME.matcher(href).matches()) {
            return href;
        }
        try {
            return new URI(baseUrl + "newsletter/").resolve(new URI(href)).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return href;
        }
    }

    private String resolve(String href) {
        if (baseUrl == null || href.isEmpty() || SCHEME.matcher(href).matches()) {
            return href;
        }
        try {
            return new URI(baseUrl + "newsletter/").resolve(new URI(href.replace("&amp;", "&"))).toString()
                    .replace("&", "&amp;");
        } catch (URISyntaxException | IllegalArgumentException e) {
            return href;
        }
    }
}
