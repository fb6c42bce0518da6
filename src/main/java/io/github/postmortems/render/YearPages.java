package io.github.postmortems.render;

import io.github.postmortems.aggregate.YearSummary;

import java.io.IOException;
import java.util.Map;

/** {@code YYYY/index.html}: a year's postmortems by month. */
final class YearPages implements PageSet {

    @Override
    public void write(Pages pages) throws IOException, RenderException {
        for (YearSummary year : pages.catalog().years()) {
            pages.page("year.ftlh", year.pagePath(), Map.of("year", year));
        }
    }
}
