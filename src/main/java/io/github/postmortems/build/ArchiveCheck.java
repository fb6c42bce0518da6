package io.github.postmortems.build;

import io.github.postmortems.Problem;
import io.github.postmortems.model.Summary;

import java.util.List;

/**
 * An archive read and checked: the summaries of the postmortems fit to publish and every finding at its configured level,
 * sorted by file and line.
 *
 * @param leftOut sorted archive-relative paths of the postmortems that are not published (a folder ends in '/')
 */
public record ArchiveCheck(List<Summary> postmortems, List<Problem> problems, List<String> leftOut) {

    public ArchiveCheck {
        postmortems = List.copyOf(postmortems);
        problems = problems.stream().sorted().toList();
        leftOut = leftOut.stream().sorted().toList();
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
