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
 * @param searchBytes what the search page's queries load, as the build estimated it, or null without a search page
 */
public record BuildResult(List<Problem> problems, int postmortems, List<String> leftOut, int files,
                          SiteWriter.Tally written, Map<String, Double> seconds, String history, boolean reused,
                          QueryBytes searchBytes)
        implements java.io.Serializable {

    public BuildResult {
        problems = List.copyOf(problems);
        leftOut = List.copyOf(leftOut);
        seconds = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(seconds));
    }

    /** The same result, as a later build that found nothing changed reports it. */
    BuildResult reusedIn(Map<String, Double> newSeconds) {
        return new BuildResult(problems, postmortems, leftOut, files, written, newSeconds, history, true, searchBytes);
    }
}
