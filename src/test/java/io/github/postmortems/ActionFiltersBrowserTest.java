package io.github.postmortems;

import io.github.postmortems.build.SiteBuilder;
import io.github.postmortems.config.SiteSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The action-item filters in headless Chromium from file://: they open on open items and live in the address. */
class ActionFiltersBrowserTest {

    @TempDir
    static Path temp;
    static WebDriver driver;
    static Path site;

    @BeforeAll
    static void start() throws Exception {
        driver = Chromium.start(temp.resolve("profile"));
        Path archive = temp.resolve("archive");
        Fixtures.write(archive.resolve("2026/10.idp.saml.md"), """
                # SAML signing certificate expired

                **Date:** 2026-10-02

                ## Action Items

                | Action Item | Owner | Ticket | Status | Due |
                |---|---|---|---|---|
                | Alert on expiry | @ben | IDN-80 | In progress | 2026-11-01 |
                | Move to a managed IdP | @ana | IDN-79 | Won't do | |
                | Document the runbook | Ben | IDN-83 | Open | 2026-12-31 |
                """);
        Fixtures.write(archive.resolve("2026/09.cdn.purge.md"), """
                # Purge storm

                **Date:** 2026-09-12

                ## Action Items

                | Action Item | Owner | Ticket | Status |
                |---|---|---|---|
                | Rate-limit purges | @ana | CDN-8 | Open |
                | Scope purges | @ben | CDN-7 | Done |
                """);
        site = temp.resolve("site");
        SiteBuilder.build(SiteSettings.defaults(archive, site, Fixtures.TODAY).withFailOnErrors(false));
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    private static List<String> shownItems() {
        return driver.findElements(By.cssSelector("table.actions tbody tr")).stream().filter(WebElement::isDisplayed)
                .map(r -> r.findElement(By.tagName("td")).getText()).toList();
    }

    private static List<String> groupCounts() {
        return driver.findElements(By.cssSelector(".action-group")).stream().filter(WebElement::isDisplayed)
                .map(g -> g.findElement(By.cssSelector("h2")).getText()).toList();
    }

    @Test
    void opensOnOpenItems() {
        driver.get(site.resolve("actions.html").toUri().toString());
        assertEquals(List.of("Rate-limit purges", "Alert on expiry", "Document the runbook"), shownItems());
        assertEquals(List.of("cdn 1 open of 2", "idp 2 open of 3"), groupCounts());
        assertEquals("3 action items shown", driver.findElement(By.cssSelector("output[name=shown]")).getText());
    }

    @Test
    void aSharedAddressOpensTheSameFilteredView() {
        driver.get(site.resolve("actions.html").toUri() + "?owner=ben&status=all");
        assertEquals(List.of("Scope purges", "Alert on expiry", "Document the runbook"), shownItems());
        assertEquals(List.of("cdn 1 of 1", "idp 2 of 2"), groupCounts());

        new Select(driver.findElement(By.name("status"))).selectByValue("overdue");
        assertEquals(List.of("Alert on expiry"), shownItems());
        assertEquals(List.of("idp 1 overdue of 2"), groupCounts());
        assertEquals("?owner=ben&status=overdue", (String) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return window.location.search"));

        new Select(driver.findElement(By.name("owner"))).selectByValue("");
        new Select(driver.findElement(By.name("status"))).selectByValue("open");
        assertEquals("", (String) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return window.location.search"), "the default view has a plain address");
    }

    @Test
    void anUnknownValueInTheAddressFallsBackToTheDefault() {
        driver.get(site.resolve("actions.html").toUri() + "?owner=nobody&status=bogus&system=cdn");
        assertEquals(List.of("Rate-limit purges"), shownItems());
        assertEquals(List.of("cdn 1 open of 2"), groupCounts());
    }
}
