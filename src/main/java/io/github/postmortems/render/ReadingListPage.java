package io.github.postmortems.render;

import io.github.postmortems.aggregate.ReadingList;

import java.io.IOException;
import java.util.Map;

/** {@code reading-list.html}: past postmortems picked for reading-club sessions. */
final class ReadingListPage implements PageSet {

    @Override
    public boolean madeFromCatalog() {
        return true;
    }

    @Override
    public void write(Pages pages) throws IOException, RenderException {
        ReadingList list = ReadingList.of(pages.catalog());
        if (list.isEmpty()) {
            return; // no timelines, nothing to walk through: the home page does not link it either
        }
        pages.page("reading-list.ftlh", "reading-list.html", Map.of("reading", list, "perGroup", ReadingList.PER_GROUP));
    }
}
