package io.github.postmortems.newsletter;

import io.github.postmortems.Problem;
import io.github.postmortems.config.SiteSettings;
import io.github.postmortems.aggregate.Catalog;
import io.github.postmortems.model.Summary;
import io.github.postmortems.model.TicketLinks;
import io.github.postmortems.parse.LinkTarget;
import io.github.postmortems.parse.Prose;
import io.github.postmortems.parse.SafeUrl;
import io.github.postmortems.validate.Rules;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The newsletter's content: the monthly digests with their editors' intros, and the Atom feeds of postmortems and
 * of digests. {@code render.DigestPages} turns them into files.
 */
public final class Digests {

    /** Where an archive keeps its editors' intros, as {@code YYYY-MM.md}. */
    public static final String INTROS = "newsletter";
    public static final int FEED_ENTRIES = 50;

    private Digests() {
    }

    public static List<MonthlyDigest> digests(Catalog catalog, SiteSettings settings) throws IOException {
        Prose prose = new Prose();
        Map<YearMonth, Newsletter.Intro> intros = new TreeMap<>();
        // editors write intros for colleagues, about anything: a public copy's digests go without them
        Map<YearMonth, String> written = settings.variant() == SiteSettings.Variant.PUBLIC ? Map.of()
                : intros(settings.archiveDirectory(), new ArrayList<>());
        for (Map.Entry<YearMonth, String> e : written.entrySet()) {
            intros.put(e.getKey(), new Newsletter.Intro(e.getValue(), prose.html(e.getValue())));
        }
        return Newsletter.of(catalog.newestFirst(), new TicketLinks(settings), intros);
    }

    /** The digest of one month, if it has postmortems. */
    public static Optional<MonthlyDigest> digest(Catalog catalog, SiteSettings settings, YearMonth month)
            throws IOException {
        return digests(catalog, settings).stream().filter(d -> d.month().equals(month)).findFirst();
    }

    /** Why the e-mail digests and feeds will have relative links, or empty when the base URL is set. */
    public static Optional<String> baseUrlWarning(SiteSettings settings) {
        return settings.baseUrl() != null ? Optional.empty() : Optional.of("baseUrl is not set: the e-mail digests "
                + "and feeds use relative addresses, which break once an e-mail is sent; set <baseUrl> to the address "
                + "the site is published under");
    }

    /**
     * Editors' intros the newsletter cannot place (misnamed, unreadable, or for a month without postmortems), and
     * their links that would run script, held to the same rule as a postmortem's.
     */
    public static List<Problem> findings(SiteSettings settings, Catalog catalog) throws IOException {
        List<Problem> problems = new ArrayList<>();
        Map<YearMonth, String> intros = intros(settings.archiveDirectory(), problems);
        Prose prose = new Prose();
        intros.forEach((month, text) -> {
            for (LinkTarget link : prose.links(text)) {
                if (!SafeUrl.isSafe(link.url())) {
                    problems.add(Rules.unsafeLink(INTROS + "/" + month + ".md", link));
                }
            }
        });
        if (catalog.newestFirst().isEmpty()) {
            return problems;
        }
        java.util.Set<YearMonth> months = new java.util.HashSet<>();
        for (Summary p : catalog.newestFirst()) {
            months.add(p.newsletterMonth());
        }
        for (YearMonth m : intros.keySet()) {
            if (!months.contains(m)) {
                problems.add(Problem.warning(INTROS + "/" + m + ".md", 1, "newsletter",
                        "no postmortems in " + MonthlyDigest.name(m) + ", so there is no digest for this intro"));
            }
        }
        problems.sort(Comparator.naturalOrder());
        return problems;
    }

    private static Map<YearMonth, String> intros(Path archive, List<Problem> problems) throws IOException {
        Map<YearMonth, String> intros = new TreeMap<>();
        Path dir = archive.resolve(INTROS);
        // a symbolic link could lead anywhere on the build machine; the scan reports it
        if (!Files.isDirectory(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return intros;
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.sorted().toList();
        }
        for (Path f : files) {
            String name = f.getFileName().toString();
            String relative = INTROS + "/" + name;
            if (name.startsWith(".") || Files.isDirectory(f)) {
                continue;
            }
            YearMonth month = null;
            if (name.matches("\\d{4}-\\d{2}\\.md")) {
                try {
                    month = YearMonth.parse(name.substring(0, 7));
                } catch (DateTimeParseException e) {
                    month = null;
                }
            }
            if (month == null || !Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                problems.add(Problem.warning(relative, 1, "newsletter",
                        "an editor's intro is a file named YYYY-MM.md (for example 2025-03.md); this one is not used"));
                continue;
            }
            try {
                intros.put(month, StandardCharsets.UTF_8.newDecoder().decode(
                        java.nio.ByteBuffer.wrap(Files.readAllBytes(f))).toString().replace("\uFEFF", ""));
            } catch (CharacterCodingException e) {
                problems.add(Problem.warning(relative, 1, "newsletter", "not UTF-8 text; this intro is not used"));
            }
        }
        return intros;
    }

    /** The newest postmortems, drafts left out unless the settings want them: a feed reader is an audience. */
    public static Feed postmortemFeed(Catalog catalog, SiteSettings settings) {
        String base = settings.baseUrl();
        List<FeedEntry> entries = new ArrayList<>();
        List<Summary> listed = catalog.newestFirst().stream()
                .filter(p -> settings.feedDrafts() || p.status() != io.github.postmortems.parse.Status.DRAFT)
                .limit(FEED_ENTRIES).toList();
        for (Summary p : listed) {
            entries.add(new FeedEntry(Feed.id(base, p.pagePath()), Feed.xml(p.title()),
                    Feed.link(base, "feed.xml", p.pagePath()), Feed.time(p.day(), settings.timeZone()),
                    Feed.xml(p.summary().isEmpty() ? p.title() : p.summary()),
                    p.authors().stream().map(Feed::xml).toList(), Feed.xml(p.system())));
        }
        return new Feed(Feed.id(base, "feed.xml"), Feed.xml(settings.title()), Feed.link(base, "feed.xml", "feed.xml"),
                Feed.link(base, "feed.xml", "index.html"), entries.isEmpty()
                ? Feed.time(catalog.newestFirst().get(0).day(), settings.timeZone()) : entries.get(0).updated(),
                Feed.xml(settings.title()), entries);
    }

    public static Feed digestFeed(List<MonthlyDigest> digests, SiteSettings settings) {
        String base = settings.baseUrl();
        String self = "newsletter/feed.xml";
        List<FeedEntry> entries = new ArrayList<>();
        for (MonthlyDigest d : digests.subList(0, Math.min(FEED_ENTRIES, digests.size()))) {
            LocalDate last = Stream.concat(d.reviewed().stream(), d.inReview().stream()).map(DigestCard::day)
                    .max(Comparator.naturalOrder()).orElse(d.month().atDay(1));
            entries.add(new FeedEntry(Feed.id(base, d.pagePath()), "Digest: " + d.monthName(),
                    Feed.link(base, self, d.pagePath()), Feed.time(last, settings.timeZone()), d.headline(), List.of(),
                    null));
        }
        String updated = entries.stream().map(FeedEntry::updated).max(Comparator.naturalOrder()).orElseThrow();
        return new Feed(Feed.id(base, self), Feed.xml(settings.title()) + " newsletter", Feed.link(base, self, self),
                Feed.link(base, self, "newsletter/index.html"), updated, Feed.xml(settings.title()), entries);
    }
}
