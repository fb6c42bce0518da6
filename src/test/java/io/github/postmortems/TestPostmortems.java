package io.github.postmortems;

import io.github.postmortems.model.Summarizer;
import io.github.postmortems.model.Summary;
import io.github.postmortems.parse.ParsedFile;
import io.github.postmortems.parse.Postmortem;
import io.github.postmortems.parse.PostmortemParser;
import io.github.postmortems.scan.SourceFile;
import io.github.postmortems.validate.Policy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Postmortems from Markdown written in a test, as if read from {@code YYYY/MM.system.event.md}. */
public final class TestPostmortems {

    private static final PostmortemParser PARSER = new PostmortemParser(false);
    private static final Summarizer SUMMARIZER = new Summarizer(java.time.ZoneOffset.UTC,
            Policy.defaults(Fixtures.TODAY));

    private TestPostmortems() {
    }

    public static Postmortem parse(String relativePath, String markdown) {
        String[] parts = relativePath.split("/");
        String[] name = parts[1].split("\\.");
        SourceFile file = new SourceFile(Path.of(relativePath), relativePath, Integer.parseInt(parts[0]),
                Integer.parseInt(name[0]), name[1], name[2], List.of());
        ParsedFile parsed = PARSER.parse(file, markdown.getBytes(StandardCharsets.UTF_8));
        return parsed.postmortem();
    }

    /** Its summary under the default policy on {@link Fixtures#TODAY}, in UTC. */
    public static Summary summary(Postmortem p) {
        return SUMMARIZER.summarize(p);
    }

    public static List<Summary> summaries(Postmortem... postmortems) {
        return java.util.Arrays.stream(postmortems).map(TestPostmortems::summary).toList();
    }

    /** A minimal postmortem with a Date, a severity and a timeline from start to resolution. */
    public static Postmortem incident(String relativePath, String date, String severity, String start, String end,
                                      String extra) {
        return parse(relativePath, "# " + relativePath + "\n\n**Date:** " + date + "\n\n**Severity:** " + severity
                + "\n\n**Status:** Reviewed\n\n" + extra + "\n\n## Timeline\n\n" + date
                + " (all times UTC)\n\n| Time | Description |\n|---|---|\n| " + start + " | INCIDENT BEGINS |\n| "
                + end + " | RESOLVED |\n");
    }
}
