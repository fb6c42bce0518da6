package io.github.postmortems.render;

import java.io.IOException;

/**
 * One kind of page: it produces its files from the model. A new kind of page is one new implementation added
 * to {@link SiteRenderer#PAGE_SETS}.
 */
public interface PageSet {

    void write(Pages pages) throws IOException, RenderException;
}
