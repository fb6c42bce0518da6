package io.github.postmortems;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Everything a build needs to know, independent of how it was started (Maven, a test, a main).
 *
 * @param baseUrl absolute URL the site is published under, or null when unknown
 * @param themeDirectory a directory whose files override the default theme by name, or null
 * @param failOnErrors false turns errors into warnings and leaves broken files out of the site
 */
public record SiteSettings(Path archiveDirectory, Path outputDirectory, String title, String baseUrl,
                           Path themeDirectory, ZoneId timeZone, boolean allowRawHtml, boolean failOnErrors) {

    public SiteSettings {
        Objects.requireNonNull(archiveDirectory, "archiveDirectory");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(timeZone, "timeZone");
        if (baseUrl != null && !baseUrl.isBlank() && !baseUrl.endsWith("/")) {
            baseUrl = baseUrl + "/";
        }
        if (baseUrl != null && baseUrl.isBlank()) {
            baseUrl = null;
        }
    }

    /** Defaults for an archive: UTC, raw HTML escaped, errors fail the build. */
    public static SiteSettings defaults(Path archiveDirectory, Path outputDirectory) {
        return new SiteSettings(archiveDirectory, outputDirectory, "Postmortems", null, null,
                ZoneId.of("UTC"), false, true);
    }

    public SiteSettings withTitle(String newTitle) {
        return new SiteSettings(archiveDirectory, outputDirectory, newTitle, baseUrl, themeDirectory, timeZone,
                allowRawHtml, failOnErrors);
    }

    public SiteSettings withThemeDirectory(Path directory) {
        return new SiteSettings(archiveDirectory, outputDirectory, title, baseUrl, directory, timeZone,
                allowRawHtml, failOnErrors);
    }

    public SiteSettings withFailOnErrors(boolean fail) {
        return new SiteSettings(archiveDirectory, outputDirectory, title, baseUrl, themeDirectory, timeZone,
                allowRawHtml, fail);
    }

    public SiteSettings withAllowRawHtml(boolean allow) {
        return new SiteSettings(archiveDirectory, outputDirectory, title, baseUrl, themeDirectory, timeZone,
                allow, failOnErrors);
    }
}
