package io.github.postmortems;

import io.github.postmortems.config.SiteSettings;
import io.github.postmortems.build.BuildResult;
import io.github.postmortems.build.BuildFailure;
import io.github.postmortems.build.SiteBuilder;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Random Markdown and file names through the whole pipeline: every run ends in a site or in findings that name a
 * file and a line, never in an exception.
 */
class ArchiveFuzzTest {

    private static final Pattern FINDING = Pattern.compile("[^\\n]+:\\d+: (error|warning): [^\\n]+ \\[[a-z-]+]");

    record Entry(String path, byte[] content) {
    }

    @Property(tries = 150)
    void alwaysASiteOrFileLineFindings(@ForAll("archives") List<Entry> entries) throws Exception {
        Path dir = Files.createTempDirectory("fuzz");
        try {
            Path archive = Files.createDirectories(dir.resolve("archive"));
            for (Entry e : entries) {
                Path file = archive.resolve(e.path());
                Files.createDirectories(file.getParent());
                Files.write(file, e.content());
            }
            Path site = dir.resolve("site");
            try {
                BuildResult result = SiteBuilder.build(SiteSettings.defaults(archive, site, Fixtures.TODAY));
                assertTrue(Files.isRegularFile(site.resolve("index.html")));
                result.problems().forEach(p -> assertTrue(FINDING.matcher(p.toString()).matches(), p.toString()));
            } catch (BuildFailure failure) {
                assertFalse(Files.exists(site), "a failed build writes nothing");
                failure.problems().forEach(p -> assertTrue(FINDING.matcher(p.toString()).matches(), p.toString()));
                assertTrue(failure.problems().stream().anyMatch(Problem::isError));
            }
        } finally {
            delete(dir);
        }
    }

    @Provide
    Arbitrary<List<Entry>> archives() {
        Arbitrary<String> years = Arbitraries.of("2023", "2024", "1999", "20x4");
        Arbitrary<String> names = Arbitraries.oneOf(
                Combinators.combine(Arbitraries.integers().between(0, 14), Arbitraries.of("db", "payments", "a-b", "X"),
                        Arbitraries.of("outage", "disk-full", "e v", "名前", "$(rm -rf)", "a;b"))
                        .as((m, s, e) -> String.format("%02d.%s.%s.md", m, s, e)),
                Arbitraries.of("payments.md", "README.md", "notes.md", "x.png", "03.db.outage/graph.png",
                        "03.db.outage/log.html", "03.db.outage/sub dir/a b.txt"));
        Arbitrary<Entry> entry = Combinators.combine(years, names, markdown())
                .as((y, n, md) -> new Entry(n.equals("README.md") || n.equals("notes.md") ? n : y + "/" + n, md));
        return entry.list().ofMinSize(0).ofMaxSize(6).uniqueElements(Entry::path);
    }

    private Arbitrary<byte[]> markdown() {
        Arbitrary<String> pieces = Arbitraries.of(
                "# Title\n", "---\n", "title: [unclosed\n", "date: 2024-03-01\n", "**Date:** 2024-03-01\n",
                "**Date:** 2023-13-45\n", "Date: March 3, 2024\n", "**Status:** Reviewed\n", "Status: ???\n",
                "## Summary\n", "### Root Cause\n", "## Timeline\n", "2024-03-01 (all times UTC)\n",
                "| Time | Description |\n|---|---|\n| 23:59 | INCIDENT BEGINS |\n| 00:01 | RESOLVED |\n",
                "- 25:99 DETECTED: nothing\n", "- [ ] fix — owner: @a, ticket: X-1\n", "| a |\n|\n",
                "<script>alert(1)</script>\n", "[x](../../../etc/passwd)\n", "![g](03.db.outage/graph.png)\n",
                "[p](../2024/03.db.outage.md#timeline)\n", "> > > > quote\n", "```\ncode\n", "\t\t- nested\n",
                "\r\n", "\uFEFF", "\u0000", "text ", "\n");
        Arbitrary<String> text = pieces.list().ofMaxSize(25).map(l -> String.join("", l));
        Arbitrary<byte[]> invalid = Arbitraries.bytes().array(byte[].class).ofMaxSize(40);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(9, text.map(s -> s.getBytes(StandardCharsets.UTF_8))),
                net.jqwik.api.Tuple.of(1, invalid));
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
