package io.github.postmortems;

import io.github.postmortems.build.BuildFailure;
import io.github.postmortems.build.BuildResult;
import io.github.postmortems.build.SiteBuilder;
import io.github.postmortems.config.SiteSettings;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.io.IOException;
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
 * The hostile classes of issue 18 mixed at random: entities and escapes in URLs, control characters, unpaired
 * surrogates, deep nesting, long lines and odd names. Every run ends in a site whose pages run nothing but the
 * theme's scripts, or in findings that name a file and a line, each on one line; never in an exception.
 */
class HostileFuzzTest {

    private static final Pattern FINDING = Pattern.compile("[^\\n\\r]+:\\d+: (error|warning): [^\\n\\r]+ \\[[a-z-]+]");

    record Entry(String path, String text) {
    }

    @Property(tries = 60)
    void aSafeSiteOrFileLineFindings(@ForAll("archives") List<Entry> entries, @ForAll boolean failOnErrors)
            throws Exception {
        Path dir = Files.createTempDirectory("hostile-fuzz");
        try {
            Path archive = Files.createDirectories(dir.resolve("archive"));
            for (Entry e : entries) {
                Path file = archive.resolve(e.path());
                Files.createDirectories(file.getParent());
                Files.write(file, e.text().getBytes(StandardCharsets.UTF_8));
            }
            Path site = dir.resolve("site");
            SiteSettings settings = SiteSettings.defaults(archive, site, Fixtures.TODAY).withFailOnErrors(failOnErrors);
            try {
                BuildResult result = SiteBuilder.build(settings);
                result.problems().forEach(p -> assertTrue(FINDING.matcher(p.toString()).matches(), p.toString()));
                HostileInputTest.assertNothingRuns(site);
            } catch (BuildFailure failure) {
                assertFalse(Files.exists(site), "a failed build writes nothing");
                failure.problems().forEach(p -> assertTrue(FINDING.matcher(p.toString()).matches(), p.toString()));
            }
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    @Provide
    Arbitrary<List<Entry>> archives() {
        Arbitrary<String> names = Arbitraries.oneOf(
                Combinators.combine(Arbitraries.of("2024", "205", "2024/.", "newsletter"),
                        Arbitraries.of("03", "3", "13"), Arbitraries.of("web", "index", "a\nb", "x".repeat(240)),
                        Arbitraries.of("outage", "e\u0001v", "名前"))
                        .as((y, m, s, e) -> y.equals("newsletter") ? "newsletter/2024-03.md"
                                : (y + "/" + m + "." + s + "." + e + ".md").replace("/./", "/.")),
                Arbitraries.of("2024/03.web.outage/a\nb.txt", "2024/03.web.outage/x.svg"));
        return Combinators.combine(names, text()).as(Entry::new).list().ofMaxSize(5).uniqueElements(Entry::path);
    }

    private Arbitrary<String> text() {
        Arbitrary<String> pieces = Arbitraries.of(
                "# Title\n", "**Date:** 2024-03-01\n", "**Status:** Reviewed\n", "## Root Causes\n",
                "---\n", "title: \"a\\ud800b\"\n", "severity: \"SEV-1\\n::error::x\"\n", "a: &a [x]\nb: [*a, *a]\n",
                "tags: " + "[".repeat(200) + "]".repeat(200) + "\n", "\"k\\nk\": v\n",
                "[a](&#106;avascript:alert(1))\n", "[b](javascript&#58;alert(2))\n", "[c](javascript\\:alert(3))\n",
                "[d](java&#9;script:alert(4))\n", "[e](&#1;javascript:alert(5))\n", "![f](&#x6A;avascript:alert(6))\n",
                "<javascript:alert(7)>\n", "[g]: JAVASCRIPT:alert(8)\n[g]\n", "[h](x%00y.txt)\n",
                "<a href=\"javascript:alert(9)\">raw</a>\n", "<script>alert(10)</script>\n",
                "## Main\n", "# Digest email\n", "😀".repeat(170) + "\n", "\u0000\u0007\u202e\u2028\n",
                " ".repeat(3_000) + "x\n", "w".repeat(3_000) + "\n", "> > > > > > > > quote\n", "- a\n  - b\n",
                "| Action Item | Owner | Ticket |\n|---|---|---|\n| =1+1 | @x | [T](https://t/x>[y](javascript:z)) |\n",
                "\n", "text ");
        return pieces.list().ofMaxSize(20).map(l -> String.join("", l));
    }
}
