package io.github.postmortems.parse;

/**
 * A link or image target as written in the Markdown.
 *
 * @param context the plain text of the paragraph, list item or table cell the link sits in
 */
public record LinkTarget(String url, int line, String context) implements java.io.Serializable {
}
