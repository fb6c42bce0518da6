package io.github.postmortems.aggregate;

import io.github.postmortems.parse.Postmortem;

/**
 * A postmortem that looks like an earlier incident happening again.
 *
 * @param reason why, in words a reader can check
 */
public record Repeat(Postmortem postmortem, Postmortem earlier, String reason) {
}
