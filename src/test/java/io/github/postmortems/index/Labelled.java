package io.github.postmortems.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A query with the postmortem it is after, made from that postmortem the way a reader would recall it: its
 * exact title, its two rarest words, the first letters of a rare long word, a rare word with two letters
 * swapped, a rare word with a filter of the query language.
 */
record Labelled(String query, String page) {

    static final List<String> KINDS = List.of("title", "two rare words", "prefix", "typo", "query language");

    /** Up to {@code count} postmortems picked at random, each giving a query of every kind it can. */
    static Map<String, List<Labelled>> of(SearchIndex index, int count, Random r) throws IOException {
        Map<String, List<Labelled>> out = new LinkedHashMap<>();
        KINDS.forEach(k -> out.put(k, new ArrayList<>()));
        var reader = index.reader();
        List<Integer> docs = IntStream.range(0, reader.maxDoc()).boxed().collect(Collectors.toList());
        Collections.shuffle(docs, r);
        var stored = reader.storedFields();
        try (Analyzer words = SearchFields.words()) {
            for (int doc : docs.subList(0, Math.min(count, docs.size()))) {
                var d = stored.document(doc);
                String page = d.get(SearchFields.PAGE);
                List<String> rare = new ArrayList<>();
                for (String w : PlainQuery.terms(words, d.get(SearchFields.BODY))) {
                    if (w.matches("[a-z]{4,}") && !rare.contains(w)) {
                        rare.add(w);
                    }
                }
                Map<String, Integer> df = new LinkedHashMap<>();
                for (String w : rare) {
                    df.put(w, reader.docFreq(new Term(SearchFields.WORDS, w)));
                }
                rare.sort(Comparator.comparing((String w) -> df.get(w)).thenComparing(w -> w));
                out.get("title").add(new Labelled(d.get(SearchFields.TITLE), page));
                if (rare.size() >= 2) {
                    out.get("two rare words").add(new Labelled(rare.get(0) + " " + rare.get(1), page));
                    out.get("query language").add(new Labelled(rare.get(0) + " system:" + d.get(SearchFields.SYSTEM),
                            page));
                }
                rare.stream().filter(w -> w.length() >= 7).findFirst().ifPresent(w -> out.get("prefix").add(
                        new Labelled(w.substring(0, Math.max(4, (w.length() * 3 + 4) / 5)), page)));
                rare.stream().filter(w -> w.length() >= 6).findFirst().ifPresent(w -> {
                    int at = w.length() / 2;
                    String typo = w.charAt(at - 1) != w.charAt(at)
                            ? w.substring(0, at - 1) + w.charAt(at) + w.charAt(at - 1) + w.substring(at + 1)
                            : w.substring(0, at) + w.substring(at + 1);
                    out.get("typo").add(new Labelled(typo, page));
                });
            }
        }
        return out;
    }
}
