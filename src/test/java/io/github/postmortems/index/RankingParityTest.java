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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * For every query, search.js gives what postmortem:search gives: the same top 10 in the same order with the same
 * scores to the last bit of the float, the same counts, "did you mean" and notes. Over at least 200 queries (words,
 * prefixes, typos, phrases, filters and excluded filters) on the sample archive and on a generated one. The sample archive is
 * {@code content/} (or {@code -Dparity.sample=DIR}).
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
        List<String> queries = new ArrayList<>(queries(archive, queryCount, new Random(label.hashCode())));
        Map<String, List<Labelled>> labelled;
        try (SearchIndex index = SearchIndex.open(SearchIndex.directoryFor(site))) {
            labelled = Labelled.of(index, 60, new Random(label.hashCode()));
        }
        int random = queries.size();
        labelled.values().forEach(list -> list.forEach(l -> queries.add(l.query())));

        Path input = temp.resolve(label + ".queries");
        Path output = temp.resolve(label + ".js-results");
        Files.writeString(input, queries.stream().map(NodeScript::hex).collect(Collectors.joining("\n", "", "\n")));
        NodeScript.run("query.js", site.toString(), input.toString(), output.toString(), "10");
        Map<Integer, List<String>> js = new HashMap<>();
        Map<Integer, Long> bytes = new HashMap<>();
        for (String line : Files.readAllLines(output, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            if (f[0].equals("B")) {
                bytes.put(Integer.parseInt(f[1]), Long.parseLong(f[2]));
                continue;
            }
            List<String> lines = js.computeIfAbsent(Integer.parseInt(f[1]), k -> new ArrayList<>());
            // a hit as "page score" with the score as a float, as Lucene gives it; the summary as it is
            lines.add(f[0].equals("H") ? f[3] + " " + (float) Double.parseDouble(f[4]) : String.join(" ",
                    List.of(f).subList(2, f.length)));
        }

        List<String> differences = new ArrayList<>();
        List<SearchResults> results = new ArrayList<>();
        int withHits = 0;
        try (SearchIndex index = SearchIndex.open(SearchIndex.directoryFor(site))) {
            for (int q = 0; q < queries.size(); q++) {
                SearchResults r = index.search(queries.get(q), IndexSearch.Sort.RELEVANCE, 10);
                results.add(r);
                List<String> lucene = new ArrayList<>();
                lucene.add(r.total() + " " + r.allWords() + " " + (r.didYouMean() == null ? "-"
                        : NodeScript.hex(r.didYouMean())) + " " + NodeScript.hex(String.join("\n", r.notes())));
                r.hits().forEach(h -> lucene.add(h.page() + " " + h.score()));
                withHits += r.hits().isEmpty() ? 0 : 1;
                if (!lucene.equals(js.get(q))) {
                    differences.add(queries.get(q) + "\n  Lucene " + lucene + "\n  JS     " + js.get(q));
                }
            }
        }
        System.out.printf(Locale.ROOT, "ranking parity (%s): %d queries (%d with hits), %d differ%n", label,
                queries.size(), withHits, differences.size());
        System.out.printf(Locale.ROOT, "  bytes every search loads first: %d%n", bytes.get(-1));
        int at = random;
        for (Map.Entry<String, List<Labelled>> kind : labelled.entrySet()) {
            List<Labelled> list = kind.getValue();
            int first = 0;
            int five = 0;
            int ten = 0;
            double reciprocal = 0;
            List<Long> sizes = new ArrayList<>();
            List<String> misses = new ArrayList<>();
            for (Labelled l : list) {
                List<String> pages = results.get(at).hits().stream().map(SearchHit::page).toList();
                int rank = pages.indexOf(l.page()) + 1;
                if (rank == 0 && misses.size() < 3) {
                    misses.add(l.query() + " (" + l.page() + ")");
                }
                first += rank == 1 ? 1 : 0;
                five += rank >= 1 && rank <= 5 ? 1 : 0;
                ten += rank >= 1 ? 1 : 0;
                reciprocal += rank >= 1 ? 1.0 / rank : 0;
                sizes.add(bytes.get(at));
                at++;
            }
            java.util.Collections.sort(sizes);
            System.out.printf(Locale.ROOT, "  %-15s %3d queries: first %.2f, top 5 %.2f, top 10 %.2f, MRR %.3f;"
                            + " bytes a later query loads, median %d, p95 %d%n", kind.getKey(), list.size(),
                    (double) first / list.size(), (double) five / list.size(), (double) ten / list.size(),
                    reciprocal / list.size(), sizes.get(sizes.size() / 2), sizes.get((int) (sizes.size() * 0.95)));
            misses.forEach(m -> System.out.println("    not in the top 10: " + m));
        }
        assertTrue(random >= 200);
        assertTrue(withHits >= queries.size() / 2, "too few queries find anything: " + withHits);
        assertEquals(List.of(), differences.subList(0, Math.min(5, differences.size())),
                differences.size() + " of " + queries.size() + " queries differ");
    }

    /**
     * One to four words picked from the archive's own text, a few that match nothing, and of every fifth query
     * the last word cut (a prefix), a letter of a long word swapped or dropped (a typo), or a filter added.
     */
    static List<String> queries(Path archive, int count, Random r) throws java.io.IOException {
        List<String> words = new ArrayList<>();
        for (Path md : AnalyzerParityTest.markdownOf(archive)) {
            for (String w : new String(Files.readAllBytes(md), StandardCharsets.UTF_8).split("[\\s|*#()\\[\\]\"]+")) {
                String clean = w.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
                if (clean.length() > 1 && !clean.contains(":")) {
                    words.add(clean);
                }
            }
        }
        String[] filters = {" year:2024", " severity:2", " status:reviewed", " ttr:>1h", " after:2024-06", " -the",
            " -system:payments", " -year:2024", " -severity:2", " -status:draft", " -ttr:>1h", " -after:2024-06",
            " system:payment", " -severity:9"};
        List<String> queries = new ArrayList<>();
        while (queries.size() < count) {
            int n = 1 + r.nextInt(4);
            StringBuilder q = new StringBuilder();
            for (int i = 0; i < n; i++) {
                q.append(i > 0 ? " " : "").append(words.get(r.nextInt(words.size())));
            }
            String text = q.toString();
            switch (queries.size() % 10) {
                case 1 -> text = text.length() > 4 ? text.substring(0, text.length() - 2) : text; // a prefix
                case 3 -> text = typo(text, r);
                case 5 -> text = text + filters[r.nextInt(filters.length)];
                case 7 -> text = "\"" + text + "\"";
                case 9 -> text = text + " zzqxv";
                default -> { }
            }
            queries.add(text);
        }
        return queries;
    }

    /** The longest word with two neighbouring letters swapped or one dropped; four letters are enough for "did you mean". */
    private static String typo(String text, Random r) {
        String[] ws = text.split(" ");
        int longest = 0;
        for (int i = 1; i < ws.length; i++) {
            longest = ws[i].length() > ws[longest].length() ? i : longest;
        }
        String w = ws[longest];
        if (w.length() >= 4) {
            int at = 1 + r.nextInt(w.length() - 2);
            ws[longest] = r.nextBoolean() ? w.substring(0, at) + w.charAt(at + 1) + w.charAt(at) + w.substring(at + 2)
                    : w.substring(0, at) + w.substring(at + 1);
        }
        return String.join(" ", ws);
    }
}
