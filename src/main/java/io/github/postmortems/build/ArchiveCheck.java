package io.github.postmortems.build;

import io.github.postmortems.Problem;
import io.github.postmortems.model.Summary;
import io.github.postmortems.parse.Teams;

import java.util.List;

/**
 * An archive read and checked: the summaries of the postmortems fit to publish and every finding at its configured level,
 * sorted by file and line.
 *
 * @param leftOut sorted archive-relative paths of the postmortems that are not published (a folder ends in '/')
 * @param teams the archive's teams.yml as far as it could be read
 * @param history where the pages' history came from, or why there is none, for the build's report
 */
public record ArchiveCheck(List<Summary> postmortems, List<Problem> problems, List<String> leftOut, Teams teams,
                           String history) {

    public ArchiveCheck {
        postmortems = List.copyOf(postmortems);
        problems = problems.stream().sorted().toList();
        leftOut = leftOut.stream().sorted().toList();
    }

    /** The same archive with other findings, such as the built site's links. */
    public ArchiveCheck withProblems(List<Problem> all) {
        return new ArchiveCheck(postmortems, all, leftOut, teams, history);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
