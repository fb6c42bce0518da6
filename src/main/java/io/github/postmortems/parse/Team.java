package io.github.postmortems.parse;

import java.util.List;

/**
 * A team from the archive's {@code teams.yml}: the systems it owns and how to reach it.
 *
 * @param id the key in teams.yml, which names its page {@code teams/<id>.html}
 * @param name how pages call it; the id when teams.yml gives no name
 * @param systems the systems it owns, as listed, each once
 * @param contacts channels, addresses or links to reach it, as written
 * @param line the line of its key in teams.yml
 */
public record Team(String id, String name, List<String> systems, List<String> contacts, int line) {

    public Team {
        systems = List.copyOf(systems);
        contacts = List.copyOf(contacts);
    }

    /** Site-relative path of the team's page. */
    public String pagePath() {
        return "teams/" + id + ".html";
    }
}
