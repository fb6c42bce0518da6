package io.github.postmortems.aggregate;

import io.github.postmortems.model.Summary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds earlier incidents of the same system that a postmortem's title, summary and root cause describe in much
 * the same words. Words are weighted by how rare they are in the archive (inverse document frequency), so "disk",
 * "audit" and "full" shared by two storage postmortems count, and "service" or "failed" hardly do; two
 * descriptions are compared by the cosine of their weighted word sets. A reviewer confirms what it suggests.
 */
final class Resemblance {

    /** From here two descriptions read as the same failure: every repeat the demo archive confirms scores 0.15 to
     * 0.27 against its earlier incident, unrelated incidents of the same system mostly below 0.13. */
    static final double THRESHOLD = 0.2;
    /** Fewer shared words than this is coincidence, however short the texts. */
    static final int MIN_SHARED = 3;
    /** Only this many earlier incidents of the system are compared, so the pass stays linear. */
    static final int CANDIDATES = 50;

    private static final Set<String> STOP = Set.of("the", "and", "for", "was", "were", "with", "from", "that", "this",
            "into", "our", "are", "not", "but", "has", "had", "have", "its", "all", "out", "one", "two", "when",
            "which", "who", "after", "before", "than", "then", "there", "their", "they", "been", "being", "about",
            "over", "under", "only", "also", "because", "while", "during", "per", "some", "more", "most", "any",
            "each", "other", "did", "does", "could", "would", "should", "can", "will", "what", "how", "why",
            "where", "until", "through", "between", "without", "utc");

    private Resemblance() {
    }

    /** For each postmortem not already a confirmed repeat, the most similar earlier incident above the threshold. */
    static Map<String, PossibleRepeat> find(List<Summary> newestFirst, Map<String, Repeat> confirmed) {
        // each word gets an id as first met, so comparing two descriptions is one merge of two sorted int arrays
        Map<String, Integer> ids = new HashMap<>();
        List<String> vocabulary = new ArrayList<>();
        List<Integer> documents = new ArrayList<>();
        Map<String, List<Summary>> bySystemOldestFirst = new TreeMap<>();
        Map<String, int[]> wordsOf = new HashMap<>();
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            Summary p = newestFirst.get(i);
            int[] words = words(p).stream().mapToInt(w -> ids.computeIfAbsent(w, k -> {
                vocabulary.add(k);
                documents.add(0);
                return vocabulary.size() - 1;
            })).sorted().toArray();
            for (int id : words) {
                documents.set(id, documents.get(id) + 1);
            }
            wordsOf.put(p.sourcePath(), words);
            bySystemOldestFirst.computeIfAbsent(p.system(), s -> new ArrayList<>()).add(p);
        }
        double[] weight = new double[vocabulary.size()];
        for (int id = 0; id < weight.length; id++) {
            weight[id] = Math.log((double) newestFirst.size() / documents.get(id));
        }
        Map<String, PossibleRepeat> found = new HashMap<>();
        for (List<Summary> history : bySystemOldestFirst.values()) {
            int[][] words = new int[history.size()][];
            double[] norms = new double[history.size()];
            for (int i = 0; i < history.size(); i++) {
                words[i] = wordsOf.get(history.get(i).sourcePath());
                double sum = 0;
                for (int id : words[i]) {
                    sum += weight[id];
                }
                norms[i] = Math.sqrt(sum);
            }
            for (int i = 1; i < history.size(); i++) {
                if (confirmed.containsKey(history.get(i).sourcePath())) {
                    continue;
                }
                int best = -1;
                double bestSimilarity = 0;
                for (int j = i - 1; j >= Math.max(0, i - CANDIDATES); j--) {
                    double similarity = similarity(words[i], words[j], weight, norms[i] * norms[j]);
                    if (similarity >= THRESHOLD && similarity > bestSimilarity) {
                        best = j;
                        bestSimilarity = similarity;
                    }
                }
                if (best >= 0) {
                    found.put(history.get(i).sourcePath(), new PossibleRepeat(history.get(i), history.get(best),
                            shared(words[i], words[best], weight, vocabulary), bestSimilarity));
                }
            }
        }
        return found;
    }

    /** Cosine of two weighted word sets; 0 when they share fewer than {@link #MIN_SHARED} words. */
    private static double similarity(int[] a, int[] b, double[] weight, double norm) {
        double sum = 0;
        int shared = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] == b[j]) {
                sum += weight[a[i]];
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return shared < MIN_SHARED || norm == 0 ? 0 : sum / norm;
    }

    /** The words two descriptions share, rarest (most telling) first. */
    private static List<String> shared(int[] a, int[] b, double[] weight, List<String> vocabulary) {
        java.util.Set<Integer> other = java.util.Arrays.stream(b).boxed().collect(java.util.stream.Collectors.toSet());
        return java.util.Arrays.stream(a).filter(other::contains).boxed()
                .sorted(java.util.Comparator.comparingDouble((Integer id) -> -weight[id])
                        .thenComparing(vocabulary::get))
                .map(vocabulary::get).toList();
    }

    /** The telling words of what happened: title, summary and root cause, without the system's own name. */
    static Set<String> words(Summary p) {
        Set<String> words = new HashSet<>();
        String text = p.title() + " " + p.summary() + " " + p.digestRootCause();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() < 3 || STOP.contains(w) || w.chars().allMatch(Character::isDigit) || w.equals(p.system())) {
                continue;
            }
            words.add(w.length() > 4 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w);
        }
        return words;
    }
}
