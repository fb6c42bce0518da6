package io.github.postmortems.build;

import io.github.postmortems.Problem;
import io.github.postmortems.model.Summary;

import java.util.List;

/**
 * An archive read and checked: the summaries of the postmortems fit to publish and every finding at its configured level,
 * sorted by file and line.
 */
public record ArchiveCheck(List<Summary> postmortems, List<Problem> problems) {

    public ArchiveCheck {
        postmortems = List.copyOf(postmortems);
        problems = problems.stream().sorted().toList();
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
