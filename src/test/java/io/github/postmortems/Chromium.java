package io.github.postmortems;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;

/**
 * A headless Chromium for the browser tests, driven through the system's {@code chromedriver} (never a downloaded
 * one), with the browser's default security: pages opened from file:// cannot fetch other files.
 */
public final class Chromium {

    private Chromium() {
    }

    /** What the console said at warning level or above since the last call, one line per message. */
    public static List<String> consoleProblems(WebDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                .map(e -> e.getLevel() + " " + e.getMessage()).toList();
    }

    /** Starts the browser with its profile in {@code profile}; skips or fails as {@link RequiredTools} says. */
    public static WebDriver start(Path profile) throws IOException {
        Path chromedriver = RequiredTools.require("chromedriver");
        ChromeOptions options = new ChromeOptions();
        RequiredTools.find("chromium").ifPresent(b -> options.setBinary(b.toString()));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + Files.createDirectories(profile));
        // the console's messages (CSP violations among them) for tests that read them
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort().build(), options);
    }
}
