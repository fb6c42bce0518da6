package io.github.postmortems.validate;

import io.github.postmortems.parse.Postmortem;

import java.io.Serializable;
import java.util.List;

/**
 * A postmortem with its review criteria as the check found them: the page's scorecard shows the same, computed
 * once.
 */
public record CheckedPostmortem(Postmortem postmortem, List<Criterion> criteria) implements Serializable {

    public CheckedPostmortem {
        criteria = List.copyOf(criteria);
    }
}
