package io.github.postmortems.parse;

/** A link or image target as written in the Markdown, with the line it is on. */
public record LinkTarget(String url, int line) {
}
