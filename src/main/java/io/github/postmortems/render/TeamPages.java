package io.github.postmortems.render;

import java.io.IOException;
import java.util.Map;

/** {@code teams/index.html} and a page per team of teams.yml: its incidents and what it still owes. */
final class TeamPages implements PageSet {

    @Override
    public boolean madeFromCatalog() {
        return true;
    }

    @Override
    public void write(Pages pages) throws IOException, RenderException {
        if (pages.catalog().teams().isEmpty()) {
            return; // no teams.yml, no pages: nothing links them either
        }
        pages.page("teams.ftlh", "teams/index.html", Map.of());
        pages.each(pages.catalog().teams(), team -> pages.page("team.ftlh", team.pagePath(), Map.of("team", team)));
    }
}
