package io.github.postmortems.render;

import io.github.postmortems.model.Summary;
import io.github.postmortems.parse.Postmortem;
import io.github.postmortems.scan.Attachment;
import io.github.postmortems.scan.InertSvg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A page per postmortem, with its attachments copied beside it. */
final class PostmortemPages implements PageSet {

    /** The bulk of the site: pages are independent, so they render on every core. */
    @Override
    public void write(Pages pages) throws IOException, RenderException {
        try {
            pages.times().begin("writing pages", pages.catalog().newestFirst().size());
            pages.catalog().newestFirst().parallelStream().forEach(p -> {
                try {
                    write(pages, p);
                    pages.times().step();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (RenderException e) {
                    throw new IllegalStateException(e);
                }
            });
        } catch (RuntimeException e) {
            // a parallel stream may rethrow a copy of the worker's exception around the original: find ours
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof RenderException r) {
                    throw r;
                }
                if (t instanceof IOException io) {
                    throw io;
                }
            }
            throw e;
        }
    }

    private static void write(Pages pages, Summary summary) throws IOException, RenderException {
        long start = System.nanoTime();
        Postmortem p = pages.sources().read(summary);
        long read = System.nanoTime();
        // the searcher is thread-safe and related() builds its own MoreLikeThis per call
        List<Summary> related = pages.search().related(p.pagePath());
        pages.times().add("read again", read - start);
        pages.times().add("related", System.nanoTime() - read);
        pages.page("postmortem.ftlh", p.pagePath(), Map.of("postmortem", p, "facts", summary, "related", related));
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
