package io.github.postmortems.render;

import io.github.postmortems.StageTimes;
import io.github.postmortems.aggregate.Catalog;
import io.github.postmortems.config.SiteSettings;
import io.github.postmortems.index.SearchIndex;
import io.github.postmortems.write.SiteWriter;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/** What a page set works with: the model, the search index, the renderer, the staged site, the stage clock. */
public record Pages(Catalog catalog, SearchIndex search, PostmortemSource sources, SiteSettings settings,
                    SiteRenderer renderer, SiteWriter out, StageTimes times) {

    /** Renders {@code templateName} into the site file {@code path}. */
    public void page(String templateName, String path, Map<String, Object> data) throws IOException, RenderException {
        long start = System.nanoTime();
        try (Writer file = out.writer(path)) {
            renderer.render(templateName, path, catalog, data, file);
        }
        times.add("render and write", System.nanoTime() - start);
    }
}
