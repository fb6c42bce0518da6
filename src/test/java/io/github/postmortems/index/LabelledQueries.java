package io.github.postmortems.index;

import io.github.postmortems.parse.Postmortem;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Labelled queries drawn from an archive for the search benchmark, each with the pages that answer it, in five
 * kinds: an exact title; two rare words of one postmortem; the first letters of a rare word; a rare word of five
 * or more letters with one edit (insert, delete, substitute or transpose); and query-language queries (a quoted
 * phrase, {@code system:} or {@code year:} with a rare word). "Rare" is by document frequency of the word as
 * written; what answers a query is decided on the postmortems' text, not by any search engine.
 */
final class LabelledQueries {

    /** A query, its kind, and the pages (site paths) that answer it. */
    record Labelled(String kind, String query, Set<String> relevant) {
    }

    static final List<String> KINDS = List.of("title", "two rare words", "prefix", "typo", "query language");

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Set<String> STOP = Set.of("the", "and", "that", "with", "this", "from", "were", "which",
            "into", "their", "there", "these", "they", "then", "such", "will", "have", "been", "after", "before");

    private final List<Postmortem> postmortems;
    private final List<String> texts = new ArrayList<>();
    private final Map<String, BitSet> docsOf = new HashMap<>();
    private final TreeMap<String, Boolean> vocabulary = new TreeMap<>();

    private LabelledQueries(List<Postmortem> postmortems) {
        this.postmortems = postmortems;
        for (int d = 0; d < postmortems.size(); d++) {
            Postmortem p = postmortems.get(d);
            String text = (p.title() + "\n" + PostmortemText.of(p).body()).toLowerCase(Locale.ROOT);
            texts.add(text);
            Matcher m = WORD.matcher(text);
            while (m.find()) {
                String w = m.group();
                docsOf.computeIfAbsent(w, k -> new BitSet()).set(d);
                vocabulary.put(w, true);
            }
        }
    }

    /** {@code perKind} queries of each kind, the same for the same archive and seed. */
    static List<Labelled> of(List<Postmortem> postmortems, int perKind, long seed) {
        return new LabelledQueries(postmortems).draw(perKind, new Random(seed));
    }

    private List<Labelled> draw(int perKind, Random random) {
        List<Labelled> out = new ArrayList<>();
        for (String kind : KINDS) {
            Set<String> seen = new java.util.HashSet<>();
            for (int attempt = 0; attempt < perKind * 50 && seen.size() < perKind; attempt++) {
                int d = random.nextInt(postmortems.size());
                Labelled q = switch (kind) {
                    case "title" -> title(d);
                    case "two rare words" -> twoRare(d);
                    case "prefix" -> prefix(d);
                    case "typo" -> typo(d, random);
                    default -> language(d, random);
                };
                if (q != null && !q.relevant().isEmpty() && seen.add(q.query())) {
                    out.add(q);
                }
            }
        }
        return out;
    }

    private Set<String> pages(BitSet docs) {
        Set<String> pages = new LinkedHashSet<>();
        docs.stream().forEach(d -> pages.add(postmortems.get(d).pagePath()));
        return pages;
    }

    private Labelled title(int d) {
        String title = postmortems.get(d).title();
        BitSet same = new BitSet();
        for (int o = 0; o < postmortems.size(); o++) {
            if (postmortems.get(o).title().equalsIgnoreCase(title)) {
                same.set(o);
            }
        }
        return new Labelled("title", title, pages(same));
    }

    /** The words of a postmortem, rarest first (then alphabetically), at least {@code min} letters long. */
    private List<String> rarest(int d, int min) {
        Set<String> words = new java.util.TreeSet<>();
        Matcher m = WORD.matcher(texts.get(d));
        while (m.find()) {
            String w = m.group();
            if (w.length() >= min && !STOP.contains(w)) {
                words.add(w);
            }
        }
        List<String> sorted = new ArrayList<>(words);
        sorted.sort(java.util.Comparator.comparingInt((String w) -> docsOf.get(w).cardinality())
                .thenComparing(java.util.Comparator.naturalOrder()));
        return sorted;
    }

