package io.github.postmortems.index;

import io.github.postmortems.build.SiteBuilder;
import io.github.postmortems.config.SiteSettings;

import java.nio.file.Path;

/** Builds a site from an archive: {@code DevSite ARCHIVE SITE}. For trying the search page by hand. */
public final class DevSite {

    private DevSite() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        var result = SiteBuilder.build(SiteSettings.defaults(Path.of(args[0]), Path.of(args[1]), java.time.LocalDate.now(java.time.ZoneOffset.UTC)).withFailOnErrors(false));
        System.out.println(result.postmortems() + " postmortems, " + result.files() + " files in "
                + (System.nanoTime() - start) / 1_000_000 + " ms");
    }
}
