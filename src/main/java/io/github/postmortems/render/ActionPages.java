package io.github.postmortems.render;

import java.io.IOException;
import java.util.Map;

/** {@code actions.html} and {@code actions.csv}: every action item. */
final class ActionPages implements PageSet {

    @Override
    public void write(Pages pages) throws IOException, RenderException {
        pages.page("actions.ftlh", "actions.html", Map.of());
        pages.out().write("actions.csv", ActionsCsv.of(pages.catalog(), pages.renderer().tickets(),
                pages.renderer().review()));
    }
}
