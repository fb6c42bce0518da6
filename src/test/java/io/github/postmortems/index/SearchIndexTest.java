package io.github.postmortems.index;

import io.github.postmortems.Fixtures;
import io.github.postmortems.build.SiteBuilder;
import io.github.postmortems.config.SiteSettings;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Lucene side: what postmortem:search answers and what the pages list as related. */
class SearchIndexTest {

    @TempDir
    Path temp;

    private Path site() throws Exception {
        Path site = temp.resolve("site");
        SiteBuilder.build(SiteSettings.defaults(Fixtures.archive("small"), site, Fixtures.TODAY));
        return site;
    }

    private List<SearchHit> search(String query) throws Exception {
        return IndexSearch.search(SearchIndex.directoryFor(site()), query, 10);
    }

    @Test
    void plainWordsFindTheirPostmortemWithAHighlightedSnippet() throws Exception {
        List<SearchHit> hits = search("connection pool exhausted");
        assertEquals("2024/03.payments.card-timeouts.html", hits.get(0).page());
        assertEquals("Card payments timed out for 40 minutes", hits.get(0).title());
        assertTrue(hits.get(0).snippet().contains("[pool]"), hits.get(0).snippet());
    }

    @Test
    void stemmingMatchesOtherFormsOfAWord() throws Exception {
        assertEquals("2024/03.payments.card-timeouts.html", search("timeout").get(0).page());
    }

    @Test
    void theQueryLanguageFilters() throws Exception {
        assertEquals(List.of("2024/07.search.empty-results.html"),
                search("system:search").stream().map(SearchHit::page).toList());
        assertEquals(List.of("2024/03.payments.card-timeouts.html", "2023/11.payments.gateway-outage.html"),
                search("system:payments").stream().map(SearchHit::page).toList(), "newest first");
        assertTrue(search("payments -card").stream().noneMatch(h -> h.page().contains("card-timeouts")));
        assertEquals("2024/03.payments.card-timeouts.html", search("\"connection pool\"").get(0).page());
        assertEquals("2024/03.payments.card-timeouts.html", search("exhaus").get(0).page());
    }

    @Test
    void attachmentsAreSearchable() throws Exception {
        // pager.log is only an attachment of the card-timeouts postmortem
        List<SearchHit> hits = search("pager");
        assertEquals(List.of("2024/03.payments.card-timeouts.html"), hits.stream().map(SearchHit::page).toList());
    }

    @Test
    void pastedTextIsReadAsItsWords() throws Exception {
        Path index = SearchIndex.directoryFor(site());
        assertEquals(IndexSearch.search(index, "pool exhausted", 10), IndexSearch.search(index, "(pool exhausted", 10));
        SearchResults r = IndexSearch.search(index, "HTTP/502 errors on card/pool", IndexSearch.Sort.RELEVANCE, 10);
        assertEquals("2024/03.payments.card-timeouts.html", r.hits().get(0).page(), "the '/' starts no regexp");
        assertEquals("2 postmortems match, 0 match all words.", r.summary());
    }

    @Test
    void relatedIncidentsNeverListThePageItself() throws Exception {
        Path site = site();
        for (String page : List.of("2023/11.payments.gateway-outage.html", "2024/03.payments.card-timeouts.html",
                "2024/07.search.empty-results.html")) {
            Document doc = Jsoup.parse(site.resolve(page).toFile(), "UTF-8");
            List<String> related = doc.select("#related ~ ol a.pm-title").eachAttr("href");
            assertTrue(related.size() <= SearchIndex.RELATED);
            String self = page.substring(page.indexOf('/') + 1);
            assertTrue(related.stream().noneMatch(h -> h.endsWith(self)), page + " lists itself: " + related);
        }
    }

    @Test
    void tsvHasRankScorePageTitle() throws Exception {
        String tsv = SearchOutput.tsv(search("pool"));
        String[] first = tsv.lines().findFirst().orElseThrow().split("\t");
        assertEquals(4, first.length);
        assertEquals("1", first[0]);
        assertEquals("2024/03.payments.card-timeouts.html", first[2]);
        assertEquals("Card payments timed out for 40 minutes", first[3]);
    }

    @Test
    void textSaysHowManyMatchAllWordsAndSuggests() {
        List<SearchHit> hits = List.of(new SearchHit(1, 2.5f, "2024/03.a.html", "Card\tpool", "[pool] ran dry"));
        String nl = System.lineSeparator();
        assertEquals("3 postmortems match, 1 match all words." + nl + "Did you mean: card pool" + nl
                        + " 1. Card pool" + nl + "    2024/03.a.html" + nl + "    [pool] ran dry" + nl,
                SearchOutput.format(new SearchResults(hits, 3, 1, 2, "card pool", List.of()), "text"));
        assertEquals("No postmortem matches." + nl,
                SearchOutput.format(new SearchResults(List.of(), 0, 0, 1, null, List.of()), "text"));
        assertEquals("1 postmortem matches." + nl + " 1. Card pool" + nl + "    2024/03.a.html" + nl
                        + "    [pool] ran dry" + nl,
                SearchOutput.format(new SearchResults(hits, 1, 1, 1, null, List.of()), "text"));
    }

    @Test
    void jsonAndTsvCarryNothingButTheResults() {
        List<SearchHit> hits = List.of(new SearchHit(1, 2.5f, "2024/03.a.html", "Card \"pool\"\t</script>", "[pool] ran dry"),
                new SearchHit(2, 0.125f, "2024/04.b.html", "Second", ""));
        assertEquals("""
                [
                  {"rank": 1, "score": 2.5, "page": "2024/03.a.html", "title": "Card \\"pool\\"\\u0009\\u003c/script\\u003e", \
                "snippet": "[pool] ran dry"},
                  {"rank": 2, "score": 0.125, "page": "2024/04.b.html", "title": "Second", "snippet": ""}
                ]
                """, SearchOutput.json(hits));
        assertEquals("[]\n", SearchOutput.json(List.of()));
        assertEquals("1\t2.5\t2024/03.a.html\tCard \"pool\" </script>\n2\t0.125\t2024/04.b.html\tSecond\n",
                SearchOutput.tsv(hits));
    }
}
