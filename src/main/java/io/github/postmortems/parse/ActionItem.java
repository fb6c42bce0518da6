package io.github.postmortems.parse;

/**
 * One row of the action plan.
 *
 * @param type prevent, mitigate, detect, process... as written, or null
 * @param owner null when missing or a placeholder such as "TBD"
 * @param ticket the ticket key or text, null when missing
 * @param ticketUrl the link the author gave for the ticket, or null
 * @param state where it is, in the author's words (open when nothing says otherwise)
 */
public record ActionItem(int line, String description, String type, String owner, String ticket, String ticketUrl,
                         ActionState state) implements java.io.Serializable {

    /** Closed: done, won't do or duplicate; no more work is expected. */
    public boolean done() {
        return state.closed();
    }

    public boolean hasOwner() {
        return owner != null;
    }

    public boolean hasTicket() {
        return ticket != null;
    }
}
