package io.github.postmortems.render;

import io.github.postmortems.model.ClubStep;
import io.github.postmortems.model.Summary;
import io.github.postmortems.parse.Postmortem;
import io.github.postmortems.scan.Attachment;
import io.github.postmortems.scan.InertSvg;
import io.github.postmortems.validate.CheckedPostmortem;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A page per postmortem, with its attachments copied beside it, and its reading-club page when it has a timeline:
 * both need the full postmortem, which the second pass reads back once.
 */
final class PostmortemPages implements PageSet {

    @Override
    public void write(Pages pages) throws IOException, RenderException {
        pages.times().begin("writing pages", pages.catalog().newestFirst().size());
        pages.sources().each(checked -> {
            write(pages, pages.catalog().summary(checked.postmortem().sourcePath()), checked);
            pages.times().step();
        });
    }

    private static void write(Pages pages, Summary summary, CheckedPostmortem checked)
            throws IOException, RenderException {
        Postmortem p = checked.postmortem();
        long start = System.nanoTime();
        // the searcher is thread-safe and related() builds its own MoreLikeThis per call
        List<Summary> related = pages.search().related(p.pagePath());
        pages.times().add("related", System.nanoTime() - start);
        pages.page("postmortem.ftlh", p.pagePath(), Map.of("postmortem", p, "facts", summary, "criteria",
                checked.criteria(), "related", related));
        if (!p.timeline().isEmpty()) {
            pages.page("club.ftlh", p.clubPath(), Map.of("postmortem", p, "facts", summary,
                    "steps", ClubStep.of(p.timeline())));
        }
        long copying = System.nanoTime();
        for (Attachment a : p.attachments()) {
            String target = p.attachmentPath(a);
            if (a.name().toLowerCase(Locale.ROOT).endsWith(".svg")) {
                pages.out().write(target, InertSvg.clean(Files.readAllBytes(a.path())).svg());
            } else {
                pages.out().copy(target, a.path());
            }
        }
        pages.times().add("write", System.nanoTime() - copying);
    }
}
