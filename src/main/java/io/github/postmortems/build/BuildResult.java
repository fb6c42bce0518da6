package io.github.postmortems.build;

import io.github.postmortems.Problem;
import java.util.List;

/** What a successful build did, and the warnings it found on the way. */
public record BuildResult(List<Problem> problems, int postmortems, int files) {

    public BuildResult {
        problems = List.copyOf(problems);
    }
}
