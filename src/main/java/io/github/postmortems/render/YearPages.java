package io.github.postmortems.render;

import java.io.IOException;
import java.util.Map;

/** {@code YYYY/index.html}: a year's postmortems by month. */
final class YearPages implements PageSet {

    @Override
    public boolean madeFromCatalog() {
        return true;
    }

    @Override
    public void write(Pages pages) throws IOException, RenderException {
        pages.each(pages.catalog().years(), year -> pages.page("year.ftlh", year.pagePath(), Map.of("year", year)));
    }
}
