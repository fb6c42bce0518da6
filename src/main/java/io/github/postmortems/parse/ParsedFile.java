package io.github.postmortems.parse;

import io.github.postmortems.Problem;

import java.util.List;

/** The result of reading one file: the postmortem, or null when it cannot be read at all, and findings. */
public record ParsedFile(Postmortem postmortem, List<Problem> problems) implements java.io.Serializable {

    public ParsedFile {
        problems = problems.stream().sorted().toList();
    }
}
