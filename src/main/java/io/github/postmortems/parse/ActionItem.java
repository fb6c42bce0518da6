package io.github.postmortems.parse;

/**
 * One row of the action plan.
 *
 * @param type prevent, mitigate, detect, process... as written, or null
 * @param owner null when missing or a placeholder such as "TBD"
 * @param ticket the ticket key or text, null when missing
 * @param ticketUrl the link the author gave for the ticket, or null
 * @param state where it is, in the author's words (open when nothing says otherwise)
 * @param due the day it should be closed by, or null when none is given
 */
public record ActionItem(int line, String description, String type, String owner, String ticket, String ticketUrl,
                         ActionState state, java.time.LocalDate due) implements java.io.Serializable {

    /** Closed: done, won't do or duplicate; no more work is expected. */
    public boolean done() {
        return state.closed();
    }

    /** Still open after its due day: on {@code today}, it is late. */
    public boolean overdue(java.time.LocalDate today) {
        return !done() && due != null && due.isBefore(today);
    }

    public boolean hasOwner() {
        return owner != null;
    }

    public boolean hasTicket() {
        return ticket != null;
    }
}
