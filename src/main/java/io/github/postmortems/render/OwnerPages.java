package io.github.postmortems.render;

import java.io.IOException;
import java.util.Map;

/** {@code owners/index.html} and a page per owner of action items, for managers chasing them. */
final class OwnerPages implements PageSet {

    @Override
    public boolean madeFromCatalog() {
        return true;
    }

    @Override
    public void write(Pages pages) throws IOException, RenderException {
        if (pages.catalog().owners().isEmpty()) {
            return; // no owners, no page: the actions page does not link it either
        }
        pages.page("owners.ftlh", "owners/index.html", Map.of());
        pages.each(pages.catalog().owners(),
                owner -> pages.page("owner.ftlh", owner.pagePath(), Map.of("owner", owner)));
    }
}
