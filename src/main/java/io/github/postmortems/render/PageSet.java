package io.github.postmortems.render;

import java.io.IOException;

/**
 * One kind of page: it produces its files from the model. A new kind of page is one new implementation added
 * to {@link SiteRenderer#PAGE_SETS}.
 */
public interface PageSet {

    void write(Pages pages) throws IOException, RenderException;

    /**
     * Whether the set's pages are made from the catalogue (the summaries and what is computed from them), the
     * settings and the theme only: then the same catalogue gives the same files, and a build may keep the last one's.
     */
    default boolean madeFromCatalog() {
        return false;
    }
}
