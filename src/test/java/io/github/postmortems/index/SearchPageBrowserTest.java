package io.github.postmortems.index;

import io.github.postmortems.Fixtures;
import io.github.postmortems.build.SiteBuilder;
import io.github.postmortems.config.SiteSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The search page in a real headless Chromium, opened from file:// with the browser's default security (no
 * flags that let file pages fetch). Needs {@code chromedriver} (see {@link io.github.postmortems.RequiredTools}); CI
 * installs it with {@code apt-get install -y chromium chromium-driver}.
 */
class SearchPageBrowserTest {

    static final String HOSTILE_TITLE = "<img src=x onerror=\"window.pwned=1\"> </script><script>window.pwned=2</script> & \"quotes\"";

    /** A postmortem whose query words sit in different sections, one of them in a timeline table. */
    static final String KUMQUAT = """
            # Kumquat cache stampede

            **Date:** 2024-08-05

            **Status:** Draft

            ## Summary

            The kumquat cache expired at once and every request went to the database.

            ## Root Causes

            A deploy reset the kumquat TTL for all keys, so the cache stampede hit the database within a minute.

            ## Timeline

            | Time | Description |
            |---|---|
            | 10:00 | A deploy resets the TTL of every key in the kumquat cache |
            | 10:01 | Stampede: the database CPU reaches 100% and queries queue for seconds |
            """;

    /** A long section whose one match sits in its middle. */
    static final String ZEPPELIN = """
            # Clock drift on the web hosts

            **Date:** 2024-09-03

            ## Impact

            For most of the morning the web hosts served pages as usual, and nobody outside the team noticed \
            anything at all, because the caches hid the drift from readers. Then the zeppelin batch job, which \
            signs the nightly exports with a timestamp, began to reject its own signatures as coming from the \
            future, and every export after nine o'clock failed until the clocks were stepped back by hand.
            """;

    @TempDir
    static Path temp;
    static Path site;
    static WebDriver driver;

