package io.github.postmortems.build;

import io.github.postmortems.Problem;
import io.github.postmortems.StageTimes;
import io.github.postmortems.index.QueryBytes;
import io.github.postmortems.write.SiteWriter;

import java.util.List;
import java.util.Map;

/**
 * What a successful build did, and the warnings it found on the way.
 *
 * @param leftOut the postmortems not published, by archive-relative path (see {@link ArchiveCheck#leftOut()})
 * @param written what was written, with the browser's search data apart
 * @param seconds where the time went, per stage, in the order the stages ran (see {@link StageTimes})
 * @param history where the pages' history came from, or why there is none
 * @param reused true when the input was as the last build left it and its site was kept as it was
 * @param rendered the postmortems whose pages this build rendered; the others' pages were the last build's
 * @param unreadKeys one line naming the front-matter keys no page reads or shows (see {@link
 *        io.github.postmortems.aggregate.UnreadKeys}), or empty
 * @param searchBytes what the search page's queries load, as the build estimated it, or null without a search page
 */
public record BuildResult(List<Problem> problems, int postmortems, List<String> leftOut, int files,
                          SiteWriter.Tally written, Map<String, Double> seconds, String history, boolean reused,
                          int rendered, String unreadKeys, QueryBytes searchBytes)
        implements java.io.Serializable {

    public BuildResult {
        problems = List.copyOf(problems);
        leftOut = List.copyOf(leftOut);
        seconds = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(seconds));
    }

    /** The same result, as a later build that found nothing changed reports it. */
    BuildResult reusedIn(Map<String, Double> newSeconds) {
        return new BuildResult(problems, postmortems, leftOut, files, written, newSeconds, history, true, 0,
                unreadKeys, searchBytes);
    }
}
