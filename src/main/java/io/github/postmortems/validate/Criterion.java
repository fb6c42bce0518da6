package io.github.postmortems.validate;

import io.github.postmortems.Problem;

import java.util.List;

/**
 * One of the seed's five review criteria as met or not for a postmortem, with the findings that say why.
 *
 * @param name what a reviewer checks, e.g. "Root cause found"
 */
public record Criterion(String name, Rule rule, List<Problem> problems) implements java.io.Serializable {

    public Criterion {
        problems = List.copyOf(problems);
    }

    public boolean met() {
        return problems.isEmpty();
    }

    /** The first reason it is not met, or empty. */
    public String reason() {
        return problems.isEmpty() ? "" : problems.get(0).message();
    }
}