    private Labelled twoRare(int d) {
        List<String> words = rarest(d, 4);
        if (words.size() < 2) {
            return null;
        }
        String a = words.get(0);
        // a second word that is not another form of the first ("rollback", "rollbacks")
        String b = words.stream().skip(1).filter(w -> !w.startsWith(a) && !a.startsWith(w)).findFirst().orElse(null);
        if (b == null) {
            return null;
        }
        BitSet both = (BitSet) docsOf.get(a).clone();
        both.and(docsOf.get(b));
        return new Labelled("two rare words", a + " " + b, pages(both));
    }

    private Labelled prefix(int d) {
        for (String w : rarest(d, 7)) {
            String prefix = w.substring(0, Math.max(4, w.length() / 2 + 1));
            BitSet docs = new BitSet();
            for (String v : vocabulary.subMap(prefix, prefix + Character.MAX_VALUE).keySet()) {
                docs.or(docsOf.get(v));
            }
            if (docs.cardinality() <= 10) {
                return new Labelled("prefix", prefix, pages(docs));
            }
        }
        return null;
    }

    private Labelled typo(int d, Random random) {
        for (String w : rarest(d, 5)) {
            if (docsOf.get(w).cardinality() > 10) {
                return null;
            }
            for (int tries = 0; tries < 10; tries++) {
                String t = edit(w, random);
                if (!vocabulary.containsKey(t)) {
                    return new Labelled("typo", t, pages(docsOf.get(w)));
                }
            }
        }
        return null;
    }

    /** One edit at a random place after the first letter: insert, delete, substitute or transpose. */
    static String edit(String w, Random random) {
        int at = 1 + random.nextInt(w.length() - 1);
        char c = (char) ('a' + random.nextInt(26));
        return switch (random.nextInt(4)) {
            case 0 -> w.substring(0, at) + c + w.substring(at);
            case 1 -> w.substring(0, at) + w.substring(at + 1);
            case 2 -> w.substring(0, at) + c + w.substring(at + 1);
            default -> at + 1 < w.length() ? w.substring(0, at) + w.charAt(at + 1) + w.charAt(at) + w.substring(at + 2)
                    : w.substring(0, at - 1) + w.charAt(at) + w.charAt(at - 1);
        };
    }

    private Labelled language(int d, Random random) {
        Postmortem p = postmortems.get(d);
        List<String> words = rarest(d, 5);
        if (words.isEmpty()) {
            return null;
        }
        String w = words.get(0);
        switch (random.nextInt(3)) {
            case 0 -> {
                // a quoted phrase: the rare word and the word after it, as written
                Matcher m = Pattern.compile("\\b" + Pattern.quote(w) + "\\s+(\\p{L}{3,})").matcher(texts.get(d));
                if (!m.find()) {
                    return null;
                }
                String phrase = w + " " + m.group(1);
                BitSet docs = new BitSet();
                Pattern exact = Pattern.compile("\\b" + Pattern.quote(w) + "\\s+" + Pattern.quote(m.group(1)) + "\\b");
                docsOf.get(w).stream().filter(o -> exact.matcher(texts.get(o)).find()).forEach(docs::set);
                return new Labelled("query language", "\"" + phrase + "\"", pages(docs));
            }
            case 1 -> {
                BitSet docs = new BitSet();
                docsOf.get(w).stream().filter(o -> postmortems.get(o).system().equals(p.system())).forEach(docs::set);
                return new Labelled("query language", "system:" + p.system() + " " + w, pages(docs));
            }
            default -> {
                BitSet docs = new BitSet();
                docsOf.get(w).stream().filter(o -> postmortems.get(o).year() == p.year()).forEach(docs::set);
                return new Labelled("query language", "year:" + p.year() + " " + w, pages(docs));
            }
        }
    }
}
