package io.github.postmortems.render;

import java.io.IOException;
import java.util.Map;

/** {@code index.html}: the latest postmortems, the review queue, headline statistics. */
final class HomePage implements PageSet {

    @Override
    public boolean madeFromCatalog() {
        return true;
    }

    private static final int LATEST = 10;

    @Override
    public void write(Pages pages) throws IOException, RenderException {
        var newest = pages.catalog().newestFirst();
        pages.page("index.ftlh", "index.html", Map.of("latest", newest.subList(0, Math.min(LATEST, newest.size()))));
    }
}
