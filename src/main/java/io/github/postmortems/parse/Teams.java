package io.github.postmortems.parse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who owns which system, from the archive's {@code teams.yml}.
 *
 * @param teams in the order teams.yml lists them
 * @param declared whether the archive has a teams.yml at all; only then is a system without a team worth a warning
 * @param line the line of {@code teams:} in teams.yml, where a missing system would be added
 */
public record Teams(List<Team> teams, boolean declared, int line) {

    /** An archive without teams.yml. */
    public static final Teams NONE = new Teams(List.of(), false, 1);

    public Teams {
        teams = List.copyOf(teams);
    }

    /** Each system's team; a system listed twice keeps its first team (the second listing is a finding). */
    public Map<String, Team> bySystem() {
        Map<String, Team> owners = new HashMap<>();
        for (Team t : teams) {
            t.systems().forEach(s -> owners.putIfAbsent(s, t));
        }
        return owners;
    }
}
