package io.github.postmortems.index;

import io.github.postmortems.Fixtures;
import io.github.postmortems.build.SiteBuilder;
import io.github.postmortems.config.SiteSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Each rule of the README's "Search", with its exact answer on a small archive written for it
 * ({@code archives/search-rules}), from {@code postmortem:search}'s code and from the page's {@code search.js}:
 * the same pages in the same order, the same counts, the same "did you mean" and notes.
 */
class SearchRulesTest {

    private static final String CERT = "2025/01.identity.certificate-expired.html";
    private static final String TOKEN = "2024/11.identity.token-refresh.html";
    private static final String ROLLBACK = "2024/03.payments.rollback-failed.html";
    private static final String ROLLED = "2024/02.deploy.config-rolled.html";
    private static final String BROKER = "2023/05.queue.broker-disk.html";
    private static final String LAG = "2023/09.queue.consumer-lag.html";
    private static final String FIELDS = "(system, severity, year, status, ttr, ttd, after, before)";

    /** What one query must give: the pages in order, how many match, how many match all words, the rest. */
    record Expected(List<String> pages, int total, int allWords, String didYouMean, List<String> notes) {
        static Expected of(String... pages) {
            return new Expected(List.of(pages), pages.length, pages.length, null, List.of());
        }

        Expected allWords(int n) {
            return new Expected(pages, total, n, didYouMean, notes);
        }

        Expected didYouMean(String s) {
            return new Expected(pages, total, allWords, s, notes);
        }

        Expected note(String n) {
            return new Expected(pages, total, allWords, didYouMean, List.of(n));
        }
    }

    static final Map<String, Expected> RULES = new LinkedHashMap<>();

