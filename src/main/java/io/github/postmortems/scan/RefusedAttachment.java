package io.github.postmortems.scan;

/**
 * A file in a postmortem's folder that is not published because a browser could run it as part of the site.
 *
 * @param name path inside the folder, '/'-separated
 * @param reason why it is refused, as a reader of the finding needs it
 */
public record RefusedAttachment(String name, String reason) implements java.io.Serializable {
}
