package io.github.postmortems.scan;

import io.github.postmortems.Problem;

import java.util.List;

/**
 * The postmortem files found in an archive, oldest first, and what did not fit the layout.
 *
 * @param leftOut archive-relative paths of what looks like a postmortem but is not read (a folder ends in '/')
 */
public record ScanResult(List<SourceFile> files, List<Problem> problems, List<String> leftOut) {

    public ScanResult {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
        leftOut = List.copyOf(leftOut);
    }
}
