package io.github.postmortems.parse;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Element ids the built-in theme's pages use for their own parts. Scripts and skip links find those parts by id,
 * and the first element with an id wins, so an author's heading may never take one: "## Main" or "# Digest email"
 * would otherwise capture the skip link or the copy button.
 */
public final class LayoutIds {

    private static final Set<String> RESERVED = Set.of("main", "site-search", "search", "search-input",
            "search-help", "search-status", "search-results", "search-facets", "search-heading", "search-sort",
            "search-notes", "search-suggestion", "copy-email",
            "copy-status", "digest-email", "digest-text", "numbers", "postmortems", "in-review", "lessons", "opened",
            "still-open", "from-archive", "attachments", "related", "same-system", "repeats", "history", "queue",
            "latest-heading", "years-heading", "systems-heading", "per-year", "per-month", "actions",
            "action-filters", "open-actions", "open", "closed", "closure", "possible-repeats", "recurrences",
            "overdue-reviews", "incidents", "club-controls", "club-back", "club-next", "club-all", "club-status",
            "club-steps", "by-system", "by-trigger", "by-severity", "reading-repeats");
    /** Ids the templates build from data: {@code m3} per month, {@code actions-web} per system, {@code step-4}. */
    private static final Pattern RESERVED_FORMS = Pattern.compile("m\\d+|actions-.+|step-\\d+");

    private LayoutIds() {
    }

    public static boolean isReserved(String id) {
        return RESERVED.contains(id) || RESERVED_FORMS.matcher(id).matches();
    }

    /** The id an author's heading gets instead of a reserved one. */
    static String authorId(String id) {
        return isReserved(id) ? id + "-section" : id;
    }
}
