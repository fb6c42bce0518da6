package io.github.postmortems.render;

import java.io.IOException;
import java.util.Map;

/** {@code systems/index.html} and a timeline page per system. */
final class SystemPages implements PageSet {

    @Override
    public boolean madeFromCatalog() {
        return true;
    }

    @Override
    public void write(Pages pages) throws IOException, RenderException {
        pages.page("systems.ftlh", "systems/index.html", Map.of());
        pages.each(pages.catalog().systems(),
                system -> pages.page("system.ftlh", system.pagePath(), Map.of("system", system)));
    }
}