    static {
        // the last word is also a prefix of the words as written: "rollb" is "rollback", never "rolled"
        RULES.put("rollb", Expected.of(ROLLBACK));
        RULES.put("rollback", Expected.of(ROLLBACK));
        RULES.put("payments rollb", Expected.of(ROLLBACK));
        RULES.put("rolle", Expected.of(ROLLED));
        // a space after the last word ends it: no prefix
        RULES.put("rollb ", Expected.of());
        // all words first: the broker's one "kafka" beside "partition" beats the lag's many
        RULES.put("kafka partition", Expected.of(BROKER, LAG).allWords(1));
        // typos of five letters or more: one edit, and a suggestion when no postmortem has the words as typed
        RULES.put("kafak", Expected.of(LAG, BROKER).didYouMean("kafka"));
        RULES.put("certifcate", Expected.of(CERT, TOKEN).didYouMean("certificate"));
        RULES.put("login certifcate", Expected.of(CERT, TOKEN).allWords(1).didYouMean("login certificate"));
        RULES.put("kafk", Expected.of(LAG, BROKER)); // a prefix before it is a typo: "kafk" completes to kafka
        RULES.put("zzqxv", Expected.of());
        // "did you mean" reaches down to four letters, as DirectSpellChecker's default does; matching does not
        RULES.put("dsik", Expected.of().didYouMean("disk"));
        RULES.put("dsik full", Expected.of(BROKER).allWords(0).didYouMean("disk full"));
        RULES.put("kfka", Expected.of().didYouMean("kafka"));
        RULES.put("dsk", Expected.of());
        // phrases keep their order
        RULES.put("\"certificate expired\"", Expected.of(CERT));
        RULES.put("\"expired certificate\"", Expected.of());
        // exclusions
        RULES.put("kafka -partition", Expected.of(LAG));
        // the query language: facets OR within a group, AND across
        RULES.put("system:identity", Expected.of(CERT, TOKEN));
        RULES.put("system:identity,queue year:2023", Expected.of(LAG, BROKER));
        RULES.put("system:identity system:payments", Expected.of(CERT, TOKEN, ROLLBACK));
        RULES.put("severity:1", Expected.of(CERT));
        RULES.put("severity:sev-2", Expected.of(ROLLBACK, BROKER));
        RULES.put("status:draft", Expected.of(TOKEN));
        RULES.put("ttr:>2h", Expected.of(CERT, ROLLBACK));
        RULES.put("ttr:>=2h", Expected.of(CERT, ROLLBACK, BROKER));
        RULES.put("ttd:<10m", Expected.of(CERT));
        RULES.put("after:2024-03", Expected.of(CERT, TOKEN, ROLLBACK));
        RULES.put("before:2024", Expected.of(LAG, BROKER));
        RULES.put("after:2024-02-02 before:2024-03-10", Expected.of(ROLLED));
        // a minus before a filter leaves out what the filter lets through, from the list and every count
        RULES.put("-system:identity", Expected.of(ROLLBACK, ROLLED, LAG, BROKER));
        RULES.put("-severity:1", Expected.of(TOKEN, ROLLBACK, ROLLED, LAG, BROKER));
        RULES.put("-status:draft", Expected.of(CERT, ROLLBACK, ROLLED, LAG, BROKER));
        RULES.put("-year:2023", Expected.of(CERT, TOKEN, ROLLBACK, ROLLED));
        RULES.put("-system:identity,queue", Expected.of(ROLLBACK, ROLLED));
        RULES.put("kafka -system:queue", Expected.of());
        RULES.put("system:identity,queue -year:2023", Expected.of(CERT, TOKEN));
        RULES.put("system:queue -system:queue", Expected.of());
        RULES.put("-ttr:>2h", Expected.of(TOKEN, ROLLED, LAG, BROKER));
        RULES.put("-after:2024-03", Expected.of(ROLLED, LAG, BROKER));
        RULES.put("-before:2024", Expected.of(CERT, TOKEN, ROLLBACK, ROLLED));
        // a value no postmortem has lets nothing through, and excludes nothing, with a note either way
        RULES.put("system:paymnts", Expected.of().note("No postmortem has system \"paymnts\"."));
        RULES.put("system:identity,paymnts", Expected.of(CERT, TOKEN).note("No postmortem has system \"paymnts\"."));
        RULES.put("kafka -severity:7", Expected.of(LAG, BROKER).note("No postmortem has severity \"7\"."));
        RULES.put("kafka -team:ops", Expected.of(LAG, BROKER)
                .note("\"team:\" is not a search field " + FIELDS + "; excluded as words."));
        // an empty query lists everything, newest first
        RULES.put("", Expected.of(CERT, TOKEN, ROLLBACK, ROLLED, LAG, BROKER));
        // what the language cannot read is searched as words, with a note
        RULES.put("team:payments", Expected.of(ROLLBACK).allWords(0)
                .note("\"team:\" is not a search field " + FIELDS + "; searched as words."));
        RULES.put("year:24 rollback", Expected.of(ROLLBACK).allWords(0)
                .note("\"year:24\" is not a year (year:2024); searched as words."));
        RULES.put("ttr:fast", Expected.of().note("\"ttr:fast\" is not a duration (ttr:>2h, ttr:<30m); searched as words."));
    }

    @TempDir
    static Path temp;
    static Path site;

    @BeforeAll
    static void build() throws Exception {
        site = temp.resolve("site");
        SiteBuilder.build(SiteSettings.defaults(Fixtures.archive("search-rules"), site, Fixtures.TODAY)
                .withFailOnErrors(false));
    }

    @Test
    void postmortemSearchFollowsEveryRule() throws Exception {
        Map<String, Expected> actual = new LinkedHashMap<>();
        for (String q : RULES.keySet()) {
            actual.put(q, lucene(q, IndexSearch.Sort.RELEVANCE));
        }
        assertEquals(RULES, actual);
    }

    @Test
    void theSearchPageFollowsEveryRule() throws Exception {
        NodeScript.assumeNode();
        assertEquals(RULES, browser(new ArrayList<>(RULES.keySet()), "relevance"));
    }

