package io.github.postmortems;

import io.github.postmortems.build.SiteBuilder;
import io.github.postmortems.config.SiteSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The reading club in headless Chromium from file://: the timeline unfolds from the keyboard and the buttons. */
class ReadingClubBrowserTest {

    @TempDir
    static Path temp;
    static WebDriver driver;
    static Path site;

    @BeforeAll
    static void start() throws Exception {
        driver = Chromium.start(temp.resolve("profile"));
        site = temp.resolve("site");
        SiteBuilder.build(SiteSettings.defaults(ReadingClubFixture.write(temp.resolve("archive")), site,
                Fixtures.TODAY).withFailOnErrors(false));
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    @BeforeEach
    void open() {
        driver.get(site.resolve("2024/05.db.failover.club.html").toUri().toString());
    }

    private static List<String> shownTimes() {
        return driver.findElements(By.cssSelector("#club-steps li")).stream().filter(WebElement::isDisplayed)
                .map(li -> li.findElement(By.className("time")).getText()).toList();
    }

    private static String status() {
        return driver.findElement(By.id("club-status")).getText();
    }

    private static void press(CharSequence key) {
        driver.findElement(By.tagName("body")).sendKeys(key);
    }

    @Test
    void keysRevealAndHideOneStepAtATimeAndAnnounceEach() {
        assertEquals(List.of("14:02"), shownTimes());
        assertEquals("Step 1 of 7: 14:02 INCIDENT BEGINS: replication lag alerts — Decision point. "
                + "What would you check next?", status());

        press(Keys.SPACE);
        assertEquals(List.of("14:02", "14:09"), shownTimes());
        press(Keys.ARROW_RIGHT);
        assertEquals("Step 3 of 7: 14:15 Looked at the primary's disk graphs", status());
        press(Keys.ENTER);
        press(Keys.ENTER);
        assertEquals(List.of("14:02", "14:09", "14:15", "14:20", "14:31"), shownTimes());
        assertEquals("Step 5 of 7: 14:31 Decided to fail over to the replica — Decision point. "
                + "What would you do now?", status());

        press(Keys.ARROW_LEFT);
        assertEquals(List.of("14:02", "14:09", "14:15", "14:20"), shownTimes());
        press(Keys.BACK_SPACE);
        assertEquals("Step 3 of 7: 14:15 Looked at the primary's disk graphs", status());
        for (int i = 0; i < 10; i++) {
            press(Keys.SPACE);
        }
        assertEquals(7, shownTimes().size());
        assertEquals("Step 7 of 7: 15:10 RESOLVED: old primary rebuilt — Decision point. What would you do now? "
                + "(end of the timeline)", status());
        assertEquals(0L, ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return window.scrollY"), "Space steps through the timeline instead of scrolling the page");
    }

    @Test
    void buttonsDoTheSame() {
        WebElement back = driver.findElement(By.id("club-back"));
        WebElement next = driver.findElement(By.id("club-next"));
        assertEquals("true", back.getAttribute("disabled"));
        next.click();
        next.click();
        assertEquals(List.of("14:02", "14:09", "14:15"), shownTimes());
        back.click();
        assertEquals(List.of("14:02", "14:09"), shownTimes());
        driver.findElement(By.id("club-all")).click();
        assertEquals(List.of("14:02", "14:09", "14:15", "14:20", "14:31", "14:40", "15:10"), shownTimes());
        assertEquals("true", next.getAttribute("disabled"));
    }

    @Test
    void typingInTheSearchBoxDoesNotStep() {
        driver.findElement(By.id("site-search")).sendKeys("disk full" + Keys.ARROW_LEFT);
        assertEquals(List.of("14:02"), shownTimes());
        assertEquals(List.of(), Chromium.consoleProblems(driver));
    }
}
