package io.github.postmortems;

import io.github.postmortems.build.SiteBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebDriver;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every kind of page opens from file:// in Chromium with nothing in the console: no Content-Security-Policy
 * violation (an inline style or script the policy refuses), no failed load, no script error.
 */
class ConsoleBrowserTest {

    @TempDir
    static Path temp;
    static WebDriver driver;
    static Path site;

    @BeforeAll
    static void start() throws Exception {
        driver = Chromium.start(temp.resolve("profile"));
        site = temp.resolve("site");
        SiteBuilder.build(DigestFixture.settings(DigestFixture.write(temp), site, "UTC", DigestFixture.BASE_URL));
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void pagesOpenWithACleanConsole() {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        for (String page : List.of("index.html", "2025/03.db.failover.html", "2025/03.db.failover.club.html", "reading-list.html", "2025/index.html", "systems/index.html",
                "systems/db.html", "actions.html", "owners/index.html", "owners/ana.html", "newsletter/index.html",
                "newsletter/2025-03.html", "newsletter/2025-03.email.html", "search.html")) {
            driver.get(site.resolve(page).toUri().toString());
            List<String> said = Chromium.consoleProblems(driver);
            if (!said.isEmpty()) {
                problems.put(page, said);
            }
        }
        assertEquals(Map.of(), problems);
    }
}
