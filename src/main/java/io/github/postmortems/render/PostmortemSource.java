package io.github.postmortems.render;

import io.github.postmortems.model.Summary;
import io.github.postmortems.parse.Postmortem;

import java.io.IOException;

/** Reads a postmortem again, in full, when its page is rendered: the build keeps only summaries in memory. */
@FunctionalInterface
public interface PostmortemSource {

    Postmortem read(Summary summary) throws IOException;
}
