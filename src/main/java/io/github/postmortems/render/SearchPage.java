package io.github.postmortems.render;

import java.io.IOException;
import java.util.Map;

/** {@code search.html} and the browser's search data under {@code search/}. */
final class SearchPage implements PageSet {

    @Override
    public void write(Pages pages) throws IOException, RenderException {
        if (!pages.out().accepts("search.html")) {
            return; // a preview that keeps the search data it has
        }
        long start = System.nanoTime();
        String entry = pages.search().writeBrowserIndex(pages.out());
        pages.times().add("search data", System.nanoTime() - start);
        pages.page("search.ftlh", "search.html", Map.of("searchIndex", entry));
    }
}
