package io.github.postmortems.aggregate;

import io.github.postmortems.model.Summary;

import java.util.List;

/**
 * An earlier incident of the same system that a postmortem resembles, for a reviewer to confirm with
 * {@code repeat-of:} or dismiss; never counted as a repeat.
 *
 * @param shared the words both describe it with, most telling first
 * @param similarity how much of the two descriptions' vocabulary they share, 0 to 1
 */
public record PossibleRepeat(Summary postmortem, Summary earlier, List<String> shared, double similarity) {

    public PossibleRepeat {
        shared = List.copyOf(shared);
    }

    /** Similarity as a whole percentage, for pages. */
    public int percent() {
        return (int) Math.round(similarity * 100);
    }
}