    @Test
    void ordersByDateAndBySeverity() throws Exception {
        Expected bySeverity = Expected.of(CERT, ROLLBACK, BROKER, TOKEN, ROLLED, LAG);
        assertEquals(bySeverity, lucene("", IndexSearch.Sort.SEVERITY));
        Expected byDate = Expected.of(TOKEN, ROLLBACK, ROLLED).allWords(0);
        // relevance would put the rollback first; by date the newest comes first, whatever it matched
        assertEquals(new Expected(List.of(TOKEN, ROLLBACK, ROLLED), 3, 0, null, List.of()),
                lucene("refreshed rollback rolled", IndexSearch.Sort.DATE));
        NodeScript.assumeNode();
        assertEquals(Map.of("", bySeverity), browser(List.of(""), "severity"));
        assertEquals(Map.of("refreshed rollback rolled", byDate), browser(List.of("refreshed rollback rolled"), "date"));
    }

    /** Text that is half a query: both read it the same way and neither fails. */
    static final List<String> ODD = List.of("\"", "-", "\"\"", "-\"", "-\"kafka", ":", "a:", "system:", ":kafka",
            "system:,", "after:2024-13", "after:2024-02-30", "ttr:<0m", "ttr:1.5h", "ttd:>=1D", "severity:01",
            "status:Reviewed", "Kafka's", "KAFKA", "kafka\u00a0partition", "kafka\tpartition", "\uD83D\uDE80 kafka",
            "rollb\u0301", "certificate -certificate", "-system:", "-system:,", "--system:queue", "-year:24",
            "-ttr:fast", "-after:2024-13", "system:QUEUE -Severity:SEV-2", "status:In-Review", "-status:Draft", "\"the certificate\"", "\"kafka\" kafka", "x".repeat(300));

    @Test
    void halfQueriesAreReadAlikeAndNeverFail() throws Exception {
        NodeScript.assumeNode();
        Map<String, Expected> java = new LinkedHashMap<>();
        for (String q : ODD) {
            java.put(q, lucene(q, IndexSearch.Sort.RELEVANCE));
        }
        assertEquals(java, browser(ODD, "relevance"));
        assertEquals(Expected.of(BROKER, LAG).allWords(1), java.get("kafka\u00a0partition"),
                "the query reads past a no-break space, the analyser splits there: two words");
    }

