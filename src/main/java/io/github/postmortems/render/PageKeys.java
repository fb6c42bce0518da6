package io.github.postmortems.render;

import io.github.postmortems.aggregate.Catalog;
import io.github.postmortems.aggregate.OwnerActions;
import io.github.postmortems.aggregate.TeamHistory;
import io.github.postmortems.aggregate.YearSummary;
import io.github.postmortems.model.Summary;
import io.github.postmortems.parse.ActionItem;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The key of a postmortem's pages (its page and its reading-club page): a hash of what the built-in templates show
 * on them besides the file itself: its summary, its related and same-system postmortems, what the catalogue says of
 * it (repeat, possible repeat, relations, its system's team, its action items' owners' pages) and what every page
 * shows of the whole site (the years in the menu, the count of postmortems, whether there are teams). The build adds
 * the file's own content key; with the same settings, plugin and theme, the same key gives the same bytes.
 */
final class PageKeys {

    private final Catalog catalog;
    private final String siteWide;
    /** Summaries hashed once each: every page lists up to ten others. */
    private final Map<String, String> summaries = new ConcurrentHashMap<>();

    PageKeys(Catalog catalog) {
        this.catalog = catalog;
        this.siteWide = "years " + catalog.years().stream().map(YearSummary::year).toList()
                + " postmortems " + catalog.newestFirst().size() + " teams " + !catalog.teams().isEmpty();
    }

    /**
     * The key of the pages made from the catalogue alone: every summary in the catalogue's order and the teams. Those
     * pages show nothing else of the archive but the newsletter's intros, which the build adds.
     */
    String catalog() {
        MessageDigest digest = sha256();
        line(digest, siteWide);
        catalog.newestFirst().forEach(s -> line(digest, hash(s)));
        catalog.teams().forEach(t -> line(digest, "team " + t.team()));
        return HexFormat.of().formatHex(digest.digest());
    }

    String of(Summary s, List<Summary> related, List<Summary> sameSystem) {
        MessageDigest digest = sha256();
        line(digest, siteWide);
        line(digest, "self " + hash(s));
        related.forEach(r -> line(digest, "related " + hash(r)));
        sameSystem.forEach(r -> line(digest, "same system " + hash(r)));
        // records all the way down: their text is everything they hold
        line(digest, "repeat " + catalog.repeatOf(s.sourcePath()));
        line(digest, "possible repeat " + catalog.possibleRepeatOf(s.sourcePath()));
        line(digest, "relations " + catalog.relationsOf(s.sourcePath()));
        TeamHistory team = catalog.team(s.system());
        line(digest, "team " + (team == null ? "none" : team.team() + " " + team.pagePath()));
        for (ActionItem a : s.actionItems()) {
            OwnerActions owner = catalog.owner(a.owner());
            line(digest, "owner " + (owner == null ? "none" : owner.slug() + " " + owner.pagePath()));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private String hash(Summary s) {
        return summaries.computeIfAbsent(s.sourcePath(), k -> {
            MessageDigest digest = sha256();
            line(digest, s.toString());
            return HexFormat.of().formatHex(digest.digest());
        });
    }

    private static void line(MessageDigest digest, String text) {
        io.github.postmortems.Sha256.line(digest, text);
    }

    private static MessageDigest sha256() {
        return io.github.postmortems.Sha256.digest();
    }
}
