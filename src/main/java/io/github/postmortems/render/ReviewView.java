package io.github.postmortems.render;

import io.github.postmortems.model.Summary;
import io.github.postmortems.validate.Policy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** What templates ask about a postmortem's review, under the build's policy and reference day. */
public final class ReviewView {

    private final Policy policy;

    ReviewView(Policy policy) {
        this.policy = policy;
    }

    /** The review deadline, counted from the Date or, without one, the day git first saw the postmortem. */
    public LocalDate due(Summary p) {
        return p.reviewFrom().plusDays(policy.reviewDeadlineDays());
    }

    /** An open action item past its due day, on the build's reference day. */
    public boolean overdue(io.github.postmortems.parse.ActionItem item) {
        return item.overdue(policy.today());
    }

    /** How many of these action items are overdue on the build's reference day. */
    public long overdueCount(java.util.List<io.github.postmortems.aggregate.ActionRow> rows) {
        return rows.stream().filter(a -> overdue(a.item())).count();
    }

    /** Days from the incident to the build's reference day. */
    public long ageDays(Summary p) {
        return Math.max(0, ChronoUnit.DAYS.between(p.day(), policy.today()));
    }

    /** Days past the review deadline; 0 when reviewed or not yet due. */
    public long daysLate(Summary p) {
        if (p.reviewed()) {
            return 0;
        }
        return Math.max(0, ChronoUnit.DAYS.between(due(p), policy.today()));
    }
}
