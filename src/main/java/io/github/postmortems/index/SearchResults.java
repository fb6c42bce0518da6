package io.github.postmortems.index;

import java.util.List;
import java.util.Locale;

/**
 * What a search found.
 *
 * @param hits the first results, in order
 * @param total how many postmortems match
 * @param allWords how many of them hold every word of the query (all of them when it has fewer than two)
 * @param words how many distinct words the query has
 * @param didYouMean the query with its unknown words corrected, when no postmortem holds every word as typed;
 *        or null
 * @param notes what the query language could not read, searched as words instead
 */
public record SearchResults(List<SearchHit> hits, int total, int allWords, int words, String didYouMean,
                            List<String> notes) {

    public SearchResults {
        hits = List.copyOf(hits);
        notes = List.copyOf(notes);
    }

    /** "12 postmortems match, 3 match all words." as the page says it. */
    public String summary() {
        if (total == 0) {
            return "No postmortem matches.";
        }
        String count = total == 1 ? "1 postmortem matches" : String.format(Locale.ROOT, "%d postmortems match", total);
        return words > 1 ? count + ", " + allWords + " match all words." : count + ".";
    }
}
