package io.github.postmortems.render;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/** {@code actions.html} and {@code actions.csv}: every action item. */
final class ActionPages implements PageSet {

    @Override
    public boolean madeFromCatalog() {
        return true;
    }

    @Override
    public void write(Pages pages) throws IOException, RenderException {
        pages.page("actions.ftlh", "actions.html", Map.of());
        if (!pages.out().accepts("actions.csv")) {
            return;
        }
        try (Writer csv = pages.out().writer("actions.csv")) {
            ActionsCsv.write(pages.catalog(), pages.renderer().tickets(), pages.renderer().review(), csv);
        }
    }
}
