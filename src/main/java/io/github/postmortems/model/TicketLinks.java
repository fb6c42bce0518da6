package io.github.postmortems.model;

import io.github.postmortems.config.SiteSettings;
import io.github.postmortems.parse.ActionItem;

/** Where an action item's ticket lives: the link its author wrote, else the configured ticket URL pattern. */
public final class TicketLinks {

    private final SiteSettings settings;

    public TicketLinks(SiteSettings settings) {
        this.settings = settings;
    }

    /**
     * The link an author wrote, when it is http(s) and made only of the characters a URL may hold unescaped
     * (RFC 3986): then no digest, e-mail or Markdown can read part of it as markup, as {@code ...>[x](javascript:)}.
     */
    private static final java.util.regex.Pattern URL =
            java.util.regex.Pattern.compile("(?i)https?://[a-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=%]+");

    /** An http(s) link for the item's ticket, or null. */
    public String of(ActionItem item) {
        if (item.ticketUrl() != null && URL.matcher(item.ticketUrl()).matches()) {
            return item.ticketUrl();
        }
        return item.hasTicket() ? settings.ticketLink(item.ticket()) : null;
    }
}
