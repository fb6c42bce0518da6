package io.github.postmortems.validate;

import io.github.postmortems.parse.LinkTarget;
import io.github.postmortems.parse.Postmortem;
import io.github.postmortems.scan.Attachment;
import io.github.postmortems.scan.RefusedAttachment;

import java.util.List;

/**
 * What the archive-wide rules need of one postmortem, kept while the rest of it is let go: its links (without
 * their paragraphs), its attachments and its event.
 *
 * @param folder the archive path of its attachment folder, {@code YYYY/MM.system.event}
 * @param event {@code YYYY/system.event}: two files with the same one describe the same incident
 */
public record LinkSource(String sourcePath, String folder, String event, List<LinkTarget> links,
                         List<Attachment> attachments, List<RefusedAttachment> refused)
        implements java.io.Serializable {

    public LinkSource {
        links = List.copyOf(links);
        attachments = List.copyOf(attachments);
        refused = List.copyOf(refused);
    }

    public static LinkSource of(Postmortem p) {
        return new LinkSource(p.sourcePath(), p.year() + "/" + p.baseName(), p.year() + "/" + p.system() + "."
                + p.event(), p.links().stream().map(l -> new LinkTarget(l.url(), l.line(), "")).toList(),
                p.attachments(), p.refusedAttachments());
    }
}
