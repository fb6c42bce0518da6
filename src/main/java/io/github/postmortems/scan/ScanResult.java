package io.github.postmortems.scan;

import io.github.postmortems.Problem;

import java.util.List;

/** The postmortem files found in an archive, oldest first, and what did not fit the layout. */
public record ScanResult(List<SourceFile> files, List<Problem> problems) {

    public ScanResult {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }
}
