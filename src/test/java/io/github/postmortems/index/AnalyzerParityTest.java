package io.github.postmortems.index;

import io.github.postmortems.Fixtures;
import io.github.postmortems.build.SiteBuilder;
import io.github.postmortems.config.SiteSettings;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** search.js analyses text into exactly the terms Lucene's EnglishAnalyzer gives, on a large word corpus. */
class AnalyzerParityTest {

    @TempDir
    Path temp;

    static final List<String> TRICKY = List.of(
            "JOHN'S", "john’s", "ＪＯＨＮ＇Ｓ", "it's its it", "The quick brown fox's tail", "don't won't o'clock",
            "U.S.A. e.g. i.e.", "10.2.3.4 1,240 3.14 v2.1.0 0x1F", "foo_bar foo-bar foo.bar foo@bar.com",
            "https://tickets.example.com/PAY-409?x=1#y", "東京都の空港 ひらがな カタカナ 한국어", "ไทยภาษาไทย ລາວ ខ្មែរ",
            "🚀🔥 👩‍💻 ❤️ 🇩🇪", "ΣΊΣΥΦΟΣ ὈΔΥΣΣΕΎΣ", "İstanbul DİYARBAKIR ıi", "Straße ǅemal ﬁle", "café naïve résumé",
            "\uD801\uDC00\uD801\uDC28 lone \uD800 surrogate \uDC00", "tab\tnew\nline\r\nend", "",
            "generalizations relational conditional rational valenci hesitanci digitizer conformabli radicalli",
            "differentli vileli analogousli vietnamization predication operator feudalism decisiveness hopefulness",
            "callousness formaliti sensitiviti sensibiliti triplicate formative formalize electriciti electrical",
            "hopeful goodness revival allowance inference airliner gyroscopic adjustable defensible irritant",
            "replacement adjustment dependent adoption homologou communism activate angulariti homologous effective",
            "bowdlerize probate rate cease controll roll caresses ponies ties caress cats feed agreed plastered bled",
            "motoring sing conflated troubled sized hopping tanned falling hissing fizzed failing filing happy sky",
            "eed eeds ies sses s ss y yy ay by aying ying", "a".repeat(254), "b".repeat(255), "c".repeat(256),
            "d".repeat(600), "x ".repeat(10) + "e".repeat(300) + " tail", "é".repeat(300),
            "\uD83D\uDE80".repeat(140), "a\uD83D\uDE80".repeat(100), "w".repeat(254) + "\uD83D\uDE80" + "z",
            "1".repeat(400), "word" + "'s".repeat(3), "'s", "s's", "O'Neil's", "rock'n'roll",
            "ci.jenkins.io repo.jenkins-ci.org error:timeout max_connections node.js a.b.c x._y é.a k8s.io s3.amazonaws.com",
            "e.g. i.e. U.S.A. 1.2.a a.1.2 foo:bar:baz A_B_C _lead trail_ a..b a::b");

    @Test
    void javaAndJsGiveTheSameTermsForEveryText() throws Exception {
        NodeScript.assumeNode();
        Path site = temp.resolve("site");
        SiteBuilder.build(SiteSettings.defaults(Fixtures.archive("small"), site, Fixtures.TODAY));

        List<String> corpus = new ArrayList<>(TRICKY);
        TreeSet<String> words = new TreeSet<>();
        for (String[] list : List.of(ArchiveGenerator.WORDS, ArchiveGenerator.SYMPTOMS, ArchiveGenerator.CAUSES,
                ArchiveGenerator.SYSTEMS)) {
            for (String s : list) {
                words.addAll(List.of(s.split(" ")));
            }
        }
        List<Path> texts = new ArrayList<>(markdownOf(Fixtures.archives()));
        if (Files.isDirectory(Path.of("content"))) {
            texts.addAll(markdownOf(Path.of("content"))); // the sample archive
        }
        for (Path md : texts) {
            words.addAll(List.of(new String(Files.readAllBytes(md), StandardCharsets.UTF_8).split("\\s+")));
        }
        Path dict = Path.of("/usr/share/dict/words");
        if (Files.isReadable(dict)) {
            words.addAll(Files.readAllLines(dict, StandardCharsets.UTF_8));
        }
        corpus.addAll(words);
        corpus.addAll(randomTexts(new Random(2026), 5000));

        Path input = temp.resolve("corpus.hex");
        Path output = temp.resolve("terms.hex");
        Files.writeString(input, corpus.stream().map(NodeScript::hex).collect(Collectors.joining("\n", "", "\n")));
        NodeScript.run("analyze.js", site.toString(), input.toString(), output.toString());

        List<String> js = Files.readAllLines(output, StandardCharsets.UTF_8);
        Analyzer analyzer = SearchFields.analyzer();
        int checked = 0;
        List<String> differences = new ArrayList<>();
        for (int i = 0, line = 0; i < corpus.size(); i++) {
            String text = corpus.get(i); // an empty text is sent as "-"
            String expected = PlainQuery.terms(analyzer, text).stream().map(NodeScript::hex)
                    .collect(Collectors.joining(","));
            if (!expected.equals(js.get(line))) {
                differences.add(escape(text) + " → Lucene " + readable(expected) + " JS " + readable(js.get(line)));
            }
            line++;
            checked++;
        }
        System.out.println("analyzer parity: " + (checked - differences.size()) + " of " + checked + " texts identical");
        assertEquals(List.of(), differences.subList(0, Math.min(20, differences.size())));
    }

    private static String readable(String hexTerms) {
        StringBuilder out = new StringBuilder();
        for (String h : hexTerms.split(",", -1)) {
            StringBuilder t = new StringBuilder();
            for (int i = 0; i + 4 <= h.length(); i += 4) {
                t.append((char) Integer.parseInt(h.substring(i, i + 4), 16));
            }
            out.append(out.length() > 0 ? " | " : "").append(escape(t.toString()));
        }
        return out.toString();
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            out.append(c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
        }
        return out.toString();
    }

    static List<Path> markdownOf(Path root) throws java.io.IOException {
        try (var walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
    }

    /** Random strings over letters, digits, punctuation, apostrophes, scripts, emoji and surrogates. */
    static List<String> randomTexts(Random r, int count) {
        String[] pieces = {"a", "e", "i", "o", "u", "y", "s", "t", "ing", "ed", "ies", "ation", "'", "’", "＇", "S",
                "-", ".", ",", "_", "@", "/", ":", "0", "7", "1.5", " ", "  ", "\t", "é", "ß", "İ", "Σ", "ς", "東",
                "の", "カ", "한", "ไ", "ก", "\uD83D\uDE80", "\u200D", "\uFE0F", "\u0301", "\uD800", "\uDC00", "#", "$",
                "%", "x", "z", "q", "L", "M", "\u00A0", "\u3000"};
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder s = new StringBuilder();
            for (int n = 1 + r.nextInt(12); n > 0; n--) {
                s.append(pieces[r.nextInt(pieces.length)]);
            }
            out.add(s.toString().replace("\n", " "));
        }
        return out;
    }
}
