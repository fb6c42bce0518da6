package io.github.postmortems.parse;

/**
 * Markdown that is not a postmortem, such as an editor's intro to a digest, rendered the way postmortems are
 * but always with raw HTML escaped: it ends up in e-mails.
 */
public final class Prose {

    private final Markdown markdown = new Markdown(false);

    public String html(String text) {
        return markdown.htmlOf(text);
    }

    /** Its links and images, decoded as rendered, so they can be held to the same rules as a postmortem's. */
    public java.util.List<LinkTarget> links(String text) {
        return Markdown.links(markdown.parse(text));
    }
}
