package io.github.postmortems.validate;

import io.github.postmortems.Problem;
import io.github.postmortems.parse.TeamsFile;
import io.github.postmortems.parse.Teams;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Rule {@code no-team}: a system with postmortems that no team in teams.yml owns. Only an archive that keeps a
 * teams.yml is held to it; one without has chosen not to track owners.
 */
public final class NoTeam {

    private NoTeam() {
    }

    /** @param postmortemsBySystem how many published postmortems each system has, by name */
    public static List<Problem> check(Teams teams, SortedMap<String, Integer> postmortemsBySystem) {
        if (!teams.declared()) {
            return List.of();
        }
        Map<String, ?> owned = teams.bySystem();
        return postmortemsBySystem.entrySet().stream().filter(e -> !owned.containsKey(e.getKey()))
                .map(e -> Rule.NO_TEAM.at(TeamsFile.NAME, teams.line(), "system '" + e.getKey() + "' has "
                        + e.getValue() + (e.getValue() == 1 ? " postmortem" : " postmortems")
                        + " but no team; list it under a team's systems"))
                .toList();
    }
}
