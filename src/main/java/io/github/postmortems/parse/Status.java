package io.github.postmortems.parse;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Where a postmortem is in its review. Which statuses count as reviewed is the policy's to say. */
public enum Status {
    DRAFT("Draft"), IN_REVIEW("In Review"), REVIEWED("Reviewed"), CLOSED("Closed");

    private static final Map<String, Status> WORDS = Map.ofEntries(
            Map.entry("draft", DRAFT), Map.entry("wip", DRAFT), Map.entry("work in progress", DRAFT),
            Map.entry("in review", IN_REVIEW), Map.entry("review", IN_REVIEW), Map.entry("under review", IN_REVIEW),
            Map.entry("pending review", IN_REVIEW), Map.entry("ready for review", IN_REVIEW),
            Map.entry("reviewed", REVIEWED), Map.entry("complete", REVIEWED), Map.entry("completed", REVIEWED),
            Map.entry("final", REVIEWED), Map.entry("approved", REVIEWED), Map.entry("published", REVIEWED),
            Map.entry("closed", CLOSED), Map.entry("archived", CLOSED));

    private final String label;

    Status(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** CSS-friendly name, e.g. {@code in-review}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Reads what authors write: "Reviewed", "in review", "Complete, action items in progress" (the first
     * clause decides).
     */
    public static Optional<Status> read(String text) {
        String first = text.toLowerCase(Locale.ROOT).split("[,;(—–]| - ", 2)[0].replaceAll("[*_`.]", "").trim();
        return Optional.ofNullable(WORDS.get(first.replaceAll("\\s+", " ")));
    }
}
