package io.github.postmortems.aggregate;

import io.github.postmortems.parse.ActionItem;
import io.github.postmortems.parse.Postmortem;

/** An action item with the postmortem it came from. */
public record ActionRow(ActionItem item, Postmortem postmortem) {
}
