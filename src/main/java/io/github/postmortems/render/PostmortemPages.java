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
import java.util.concurrent.ConcurrentHashMap;

/**
 * A page per postmortem, with its attachments copied beside it, and its reading-club page when it has a timeline:
 * both need the full postmortem, which the second pass reads back once.
 */
final class PostmortemPages implements PageSet {

    /** How many of the system's other postmortems a page lists under "More about". */
    static final int SAME_SYSTEM = 5;

    @Override
    public void write(Pages pages) throws IOException, RenderException {
        if (pages.reuse() == null) { // a preview's edit: the pages of the postmortems handed out, nothing else
            pages.sources().each(path -> true, checked -> {
                Summary summary = pages.catalog().summary(checked.postmortem().sourcePath());
                write(pages, summary, checked, related(pages, summary));
            });
            return;
        }
        // every page's key first: it needs related incidents, which need only the index and the summaries
        PageKeys keys = pages.keys();
        Map<String, Planned> planned = new ConcurrentHashMap<>();
        pages.each(pages.catalog().newestFirst(), summary -> {
            List<Summary> related = related(pages, summary);
            String key = keys.of(summary, related, sameSystem(pages, summary, related));
            if (!pages.reuse().keep(summary.sourcePath(), key)) {
                planned.put(summary.sourcePath(), new Planned(key, related));
            }
        });
        pages.times().begin("writing pages", planned.size());
        pages.sources().each(planned::containsKey, checked -> {
            String source = checked.postmortem().sourcePath();
            Planned plan = planned.get(source);
            List<String> files = write(pages, pages.catalog().summary(source), checked, plan.related());
            pages.reuse().rendered(source, plan.key(), files);
            pages.times().step();
        });
    }

    /** A postmortem whose pages are rendered: their key and its related incidents, found while keying. */
    private record Planned(String key, List<Summary> related) {
    }

    private static List<Summary> related(Pages pages, Summary summary) throws IOException {
        long start = System.nanoTime();
        // the searcher is thread-safe and related() builds its own MoreLikeThis per call
        List<Summary> related = pages.search().related(summary.pagePath());
        pages.times().add("related", System.nanoTime() - start);
        return related;
    }

    /** Writes a postmortem's pages and attachments and says which site files they are. */
    private static List<String> write(Pages pages, Summary summary, CheckedPostmortem checked, List<Summary> related)
            throws IOException, RenderException {
        Postmortem p = checked.postmortem();
        List<String> files = new java.util.ArrayList<>();
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
                checked.criteria(), "related", related, "sameSystem", sameSystem(pages, summary, related),
                "sectionHtml", sectionHtml, "historyUrl", history == null ? "" : history,
                "shownFields", shownFields(pages.settings().showFields(), p)));
        files.add(p.pagePath());
        if (!p.timeline().isEmpty()) {
            pages.page("club.ftlh", p.clubPath(), Map.of("postmortem", p, "facts", summary,
                    "steps", ClubStep.of(p.timeline())));
            files.add(p.clubPath());
        }
        long copying = System.nanoTime();
        for (Attachment a : p.attachments()) {
            String target = p.attachmentPath(a);
            files.add(target);
            if (a.name().toLowerCase(Locale.ROOT).endsWith(".svg")) {
                pages.out().write(target, InertSvg.clean(Files.readAllBytes(a.path())).svg());
            } else {
                pages.out().copy(target, a.path());
            }
        }
        pages.times().add("write", System.nanoTime() - copying);
        return files;
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
    static List<Summary> sameSystem(Pages pages, Summary p, List<Summary> related) {
        java.util.Set<String> shown = new java.util.HashSet<>();
        related.forEach(r -> shown.add(r.sourcePath()));
        return pages.catalog().system(p.system()).others(p.sourcePath(), SAME_SYSTEM + related.size()).stream()
                .filter(o -> !shown.contains(o.sourcePath())).limit(SAME_SYSTEM).toList();
    }
}
