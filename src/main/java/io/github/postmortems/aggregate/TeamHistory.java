package io.github.postmortems.aggregate;

import io.github.postmortems.model.Summary;
import io.github.postmortems.parse.Team;

import java.util.List;

/**
 * One team's share of the archive: its systems' incidents and what is still owed on them.
 *
 * @param team the team as teams.yml declares it
 * @param systems the histories of its systems that have postmortems, by name
 * @param postmortems its systems' postmortems, newest first
 * @param openActions its systems' open action items, by system, then newest postmortem first
 * @param unreviewed its postmortems not yet reviewed, oldest review clock first (whether one is overdue depends on
 *        the build's day, which the templates ask {@code review} about)
 */
public record TeamHistory(Team team, List<SystemHistory> systems, List<Summary> postmortems,
                          List<ActionRow> openActions, List<Summary> unreviewed) {

    public TeamHistory {
        systems = List.copyOf(systems);
        postmortems = List.copyOf(postmortems);
        openActions = List.copyOf(openActions);
        unreviewed = List.copyOf(unreviewed);
    }

    /** Site-relative path of the team's page. */
    public String pagePath() {
        return team.pagePath();
    }

    /** Whether one of its systems has postmortems: a system page exists to link to. */
    public boolean hasSystem(String name) {
        return systems.stream().anyMatch(s -> s.name().equals(name));
    }
}
