package io.github.postmortems.build;

import io.github.postmortems.Problem;
import java.util.List;

/** The archive has errors; nothing was written. Carries every finding, not only the first. */
public final class BuildFailure extends Exception {

    private final List<Problem> problems;

    public BuildFailure(List<Problem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String summary(List<Problem> problems) {
        long errors = problems.stream().filter(Problem::isError).count();
        return errors + (errors == 1 ? " error" : " errors") + " in the postmortem archive";
    }
}
