package io.github.postmortems.parse;

/**
 * One row of the action plan.
 *
 * @param type prevent, mitigate, detect, process... as written, or null
 * @param owner null when missing or a placeholder such as "TBD"
 * @param ticket the ticket key or text, null when missing
 * @param ticketUrl the link the author gave for the ticket, or null
 */
public record ActionItem(int line, String description, String type, String owner, String ticket, String ticketUrl,
                         boolean done) implements java.io.Serializable {

    public boolean hasOwner() {
        return owner != null;
    }

    public boolean hasTicket() {
        return ticket != null;
    }
}
