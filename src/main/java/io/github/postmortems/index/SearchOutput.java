package io.github.postmortems.index;

import java.util.List;
import java.util.Locale;

/** Search results as {@code postmortem:search} prints them: for people, for {@code cut}, or as JSON. */
public final class SearchOutput {

    public static final List<String> FORMATS = List.of("text", "tsv", "json");

    private SearchOutput() {
    }

    /** The results in one of {@link #FORMATS}; only text carries the summary and "did you mean". */
    public static String format(SearchResults results, String format) {
        List<SearchHit> hits = results.hits();
        return switch (format) {
            case "text" -> text(results);
            case "tsv" -> tsv(hits);
            case "json" -> json(hits);
            default -> throw new IllegalArgumentException("format '" + format + "' is not one of "
                    + String.join(", ", FORMATS));
        };
    }

    /** Rank, score, page and title, tab-separated, a line per hit. */
    static String tsv(List<SearchHit> hits) {
        StringBuilder out = new StringBuilder();
        for (SearchHit h : hits) {
            out.append(h.rank()).append('\t').append(h.score()).append('\t').append(line(h.page())).append('\t')
                    .append(line(h.title())).append('\n');
        }
        return out.toString();
    }

    static String text(SearchResults results) {
        StringBuilder out = new StringBuilder(results.summary()).append(System.lineSeparator());
        if (results.didYouMean() != null) {
            out.append("Did you mean: ").append(line(results.didYouMean())).append(System.lineSeparator());
        }
        List<SearchHit> hits = results.hits();
        for (SearchHit h : hits) {
            out.append(String.format(Locale.ROOT, "%2d. %s%n    %s%n", h.rank(), line(h.title()), line(h.page())));
            if (!h.snippet().isEmpty()) {
                out.append("    ").append(line(h.snippet())).append(System.lineSeparator());
            }
        }
        return out.toString();
    }

    /** An array of hits; the snippet marks matched words with [ and ]. */
    static String json(List<SearchHit> hits) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < hits.size(); i++) {
            SearchHit h = hits.get(i);
            out.append(i == 0 ? "\n" : ",\n").append("  {\"rank\": ").append(h.rank()).append(", \"score\": ")
                    .append(h.score()).append(", \"page\": ").append(Js.string(h.page())).append(", \"title\": ")
                    .append(Js.string(h.title())).append(", \"snippet\": ").append(Js.string(h.snippet())).append('}');
        }
        return out.append(hits.isEmpty() ? "]\n" : "\n]\n").toString();
    }

    /** One line: a tab or line break in an author's title must not start a new field or record. */
    private static String line(String s) {
        return s.replaceAll("[\\t\\r\\n\\u0085\\u2028\\u2029]+", " ");
    }
}
