package io.github.postmortems.render;

import io.github.postmortems.StageTimes;
import io.github.postmortems.aggregate.Catalog;
import io.github.postmortems.config.SiteSettings;
import io.github.postmortems.index.SearchIndex;
import io.github.postmortems.write.SiteWriter;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.IntStream;

/**
 * What a page set works with: the model, the search index, the postmortems and what the last build left of their
 * pages with the keys they are compared by (both null in a preview's edit), the renderer, the staged site, the
 * stage clock.
 */
public record Pages(Catalog catalog, SearchIndex search, PostmortemSource sources, PageReuse reuse, PageKeys keys,
                    SiteSettings settings, SiteRenderer renderer, SiteWriter out, StageTimes times) {

    /** Work on one item of a page set. */
    @FunctionalInterface
    public interface Work<T> {
        void apply(T item) throws IOException, RenderException;
    }

    /**
     * Pages of a set are independent: render them on every core. When some fail, the first of them in the list's
     * order is reported, so a broken template fails the same way on every run.
     */
    public <T> void each(List<T> items, Work<T> work) throws IOException, RenderException {
        ConcurrentSkipListMap<Integer, Throwable> failures = new ConcurrentSkipListMap<>();
        IntStream.range(0, items.size()).parallel().forEach(i -> {
            try {
                work.apply(items.get(i));
            } catch (IOException | RenderException | RuntimeException e) {
                failures.put(i, e);
            }
        });
        if (!failures.isEmpty()) {
            rethrow(failures.firstEntry().getValue());
        }
    }

    /** Throws a page's failure as it was thrown: what the page set's work may throw, or unchecked. */
    public static void rethrow(Throwable failure) throws IOException, RenderException {
        if (failure instanceof IOException io) {
            throw io;
        }
        if (failure instanceof RenderException r) {
            throw r;
        }
        if (failure instanceof RuntimeException r) {
            throw r;
        }
        throw (Error) failure;
    }

    /** Renders {@code templateName} into the site file {@code path}. */
    public void page(String templateName, String path, Map<String, Object> data) throws IOException, RenderException {
        if (!out.accepts(path)) {
            return;
        }
        long start = System.nanoTime();
        try (Writer file = out.writer(path)) {
            renderer.render(templateName, path, catalog, data, file);
        }
        times.add("render and write", System.nanoTime() - start);
    }
}
