package io.github.postmortems.render;

import io.github.postmortems.validate.CheckedPostmortem;

import java.io.IOException;
import java.util.function.Predicate;

/**
 * The postmortems to publish, in full and with their review criteria, handed out once each while their pages are
 * rendered: the build keeps only summaries in memory, so the full postmortems come back from where the first pass
 * put them.
 */
@FunctionalInterface
public interface PostmortemSource {

    /**
     * Calls {@code page} once for every postmortem to publish whose archive path {@code wanted} accepts, from several
     * threads, in no set order.
     */
    void each(Predicate<String> wanted, Pages.Work<CheckedPostmortem> page) throws IOException, RenderException;
}
