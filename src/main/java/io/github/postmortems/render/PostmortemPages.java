package io.github.postmortems.render;

import io.github.postmortems.model.ClubStep;
import io.github.postmortems.model.Summary;
import io.github.postmortems.parse.Postmortem;
import io.github.postmortems.parse.Section;
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

    /** How many of the system's other postmortems a page lists under "More about". */
    static final int SAME_SYSTEM = 5;

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
        String history = summary.history() == null ? null
                : pages.settings().historyLink(summary.history().repositoryPath());
        Map<String, String> sectionHtml = new java.util.HashMap<>();
        for (Section s : p.sections()) {
            if ("timeline".equals(s.key())) {
                sectionHtml.put(s.id(), TimelineMarkup.of(s.html(), p.timeline(), summary.times(),
                        pages.settings().timeZone()));
            } else if ("action-items".equals(s.key())) {
                sectionHtml.put(s.id(), ActionItemsMarkup.of(s.html(), p.actionItems()));
            }
        }
        pages.page("postmortem.ftlh", p.pagePath(), Map.of("postmortem", p, "facts", summary, "criteria",
                checked.criteria(), "related", related, "sameSystem", sameSystem(pages, p, related),
                "sectionHtml", sectionHtml, "historyUrl", history == null ? "" : history,
                "shownFields", shownFields(pages.settings().showFields(), p)));
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

    /** A front-matter value the page shows because {@code <showFields>} lists its key. */
    public record ShownField(String key, String label, String value) {
    }

    /** The {@code <showFields>} this postmortem has, in the configured order. */
    static List<ShownField> shownFields(Map<String, String> configured, Postmortem p) {
        List<ShownField> shown = new java.util.ArrayList<>();
        configured.forEach((key, label) -> {
            String value = p.extraFields().get(key);
            if (value != null && !value.isBlank()) {
                shown.add(new ShownField(key, label, value));
            }
        });
        return shown;
    }

    /**
     * The system's newest other postmortems, leaving out those under "Related incidents": related ones are picked
     * for their likeness to this page and may come from other systems, so they say more where they are; the
     * system's next newest fill their places.
     */
    static List<Summary> sameSystem(Pages pages, Postmortem p, List<Summary> related) {
        java.util.Set<String> shown = new java.util.HashSet<>();
        related.forEach(r -> shown.add(r.sourcePath()));
        return pages.catalog().system(p.system()).others(p.sourcePath(), SAME_SYSTEM + related.size()).stream()
                .filter(o -> !shown.contains(o.sourcePath())).limit(SAME_SYSTEM).toList();
    }
}
