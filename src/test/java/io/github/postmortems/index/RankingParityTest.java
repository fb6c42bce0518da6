package io.github.postmortems.index;

import io.github.postmortems.build.SiteBuilder;
import io.github.postmortems.config.SiteSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * For the same plain query, search.js ranks as Lucene does: top 10 over at least 200 queries on the sample
 * archive and on a generated one. The sample archive is {@code content/} (or {@code -Dparity.sample=DIR}).
 */
class RankingParityTest {

    @TempDir
    Path temp;

    @Test
    void generatedArchive() throws Exception {
        NodeScript.assumeNode();
        Path archive = temp.resolve("generated");
        ArchiveGenerator.generate(archive, 1500, 7);
        compare("generated", archive, 300);
    }

    @Test
    void sampleArchive() throws Exception {
        NodeScript.assumeNode();
        Path archive = Path.of(System.getProperty("parity.sample", "content"));
        org.junit.jupiter.api.Assumptions.assumeTrue(AnalyzerParityTest.markdownOf(archive).stream()
                .anyMatch(p -> p.getFileName().toString().matches("\\d\\d\\..+\\.md")), "no sample archive");
        compare("sample", archive, 250);
    }

    private void compare(String label, Path archive, int queryCount) throws Exception {
        Path site = temp.resolve(label + "-site");
        SiteBuilder.build(SiteSettings.defaults(archive, site, io.github.postmortems.Fixtures.TODAY).withFailOnErrors(false));
        List<String> queries = queries(archive, queryCount, new Random(label.hashCode()));

        Path input = temp.resolve(label + ".queries");
        Path output = temp.resolve(label + ".js-results");
        Files.writeString(input, queries.stream().map(NodeScript::hex).collect(Collectors.joining("\n", "", "\n")));
        NodeScript.run("parity.js", site.toString(), input.toString(), output.toString());
        Map<Integer, List<String[]>> js = new HashMap<>();
        for (String line : Files.readAllLines(output, StandardCharsets.UTF_8)) {
            if (!line.isEmpty()) {
                String[] f = line.split("\t");
                js.computeIfAbsent(Integer.parseInt(f[0]), k -> new ArrayList<>()).add(f);
            }
        }

        double overlap = 0;
        int sameTop1 = 0;
        int sameOrder = 0;
        int sameScores = 0;
        List<String> examples = new ArrayList<>();
        try (SearchIndex index = SearchIndex.open(SearchIndex.directoryFor(site))) {
            for (int q = 0; q < queries.size(); q++) {
                List<SearchHit> lucene = index.search(queries.get(q), 10);
                List<String[]> browser = js.getOrDefault(q, List.of());
                List<String> lucenePages = lucene.stream().map(SearchHit::page).toList();
                List<String> browserPages = browser.stream().map(f -> f[2]).toList();
                Set<String> common = new HashSet<>(lucenePages);
                common.retainAll(browserPages);
                int size = Math.max(lucenePages.size(), browserPages.size());
                overlap += size == 0 ? 1 : (double) common.size() / size;
                if (lucenePages.isEmpty() ? browserPages.isEmpty()
                        : !browserPages.isEmpty() && lucenePages.get(0).equals(browserPages.get(0))) {
                    sameTop1++;
                }
                if (lucenePages.equals(browserPages)) {
                    sameOrder++;
                    boolean scores = true;
                    for (int i = 0; i < lucene.size(); i++) {
                        scores &= lucene.get(i).score() == (float) Double.parseDouble(browser.get(i)[3]);
                    }
                    sameScores += scores ? 1 : 0;
                } else if (examples.size() < 5) {
                    examples.add(queries.get(q) + ": Lucene " + lucenePages + " JS " + browserPages);
                }
            }
        }
        double overlapShare = overlap / queries.size();
        double top1Share = (double) sameTop1 / queries.size();
        System.out.printf(Locale.ROOT, "ranking parity (%s, %d queries): top-10 overlap %.4f, same top-1 %.4f, "
                        + "same top-10 order %d, same top-10 scores bit for bit %d%n", label, queries.size(),
                overlapShare, top1Share, sameOrder, sameScores);
        examples.forEach(e -> System.out.println("  differs: " + e));
        assertTrue(queries.size() >= 200);
        assertTrue(overlapShare >= 0.95, "top-10 overlap " + overlapShare + examples);
        assertTrue(top1Share >= 0.95, "same top-1 " + top1Share + examples);
    }

    /** One to four words picked from the archive's own text, with a few that match nothing. */
    static List<String> queries(Path archive, int count, Random r) throws java.io.IOException {
        List<String> words = new ArrayList<>();
        for (Path md : AnalyzerParityTest.markdownOf(archive)) {
            for (String w : new String(Files.readAllBytes(md), StandardCharsets.UTF_8).split("[\\s|*#()\\[\\]\"]+")) {
                String clean = w.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
                if (clean.length() > 1 && PlainQuery.isPlain(clean)) {
                    words.add(clean);
                }
            }
        }
        List<String> queries = new ArrayList<>();
        while (queries.size() < count) {
            int n = 1 + r.nextInt(4);
            StringBuilder q = new StringBuilder();
            for (int i = 0; i < n; i++) {
                q.append(i > 0 ? " " : "").append(words.get(r.nextInt(words.size())));
            }
            if (queries.size() % 25 == 0) {
                q.append(" zzqxv");
            }
            queries.add(q.toString());
        }
        return queries;
    }
}
