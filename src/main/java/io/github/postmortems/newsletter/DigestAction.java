package io.github.postmortems.newsletter;

import java.time.YearMonth;

/**
 * An action item as the digest lists it, with the postmortem it came from.
 *
 * @param owner null when nobody owns it yet
 * @param ticket null when there is no ticket
 * @param ticketUrl an absolute http(s) link to the ticket, or null
 * @param done closed: done, won't do or duplicate
 * @param state the author's state in words ("in progress", "won't do")
 */
public record DigestAction(String description, String owner, String ticket, String ticketUrl, boolean done,
                           String state, String postmortemTitle, String pagePath, YearMonth month) {
}