    @BeforeAll
    static void start() throws Exception {
        io.github.postmortems.RequiredTools.require("chromedriver"); // before the build, so a skip costs nothing
        Path archive = temp.resolve("archive");
        Fixtures.copyTree(Fixtures.archive("small"), archive);
        Files.writeString(archive.resolve("2024/05.web.hostile-title.md"), "# " + HOSTILE_TITLE + "\n\n"
                + "**Date:** 2024-05-02\n\n**Authors:** Eve\n\n**Status:** Draft\n\n**Severity:** SEV-4\n\n"
                + "## Summary\n\nThe zanzibar widget printed <b>bold</b> <script>window.pwned=3</script> "
                + "and <img src=x onerror=window.pwned=4> into the zanzibar page.\n\n## Root Causes\n\nUnknown.\n");
        Files.writeString(archive.resolve("2024/06.web.quokka-outage.md"), "---\ntrigger: [user-facing unavailability, "
                + "data loss]\n---\n# Quokka outage\n\n**Date:** 2024-06-02\n\n## Summary\n\nThe quokka service lost "
                + "uploads.\n");
        Files.writeString(archive.resolve("2024/06.web.quokka-slow.md"), "---\ntrigger: [user-facing unavailability]\n"
                + "---\n# Quokka slow\n\n**Date:** 2024-06-09\n\n## Summary\n\nThe quokka pages were slow.\n");
        Files.writeString(archive.resolve("2024/08.web.kumquat-stampede.md"), KUMQUAT);
        Files.writeString(archive.resolve("2024/09.web.zeppelin-drift.md"), ZEPPELIN);
        site = temp.resolve("site");
        SiteBuilder.build(SiteSettings.defaults(archive, site, io.github.postmortems.Fixtures.TODAY).withFailOnErrors(false));

        driver = io.github.postmortems.Chromium.start(temp.resolve("profile"));
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    private static String url(String query) {
        String page = site.resolve("search.html").toUri().toString();
        return query == null ? page : page + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    private static List<WebElement> titles() {
        return driver.findElements(By.cssSelector("#search-results a.pm-title"));
    }

    private static void waitForFirst(String title) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            List<WebElement> t = titles();
            return !t.isEmpty() && t.get(0).getText().equals(title);
        });
    }

    @Test
    void typingAQueryShowsTheExpectedFirstHitFromFile() {
        driver.get(url(null));
        assertTrue(driver.getCurrentUrl().startsWith("file:"));
        WebElement input = driver.findElement(By.id("search-input"));
        input.sendKeys("connection pool");
        waitForFirst("Card payments timed out for 40 minutes");
        WebElement first = titles().get(0);
        assertTrue(first.getAttribute("href").endsWith("2024/03.payments.card-timeouts.html?hl=connection+pool#summary"),
                first.getAttribute("href"));
        List<String> marks = driver.findElements(By.cssSelector("#search-results li:first-child mark")).stream()
                .map(WebElement::getText).toList();
        assertTrue(marks.contains("pool"), marks.toString());
        assertTrue(driver.findElement(By.id("search-status")).getText()
                .matches("\\d+ postmortems? match(es)?, \\d+ match all words\\."));
    }

    /** The list as the reader sees it: the status line, then each result's title. */
    private static List<String> shown() {
        List<String> out = new java.util.ArrayList<>();
        out.add(driver.findElement(By.id("search-status")).getText());
        titles().forEach(t -> out.add(t.getText()));
        return out;
    }

    private static List<String> settled(String status) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d ->
                d.findElement(By.id("search-status")).getText().equals(status));
        return shown();
    }

    @Test
    void typingEnterAndALinkGiveTheSameList() {
        List<String> expected = List.of("2 postmortems match, 1 match all words.",
                "Card payments timed out for 40 minutes", "Payment gateway outage");
        driver.get(url(null));
        WebElement input = driver.findElement(By.id("search-input"));
        input.sendKeys("exhaus"); // a prefix of "exhausted" (and of "exhaustion"), no word of its own
        List<String> typed = settled("1 postmortem matches.");
        assertEquals(List.of("1 postmortem matches.", "Card payments timed out for 40 minutes"), typed);
        input.sendKeys(org.openqa.selenium.Keys.ENTER);
        assertEquals(typed, settled("1 postmortem matches."));
        assertTrue(driver.getCurrentUrl().endsWith("search.html?q=exhaus"), driver.getCurrentUrl());
        driver.get(url("exhaus"));
        assertEquals(typed, settled("1 postmortem matches."));
        // a second word: typed letter by letter, then opened as a link
        driver.get(url(null));
        driver.findElement(By.id("search-input")).sendKeys("card pay");
        List<String> twoWords = settled("2 postmortems match, 1 match all words.");
        driver.get(url("card pay"));
        assertEquals(twoWords, settled("2 postmortems match, 1 match all words."));
        assertEquals(expected, twoWords);
    }

    @Test
    void facetChoicesAndTheOrderLiveInTheAddress() {
        driver.get(url("payments"));
        settled("2 postmortems match.");
        driver.findElement(By.cssSelector("#search-facets input[name=year][value='2023']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("year=2023"));
        List<String> narrowed = settled("1 postmortem matches.");
        String link = driver.getCurrentUrl();
        driver.get(link);
        assertEquals(narrowed, settled("1 postmortem matches."));
        assertTrue(driver.findElement(By.cssSelector("#search-facets input[name=year][value='2023']")).isSelected());
        // an empty query lists everything, newest first; the order is part of the link too
        driver.get(site.resolve("search.html").toUri() + "?q=&sort=date");
        List<String> all = settled("8 postmortems match.");
        assertEquals("date", driver.findElement(By.id("search-sort")).getAttribute("value"));
        assertEquals(List.of("Clock drift on the web hosts", "Kumquat cache stampede", "Search returned nothing",
                "Quokka slow", "Quokka outage"), all.subList(1, 6));
    }

    /** Each box of the facet panel as "group: label (count)", ticked ones marked "[x]". */
    private static List<String> boxes() {
        return driver.findElements(By.cssSelector("#search-facets input")).stream()
                .map(cb -> (cb.isSelected() ? "[x] " : "") + cb.getAttribute("name") + ": "
                        + cb.findElement(By.xpath("..")).getText().strip()).toList();
    }

    @Test
    void typedFiltersAreTickedBoxesAndUntickingOneTakesItOutOfTheQuery() {
        driver.get(url("system:payments severity:1"));
        settled("1 postmortem matches.");
        // each group counts as if its own boxes were not ticked: OR within a group, AND across
        assertEquals(List.of("[x] system: payments (1)", "year: 2023 (1)", "[x] severity: SEV-1 (1)",
                "severity: SEV-2 (1)", "status: Closed (1)"), boxes());
        driver.findElement(By.cssSelector("#search-facets input[name=severity][value='SEV-1']")).click();
        assertEquals(List.of("2 postmortems match.", "Card payments timed out for 40 minutes", "Payment gateway outage"),
                settled("2 postmortems match."));
        assertEquals("system:payments", driver.findElement(By.id("search-input")).getAttribute("value"));
        assertTrue(driver.getCurrentUrl().endsWith("search.html?q=system%3Apayments"), driver.getCurrentUrl());
        assertEquals(List.of("[x] system: payments (2)", "system: search (1)", "system: web (5)", "year: 2024 (1)",
                "year: 2023 (1)", "severity: SEV-1 (1)", "severity: SEV-2 (1)", "status: Reviewed (1)",
                "status: Closed (1)"), boxes());
        driver.findElement(By.cssSelector("#search-facets input[name=system][value=payments]")).click();
        settled("8 postmortems match.");
        assertEquals("", driver.findElement(By.id("search-input")).getAttribute("value"));
        assertTrue(driver.getCurrentUrl().endsWith("search.html?q="), driver.getCurrentUrl());
    }

    @Test
    void aGroupOfManyValuesShowsTheTenWithMostMatchesAndTheRestBehindMore() throws Exception {
        Path archive = temp.resolve("many-systems");
        // system sNN has NN postmortems: s01 one, ..., s13 thirteen
        for (int s = 1; s <= 13; s++) {
            for (int n = 1; n <= s; n++) {
                int month = 1 + n % 12;
                Path file = archive.resolve(String.format("2024/%02d.s%02d.disk-full-%d.md", month, s, n));
                Files.createDirectories(file.getParent());
                Files.writeString(file, String.format("# Disk full %d%n%n**Date:** 2024-%02d-02%n%n## Summary%n%n"
                        + "The disk filled.%n", n, month));
            }
        }
        Path many = temp.resolve("many-systems-site");
        SiteBuilder.build(SiteSettings.defaults(archive, many, io.github.postmortems.Fixtures.TODAY)
                .withFailOnErrors(false));
        driver.get(many.resolve("search.html").toUri() + "?q=disk");
        settled("91 postmortems match.");
        // ticking a box starts the list again at ten results, however many were shown
        driver.findElement(By.cssSelector("#search-results button.more")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> titles().size() == 20);
        driver.findElement(By.cssSelector("#search-facets input[name=system][value=s13]")).click();
        settled("13 postmortems match.");
        assertEquals(10, titles().size());
        driver.findElement(By.cssSelector("#search-facets input[name=system][value=s13]")).click();
        settled("91 postmortems match.");
        assertEquals(List.of("s04 (4)", "s05 (5)", "s06 (6)", "s07 (7)", "s08 (8)", "s09 (9)", "s10 (10)", "s11 (11)",
                "s12 (12)", "s13 (13)"), systemLabels("#search-facets fieldset > label"));
        WebElement more = driver.findElement(By.cssSelector("#search-facets details.more-facets"));
        assertEquals("3 more", more.findElement(By.tagName("summary")).getText());
        assertEquals(List.of(), systemLabels("#search-facets details label")); // closed: nothing of it shows
        more.findElement(By.tagName("summary")).click();
        assertEquals(List.of("s01 (1)", "s02 (2)", "s03 (3)"), systemLabels("#search-facets details label"));
        // a value ticked from behind "more" stays in view, and the list keeps ten beside it
        driver.findElement(By.cssSelector("#search-facets input[name=system][value=s02]")).click();
        settled("2 postmortems match.");
        assertEquals(List.of("s02 (2)", "s05 (5)", "s06 (6)", "s07 (7)", "s08 (8)", "s09 (9)", "s10 (10)", "s11 (11)",
                "s12 (12)", "s13 (13)"), systemLabels("#search-facets fieldset > label"));
    }

    /** The visible text of the system boxes' labels that match {@code css}. */
    private static List<String> systemLabels(String css) {
        return driver.findElements(By.cssSelector(css)).stream()
                .filter(l -> l.findElement(By.tagName("input")).getAttribute("name").equals("system"))
                .map(WebElement::getText).map(String::strip).filter(t -> !t.isEmpty()).toList();
    }

    @Test
    void aMinusBeforeAFilterLeavesItsPostmortemsOut() {
        driver.get(url("-system:web -severity:1"));
        assertEquals(List.of("2 postmortems match.", "Search returned nothing", "Card payments timed out for 40 minutes"),
                settled("2 postmortems match."));
        assertEquals(List.of("system: payments (1)", "system: search (1)", "year: 2024 (2)", "severity: SEV-2 (1)",
                "severity: SEV-3 (1)", "status: In Review (1)", "status: Reviewed (1)"), boxes());
    }

    @Test
    void aFourLetterTypoIsOfferedItsWord() {
        driver.get(url("plol"));
        settled("No postmortem matches.");
        assertEquals("pool", driver.findElement(By.id("search-suggestion")).getText());
    }

    @Test
    void aFilterValueNoPostmortemHasIsNoted() {
        driver.get(url("system:paymnts"));
        settled("No postmortem matches.");
        assertEquals(List.of("No postmortem has system \"paymnts\"."),
                driver.findElements(By.cssSelector("#search-notes .note")).stream().map(WebElement::getText).toList());
    }

    @Test
    void aTypoFindsItsWordAndSuggestsIt() {
        driver.get(url("zanzibr"));
        settled("1 postmortem matches.");
        assertEquals("zanzibar", driver.findElement(By.id("search-suggestion")).getText());
    }

    @Test
    void facetsNarrowTheResults() {
        driver.get(url("payments search"));
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> titles().size() >= 2);
        int before = titles().size();
        WebElement box = driver.findElement(By.cssSelector("#search-facets input[name=system][value=search]"));
        box.click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> titles().size() < before);
        assertEquals(List.of("Search returned nothing"), titles().stream().map(WebElement::getText).toList());
    }

    @Test
    void postmortemTriggersAreAFacetWhosePostmortemsMayNameSeveral() {
        driver.get(url("quokka"));
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> titles().size() == 2);
        assertEquals(List.of("user-facing unavailability (2)", "data loss or corruption (1)"),
                driver.findElements(By.cssSelector("#search-facets input[name=trigger]")).stream()
                        .map(cb -> cb.findElement(By.xpath("..")).getText().strip()).toList());
        driver.findElement(By.cssSelector("#search-facets input[name=trigger][value='data loss or corruption']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> titles().size() == 1);
        assertEquals(List.of("Quokka outage"), titles().stream().map(WebElement::getText).toList());
        driver.findElement(By.cssSelector("#search-facets input[name=trigger][value='user-facing unavailability']"))
                .click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> titles().size() == 2); // OR within the group
    }

    @Test
    void hostileTitlesAndSnippetsStayText() {
        driver.get(url("zanzibar"));
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !titles().isEmpty());
        assertEquals(HOSTILE_TITLE.replaceAll("\\s+", " "), titles().get(0).getText());
        assertTrue(driver.findElements(By.cssSelector("#search-results img, #search-results script, #search-results b"))
                .isEmpty());
        assertNull(((JavascriptExecutor) driver).executeScript("return window.pwned === undefined ? null : window.pwned"));
        String snippet = driver.findElement(By.cssSelector("#search-results .snippet")).getText();
        assertTrue(snippet.contains("<script>") || snippet.contains("zanzibar"), snippet);
        assertFalse(driver.getPageSource().contains("<img src=\"x\""));
    }

    /** The first result's snippet as HTML and its title link, as the page holds them. */
    private static List<String> firstResult(String query) {
        driver.get(url(query));
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !titles().isEmpty());
        WebElement li = driver.findElement(By.cssSelector("#search-results li:first-child"));
        return List.of(li.findElement(By.cssSelector("a.pm-title")).getAttribute("href").replaceFirst("^.*/site/", ""),
                li.findElement(By.cssSelector(".snippet")).getAttribute("outerHTML"));
    }

    @Test
    void aSnippetIsThePassageWithTheMostQueryWordsAllMarkedAndLinksItsSection() {
        // "database" comes first in the summary, but only the root causes hold both words
        assertEquals(List.of("2024/08.web.kumquat-stampede.html?hl=database+stampede#root-causes",
                "<p class=\"snippet\">A deploy reset the kumquat TTL for all keys, so the cache <mark>stampede</mark> "
                        + "hit the <mark>database</mark> within a minute.</p>"),
                firstResult("stampede database"));
    }

    @Test
    void aTimelineSnippetReadsAsItsRowsWithoutTheHeading() {
        assertEquals(List.of("2024/08.web.kumquat-stampede.html?hl=cpu+queue#timeline",
                "<p class=\"snippet\">10:00 · A deploy resets the TTL of every key in the kumquat cache · 10:01 · "
                        + "Stampede: the database <mark>CPU</mark> reaches 100% and queries <mark>queue</mark> for "
                        + "seconds</p>"),
                firstResult("cpu queue"));
    }

    @Test
    void aMatchInTheMiddleOfALongSectionShowsAWindowAroundIt() {
        assertEquals(List.of("2024/09.web.zeppelin-drift.html?hl=zeppelin#impact",
                "<p class=\"snippet\">… hid the drift from readers. Then the <mark>zeppelin</mark> batch job, which "
                        + "signs the nightly exports with a timestamp, began to reject its own signatures as coming "
                        + "from the future, and every …</p>"),
                firstResult("zeppelin"));
    }

    @Test
    void aResultLinkOpensThePageAtItsSectionWithTheWordsHighlightedFromFile() {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(900, 300));
        try {
            firstResult("stampede database");
            titles().get(0).click();
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().endsWith("#root-causes")
                    && !d.findElements(By.cssSelector("article mark.hl")).isEmpty());
            assertTrue(driver.getCurrentUrl().startsWith("file:"));
            // the title, the summary, the root causes, the timeline and the source file's name
            assertEquals(List.of("stampede", "database", "stampede", "database", "Stampede", "database", "stampede"),
                    driver.findElements(By.cssSelector("article mark.hl")).stream().map(WebElement::getText).toList());
            Number top = (Number) ((JavascriptExecutor) driver).executeScript(
                    "return Math.round(document.getElementById('root-causes').getBoundingClientRect().top)");
            assertEquals(0, top.intValue(), "the linked section is at the top of the window");
            assertEquals(List.of(), io.github.postmortems.Chromium.consoleProblems(driver));
        } finally {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1200, 900));
        }
    }
}
