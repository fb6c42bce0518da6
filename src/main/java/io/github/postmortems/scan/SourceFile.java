package io.github.postmortems.scan;

import java.nio.file.Path;
import java.util.List;

/**
 * A postmortem file whose name follows {@code YYYY/MM.system.event.md}, with its attachments.
 *
 * @param relativePath archive-relative path with '/' separators
 * @param refused files in the attachment folder that are not published
 */
public record SourceFile(Path path, String relativePath, int year, int month, String system, String event,
                         List<Attachment> attachments, List<RefusedAttachment> refused) {

    public SourceFile {
        attachments = List.copyOf(attachments);
        refused = List.copyOf(refused);
    }

    public SourceFile(Path path, String relativePath, int year, int month, String system, String event,
                      List<Attachment> attachments) {
        this(path, relativePath, year, month, system, event, attachments, List.of());
    }

    /** {@code MM.system.event}: the page name and the attachment folder name. */
    public String baseName() {
        return String.format(java.util.Locale.ROOT, "%02d.%s.%s", month, system, event);
    }
}
