package io.github.postmortems.scan;

import java.nio.file.Path;

/**
 * A file in a postmortem's sibling folder.
 *
 * @param name path inside the folder, '/'-separated (e.g. {@code graphs/latency.png})
 */
public record Attachment(String name, Path path, long size) {
}
