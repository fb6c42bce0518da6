package io.github.postmortems.aggregate;

import io.github.postmortems.parse.ActionItem;
import io.github.postmortems.model.Summary;

/** An action item with the postmortem it came from. */
public record ActionRow(ActionItem item, Summary postmortem) {
}
