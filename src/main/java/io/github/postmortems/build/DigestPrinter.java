package io.github.postmortems.build;

import io.github.postmortems.newsletter.MonthlyDigest;
import io.github.postmortems.newsletter.Digests;
import io.github.postmortems.render.DigestPages;

import io.github.postmortems.config.SiteSettings;
import io.github.postmortems.aggregate.Catalog;
import io.github.postmortems.render.RenderException;
import io.github.postmortems.render.SiteRenderer;
import io.github.postmortems.render.Theme;

import java.io.IOException;
import java.time.YearMonth;
import java.util.List;

/** One month's digest as text, for editors who script their mailing ({@code mvn postmortem:digest}). */
public final class DigestPrinter {

    private DigestPrinter() {
    }

    /**
     * The digest of {@code month} exactly as the site has it.
     *
     * @throws BuildFailure when the archive has errors that keep it from being published
     * @throws IllegalArgumentException when the month has no postmortems, naming the months that have
     */
    public static String digest(SiteSettings settings, YearMonth month, DigestPages.DigestOutput output)
            throws IOException, BuildFailure, RenderException {
        ArchiveCheck checked = SiteBuilder.check(settings, SiteBuilder.Mode.SITE);
        if (checked.hasErrors()) {
            throw new BuildFailure(checked.problems());
        }
        Catalog catalog = SiteBuilder.catalog(checked, settings);
        List<MonthlyDigest> digests = Digests.digests(catalog, settings);
        MonthlyDigest digest = digests.stream().filter(d -> d.month().equals(month)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no postmortems in " + MonthlyDigest.name(month)
                        + ", so there is no digest; the latest months with one: " + String.join(", ",
                        digests.stream().limit(6).map(MonthlyDigest::slug).toList())));
        return DigestPages.text(new SiteRenderer(new Theme(settings.themeDirectory()), settings), catalog,
                settings, digest, output);
    }
}
