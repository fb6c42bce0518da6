package io.github.postmortems.parse;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where an action item is, in the author's words: open, in progress and blocked items still need work; done,
 * won't do and duplicate ones are closed.
 */
public enum ActionState {
    OPEN("open", false), IN_PROGRESS("in progress", false), BLOCKED("blocked", false),
    DONE("done", true), WONT_DO("won't do", true), DUPLICATE("duplicate", true);

    private static final Pattern DONE_WORDS = Pattern.compile(
            "(?i)done|closed|fixed|complete|completed|resolved|merged|shipped|yes|x|\\[x]|✅|✔|✔️");
    private static final Map<String, ActionState> WORDS = Map.ofEntries(
            Map.entry("open", OPEN), Map.entry("todo", OPEN), Map.entry("to do", OPEN), Map.entry("new", OPEN),
            Map.entry("not started", OPEN), Map.entry("planned", OPEN),
            Map.entry("in progress", IN_PROGRESS), Map.entry("in-progress", IN_PROGRESS),
            Map.entry("wip", IN_PROGRESS), Map.entry("doing", IN_PROGRESS), Map.entry("started", IN_PROGRESS),
            Map.entry("ongoing", IN_PROGRESS), Map.entry("in review", IN_PROGRESS),
            Map.entry("blocked", BLOCKED), Map.entry("on hold", BLOCKED), Map.entry("waiting", BLOCKED),
            Map.entry("paused", BLOCKED),
            Map.entry("won't do", WONT_DO), Map.entry("wont do", WONT_DO), Map.entry("won't fix", WONT_DO),
            Map.entry("wontfix", WONT_DO), Map.entry("wont fix", WONT_DO), Map.entry("not doing", WONT_DO),
            Map.entry("rejected", WONT_DO), Map.entry("declined", WONT_DO), Map.entry("cancelled", WONT_DO),
            Map.entry("canceled", WONT_DO), Map.entry("dropped", WONT_DO), Map.entry("obsolete", WONT_DO),
            Map.entry("duplicate", DUPLICATE), Map.entry("dup", DUPLICATE), Map.entry("dupe", DUPLICATE),
            Map.entry("duplicated", DUPLICATE));

    private final String label;
    private final boolean closed;

    ActionState(String label, boolean closed) {
        this.label = label;
        this.closed = closed;
    }

    /** The state in words, as pages, the CSV and digests show it. */
    public String label() {
        return label;
    }

    /** Whether the item needs no more work: done, won't do, duplicate. */
    public boolean closed() {
        return closed;
    }

    /** CSS-friendly name, e.g. {@code wont-do}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Reads what authors write in a status cell: "Done", "In Progress", "won't fix", "✅"; empty when unknown. */
    public static Optional<ActionState> read(String text) {
        String t = text.strip().replace('’', '\'').replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (DONE_WORDS.matcher(t).matches()) {
            return Optional.of(DONE);
        }
        String first = t.split("[,;(—–:]| - ", 2)[0].replaceAll("[*_`.!]", "").strip();
        // "duplicate of IDN-80", "blocked by legal": the longest known start of the clause decides
        String[] words = first.split(" ");
        for (int n = Math.min(3, words.length); n > 0; n--) {
            ActionState state = WORDS.get(String.join(" ", java.util.Arrays.copyOf(words, n)));
            if (state != null) {
                return Optional.of(state);
            }
        }
        return Optional.empty();
    }
}
