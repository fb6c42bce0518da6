package io.github.postmortems.parse;

/**
 * A part of the postmortem under one heading.
 *
 * @param key the template section it stands for ({@code root-causes}), or null for an author's own section
 * @param id the anchor of its heading on the page
 * @param html the rendered body, without the heading
 * @param text the body as plain text, for checks and search
 */
public record Section(String key, String heading, String id, int line, String html, String text) implements java.io.Serializable {
}
