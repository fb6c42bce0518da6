package io.github.postmortems.model;

import io.github.postmortems.config.SiteSettings;
import io.github.postmortems.parse.ActionItem;

/** Where an action item's ticket lives: the link its author wrote, else the configured ticket URL pattern. */
public final class TicketLinks {

    private final SiteSettings settings;

    public TicketLinks(SiteSettings settings) {
        this.settings = settings;
    }

    /** An http(s) link for the item's ticket, or null. */
    public String of(ActionItem item) {
        if (item.ticketUrl() != null && item.ticketUrl().matches("(?i)https?://\\S+")) {
            return item.ticketUrl();
        }
        return item.hasTicket() ? settings.ticketLink(item.ticket()) : null;
    }
}
