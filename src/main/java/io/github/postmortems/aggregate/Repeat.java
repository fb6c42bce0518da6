package io.github.postmortems.aggregate;

import io.github.postmortems.model.Summary;

/**
 * A postmortem that looks like an earlier incident happening again.
 *
 * @param reason why, in words a reader can check
 */
public record Repeat(Summary postmortem, Summary earlier, String reason) {
}