    @Test
    void aPrefixOfMoreThanAThousandWordsCompletesToNone() throws Exception {
        Path archive = temp.resolve("many-words");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            text.append(" zqx").append(i).append('a'); // zqx0a … zqx2999a: "zqx2" starts 1,111 words, "zqx29" 111
        }
        Files.createDirectories(archive.resolve("2024"));
        Files.writeString(archive.resolve("2024/05.web.word-list.md"), "# Word list\n\n**Date:** 2024-05-02\n\n"
                + "## Summary\n\n" + text + "\n");
        Path many = temp.resolve("many-words-site");
        SiteBuilder.build(SiteSettings.defaults(archive, many, Fixtures.TODAY).withFailOnErrors(false));
        Map<String, Expected> expected = new LinkedHashMap<>();
        expected.put("zqx", Expected.of());
        // completing to none, it is a word the archive lacks: four letters are enough for "did you mean"
        expected.put("zqx2", Expected.of().didYouMean("zqx2a"));
        expected.put("zqx29", Expected.of("2024/05.web.word-list.html"));
        bothAnswer(many, expected);
    }

    @Test
    void hostNamesAndIdentifiersAreFoundByEachOfTheirWords() throws Exception {
        Path hosts = siteOf("host-names",
                "2024/05.ci.agents-lost.md", "# Agents lost\n\n**Date:** 2024-05-02\n\n## Summary\n\nBuilds on "
                        + "ci.jenkins.io failed with error:timeout once max_connections was reached on 10.2.3.4.\n",
                "2024/04.web.slow-pages.md", "# Slow pages\n\n**Date:** 2024-04-02\n\n## Summary\n\nPages were slow "
                        + "while the cache warmed up.\n");
        String lost = "2024/05.ci.agents-lost.html";
        Map<String, Expected> expected = new LinkedHashMap<>();
        expected.put("jenkins", Expected.of(lost));
        expected.put("timeout", Expected.of(lost));
        expected.put("connections", Expected.of(lost));
        expected.put("ci.jenkins.io", Expected.of(lost));
        expected.put("\"jenkins io\"", Expected.of(lost)); // the words of a host name keep their order
        expected.put("10.2.3.4", Expected.of(lost)); // an address keeps its dots
        expected.put("10 ", Expected.of()); // a space ends the word: no prefix, and no term "10" on its own
        bothAnswer(hosts, expected);
    }

    @Test
    void theWordAsTypedComesBeforeOtherWordsOfItsStem() throws Exception {
        // "customer" and "customize" share the stem "custom"; the many customers would win on the stem alone
        Path forms = siteOf("forms",
                "2024/05.web.customers-locked-out.md", "# Customers locked out\n\n**Date:** 2024-05-02\n\n"
                        + "## Summary\n\nCustomer after customer called: customers could not log in, and customer "
                        + "support took every customer call.\n",
                "2024/04.web.theme-editor.md", "# Theme editor broke\n\n**Date:** 2024-04-02\n\n## Summary\n\n"
                        + "The page to customize a theme failed to load for an hour after the editor was upgraded "
                        + "with new templates and new fonts.\n");
        String locked = "2024/05.web.customers-locked-out.html";
        String editor = "2024/04.web.theme-editor.html";
        Map<String, Expected> expected = new LinkedHashMap<>();
        expected.put("customize ", Expected.of(editor, locked));
        expected.put("custmoize ", Expected.of(editor, locked).didYouMean("customize "));
        expected.put("customer ", Expected.of(locked, editor));
        expected.put("custom ", Expected.of(locked, editor)); // no postmortem has it as typed: the stem decides
        bothAnswer(forms, expected);
    }

    /**
     * A typed filter is a ticked box: unticking it takes the filter out of the query text (a value of a list, or the
     * whole token with a space), and what else that typed value ticked stays ticked, as a choice in the address.
     */
    @Test
    void untickingABoxTakesItsTypedFilterOutOfTheQuery() throws Exception {
        NodeScript.assumeNode();
        Path archive = temp.resolve("ticks");
        Files.createDirectories(archive.resolve("2024"));
        Files.writeString(archive.resolve("2024/01.payments.card-declines.md"),
                "# Card declines\n\n**Date:** 2024-01-09\n\n**Severity:** SEV-1\n\n## Summary\n\nDisk full.\n");
        Files.writeString(archive.resolve("2024/02.payments.ledger-stall.md"),
                "# Ledger stall\n\n**Date:** 2024-02-13\n\n**Severity:** Tier 1\n\n## Summary\n\nDisk full.\n");
        Files.writeString(archive.resolve("2024/03.search.slow-index.md"),
                "# Slow index\n\n**Date:** 2024-03-05\n\n**Severity:** SEV-2\n\n## Summary\n\nDisk slow.\n");
        Path ticks = temp.resolve("ticks-site");
        SiteBuilder.build(SiteSettings.defaults(archive, ticks, Fixtures.TODAY).withFailOnErrors(false));
        // query, group, box -> the query left, the boxes that stay ticked in the address
        List<List<String>> cases = List.of(
                List.of("system:payments severity:1 disk", "system", "payments", "severity:1 disk", ""),
                // severity:1 ticks SEV-1 and "Tier 1": unticking one leaves the other ticked
                List.of("system:payments severity:1 disk", "severity", "SEV-1", "system:payments disk", "Tier 1"),
                List.of("disk system:payments,search", "system", "payments", "disk system:search", ""),
                List.of("disk system:Search,payments", "system", "search", "disk system:payments", ""),
                List.of("severity:1 severity:sev-1", "severity", "SEV-1", "", "Tier 1"),
                List.of("severity:1 severity:sev-2", "severity", "Tier 1", "severity:sev-2", "SEV-1"),
                // an excluded value is no ticked box: left as it is
                List.of("-system:payments disk", "system", "search", "-system:payments disk", ""));
        Path input = Files.createTempFile(temp, "ticks", ".txt");
        Path output = Files.createTempFile(temp, "ticked", ".txt");
        Files.writeString(input, cases.stream().map(c -> NodeScript.hex(c.get(0)) + "\t" + c.get(1) + "\t"
                + NodeScript.hex(c.get(2)) + "\n").collect(Collectors.joining()));
        NodeScript.run("untick.js", ticks.toString(), input.toString(), output.toString());
        List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
        List<List<String>> actual = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            String[] f = lines.get(i).split("\t", -1);
            actual.add(List.of(cases.get(i).get(0), cases.get(i).get(1), cases.get(i).get(2), NodeScript.unhex(f[0]),
                    NodeScript.unhex(f[1])));
        }
        assertEquals(cases, actual);
    }

    /** The site of an archive of the given files (path, text, path, text, ...), built under {@code name}. */
    private static Path siteOf(String name, String... files) throws Exception {
        Path archive = temp.resolve(name);
        for (int i = 0; i < files.length; i += 2) {
            Path file = archive.resolve(files[i]);
            Files.createDirectories(file.getParent());
            Files.writeString(file, files[i + 1]);
        }
        Path out = temp.resolve(name + "-site");
        SiteBuilder.build(SiteSettings.defaults(archive, out, Fixtures.TODAY).withFailOnErrors(false));
        return out;
    }

    /** postmortem:search's code and then search.js give each query its expected answer, by relevance. */
    private static void bothAnswer(Path site, Map<String, Expected> expected) throws Exception {
        Map<String, Expected> java = new LinkedHashMap<>();
        for (String q : expected.keySet()) {
            java.put(q, lucene(site, q, IndexSearch.Sort.RELEVANCE));
        }
        assertEquals(expected, java);
        NodeScript.assumeNode();
        assertEquals(expected, browser(site, new ArrayList<>(expected.keySet()), "relevance"));
    }

    private static Expected lucene(String q, IndexSearch.Sort sort) throws Exception {
        return lucene(site, q, sort);
    }

    private static Expected lucene(Path site, String q, IndexSearch.Sort sort) throws Exception {
        SearchResults r = IndexSearch.search(SearchIndex.directoryFor(site), q, sort, 20);
        return new Expected(r.hits().stream().map(SearchHit::page).toList(), r.total(), r.allWords(), r.didYouMean(),
                r.notes());
    }

    /** The queries as search.js answers them in Node, from the built site's own files. */
    static Map<String, Expected> browser(List<String> queries, String sort) throws Exception {
        return browser(site, queries, sort);
    }

    static Map<String, Expected> browser(Path site, List<String> queries, String sort) throws Exception {
        Path input = Files.createTempFile(temp, "queries", ".txt");
        Path output = Files.createTempFile(temp, "results", ".txt");
        Files.writeString(input, queries.stream().map(q -> NodeScript.hex(q) + "\n").collect(Collectors.joining()));
        NodeScript.run("query.js", site.toString(), input.toString(), output.toString(), "20", sort);
        Map<String, Expected> out = new LinkedHashMap<>();
        Map<Integer, List<String>> pages = new LinkedHashMap<>();
        Map<Integer, String[]> summaries = new LinkedHashMap<>();
        for (String line : Files.readAllLines(output, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            if (f[0].equals("S")) {
                summaries.put(Integer.parseInt(f[1]), f);
            } else if (f[0].equals("H")) {
                pages.computeIfAbsent(Integer.parseInt(f[1]), k -> new ArrayList<>()).add(f[3]);
            }
        }
        for (int i = 0; i < queries.size(); i++) {
            String[] s = summaries.get(i);
            String notes = NodeScript.unhex(s[5]);
            out.put(queries.get(i), new Expected(pages.getOrDefault(i, List.of()), Integer.parseInt(s[2]),
                    Integer.parseInt(s[3]), s[4].equals("-") ? null : NodeScript.unhex(s[4]),
                    notes.isEmpty() ? List.of() : List.of(notes.split("\n"))));
        }
        return out;
    }
}
