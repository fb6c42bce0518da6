package io.github.postmortems.render;

import io.github.postmortems.aggregate.Catalog;
import io.github.postmortems.config.SiteSettings;
import io.github.postmortems.index.SearchIndex;
import io.github.postmortems.write.SiteWriter;

import java.io.IOException;
import java.util.Map;

/** What a page set works with: the model, the search index, the renderer and the staged site. */
public record Pages(Catalog catalog, SearchIndex search, SiteSettings settings, SiteRenderer renderer,
                    SiteWriter out) {

    /** Renders {@code templateName} into the site file {@code path}. */
    public void page(String templateName, String path, Map<String, Object> data) throws IOException, RenderException {
        out.write(path, renderer.text(templateName, path, catalog, data));
    }
}
