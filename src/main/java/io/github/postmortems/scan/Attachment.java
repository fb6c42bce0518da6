package io.github.postmortems.scan;

import java.nio.file.Path;

/**
 * A file in a postmortem's sibling folder.
 *
 * @param name path inside the folder, '/'-separated (e.g. {@code graphs/latency.png})
 * @param file the file in the archive, as a path string
 */
public record Attachment(String name, String file, long size) implements java.io.Serializable {

    /** The file in the archive (kept as text so that a read postmortem can be spilled to disk and read back). */
    public Path path() {
        return Path.of(file);
    }
}
