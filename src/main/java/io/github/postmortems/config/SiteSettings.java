package io.github.postmortems.config;

import io.github.postmortems.validate.Policy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Everything a build needs to know, independent of how it was started (Maven, a test, a main).
 *
 * @param baseUrl absolute URL the site is published under, or null when unknown
 * @param themeDirectory a directory whose files override the default theme by name, or null
 * @param failOnErrors false turns errors into warnings and leaves broken files out of the site
 * @param policy the rules' levels and thresholds, and the reference day for ages and deadlines
 * @param ticketUrl a link for tickets with {@code {ticket}} where the ticket goes, or null
 * @param repeatWindowDays how soon the same system and event must come again to count as a repeat incident
 * @param feedDrafts whether the postmortems' feed lists drafts; off by default, since a feed reader is an audience
 * @param repositoryUrl a link to a file's history in a repository browser, with {@code {path}} where its path from
 *        the repository's root goes, or null
 * @param variant who the site is for: the company ({@code INTERNAL}) or anyone ({@code PUBLIC}, a redacted copy)
 * @param severityAliases the archive's own severity words by the severity they stand for, comma-separated
 *        ({@code SEV-2 -> "amber, orange"})
 * @param showFields front-matter keys the plugin does not read that pages show, by key, with their labels, in the
 *        order the page lists them
 * @param searchBudgetKb the build warns when the median first search of the search page loads more than this
 *        many KB (1,024 bytes), gzip-compressed
 */
public record SiteSettings(Path archiveDirectory, Path outputDirectory, String title, String baseUrl,
                           Path themeDirectory, ZoneId timeZone, boolean allowRawHtml, boolean failOnErrors,
                           Policy policy, String ticketUrl, int repeatWindowDays, boolean feedDrafts,
                           String repositoryUrl, java.util.Map<String, String> fieldAliases, Variant variant,
                           java.util.Map<String, String> severityAliases, java.util.Map<String, String> showFields,
                           int searchBudgetKb) {

    /** The default of {@link #searchBudgetKb()}: what a first search may load, compressed as a web server sends it. */
    public static final int DEFAULT_SEARCH_BUDGET_KB = 60;

    /** Who a build is for. */
    public enum Variant {
        /** Everything, for the company. */
        INTERNAL,
        /**
         * A copy to publish outside the company: internal postmortems, "(internal)" sections and attachments not
         * listed as public left out, people's names replaced by roles.
         */
        PUBLIC;

        /** {@code internal} or {@code public}, in any case. */
        public static Variant of(String name) {
            for (Variant v : values()) {
                if (v.name().equalsIgnoreCase(name.strip())) {
                    return v;
                }
            }
            throw new IllegalArgumentException("variant '" + name + "' is not internal or public");
        }
    }

    public SiteSettings {
        Objects.requireNonNull(archiveDirectory, "archiveDirectory");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(variant, "variant");
        if (searchBudgetKb <= 0) {
            throw new IllegalArgumentException("searchBudgetKb must be positive, got " + searchBudgetKb);
        }
        if (ticketUrl != null && ticketUrl.isBlank()) {
            ticketUrl = null;
        }
        // sorted, so the settings' text (part of the build cache's key) never depends on a map's order
        fieldAliases = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(
                fieldAliases == null ? java.util.Map.of() : fieldAliases));
        severityAliases = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(
                severityAliases == null ? java.util.Map.of() : severityAliases));
        showFields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(
                showFields == null ? java.util.Map.of() : showFields));
        if (repositoryUrl != null && repositoryUrl.isBlank()) {
            repositoryUrl = null;
        }
        if (baseUrl != null && baseUrl.isBlank()) {
            baseUrl = null;
        }
        if (baseUrl != null && !baseUrl.endsWith("/")) {
            baseUrl = baseUrl + "/";
        }
    }

    /** Defaults for an archive: UTC, raw HTML escaped, errors fail the build, the default policy on {@code today}. */
    public static SiteSettings defaults(Path archiveDirectory, Path outputDirectory, LocalDate today) {
        return new SiteSettings(archiveDirectory, outputDirectory, "Postmortems", null, null,
                ZoneId.of("UTC"), false, true, Policy.defaults(today), null, 365, false, null, java.util.Map.of(),
                Variant.INTERNAL, java.util.Map.of(), java.util.Map.of(),
                DEFAULT_SEARCH_BUDGET_KB);
    }

    public SiteSettings withTitle(String newTitle) {
        return new SiteSettings(archiveDirectory, outputDirectory, newTitle, baseUrl, themeDirectory, timeZone,
                allowRawHtml, failOnErrors, policy, ticketUrl, repeatWindowDays, feedDrafts, repositoryUrl, fieldAliases, variant, severityAliases, showFields,
                searchBudgetKb);
    }

    public SiteSettings withOutputDirectory(Path directory) {
        return new SiteSettings(archiveDirectory, directory, title, baseUrl, themeDirectory, timeZone,
                allowRawHtml, failOnErrors, policy, ticketUrl, repeatWindowDays, feedDrafts, repositoryUrl, fieldAliases, variant, severityAliases, showFields,
                searchBudgetKb);
    }

    public SiteSettings withThemeDirectory(Path directory) {
        return new SiteSettings(archiveDirectory, outputDirectory, title, baseUrl, directory, timeZone,
                allowRawHtml, failOnErrors, policy, ticketUrl, repeatWindowDays, feedDrafts, repositoryUrl, fieldAliases, variant, severityAliases, showFields,
                searchBudgetKb);
    }

    public SiteSettings withFailOnErrors(boolean fail) {
        return new SiteSettings(archiveDirectory, outputDirectory, title, baseUrl, themeDirectory, timeZone,
                allowRawHtml, fail, policy, ticketUrl, repeatWindowDays, feedDrafts, repositoryUrl, fieldAliases, variant, severityAliases, showFields,
                searchBudgetKb);
    }

    public SiteSettings withAllowRawHtml(boolean allow) {
        return new SiteSettings(archiveDirectory, outputDirectory, title, baseUrl, themeDirectory, timeZone,
                allow, failOnErrors, policy, ticketUrl, repeatWindowDays, feedDrafts, repositoryUrl, fieldAliases, variant, severityAliases, showFields,
                searchBudgetKb);
    }

    public SiteSettings withPolicy(Policy newPolicy) {
        return new SiteSettings(archiveDirectory, outputDirectory, title, baseUrl, themeDirectory, timeZone,
                allowRawHtml, failOnErrors, newPolicy, ticketUrl, repeatWindowDays, feedDrafts, repositoryUrl, fieldAliases, variant, severityAliases, showFields,
                searchBudgetKb);
    }

    public SiteSettings withTicketUrl(String pattern) {
        return new SiteSettings(archiveDirectory, outputDirectory, title, baseUrl, themeDirectory, timeZone,
                allowRawHtml, failOnErrors, policy, pattern, repeatWindowDays, feedDrafts, repositoryUrl, fieldAliases, variant, severityAliases, showFields,
                searchBudgetKb);
    }

    public SiteSettings withFeedDrafts(boolean drafts) {
        return new SiteSettings(archiveDirectory, outputDirectory, title, baseUrl, themeDirectory, timeZone,
                allowRawHtml, failOnErrors, policy, ticketUrl, repeatWindowDays, drafts, repositoryUrl, fieldAliases, variant, severityAliases, showFields,
                searchBudgetKb);
    }

    public SiteSettings withRepositoryUrl(String pattern) {
        return new SiteSettings(archiveDirectory, outputDirectory, title, baseUrl, themeDirectory, timeZone,
                allowRawHtml, failOnErrors, policy, ticketUrl, repeatWindowDays, feedDrafts, pattern, fieldAliases, variant, severityAliases, showFields,
                searchBudgetKb);
    }

    /** The archive's own names for front-matter keys, by the key they stand for ({@code started -> outage_start}). */
    public SiteSettings withFieldAliases(java.util.Map<String, String> aliases) {
        return new SiteSettings(archiveDirectory, outputDirectory, title, baseUrl, themeDirectory, timeZone,
                allowRawHtml, failOnErrors, policy, ticketUrl, repeatWindowDays, feedDrafts, repositoryUrl, aliases, variant, severityAliases, showFields,
                searchBudgetKb);
    }

    /** The archive's own severity words, by the severity they stand for ({@code SEV-2 -> "amber, orange"}). */
    public SiteSettings withSeverityAliases(java.util.Map<String, String> aliases) {
        return new SiteSettings(archiveDirectory, outputDirectory, title, baseUrl, themeDirectory, timeZone,
                allowRawHtml, failOnErrors, policy, ticketUrl, repeatWindowDays, feedDrafts, repositoryUrl, fieldAliases,
                variant, aliases, showFields, searchBudgetKb);
    }

    /** Front-matter keys the plugin does not read that pages show, with their labels, in order. */
    public SiteSettings withShowFields(java.util.Map<String, String> fields) {
        return new SiteSettings(archiveDirectory, outputDirectory, title, baseUrl, themeDirectory, timeZone,
                allowRawHtml, failOnErrors, policy, ticketUrl, repeatWindowDays, feedDrafts, repositoryUrl, fieldAliases,
                variant, severityAliases, fields, searchBudgetKb);
    }

    public SiteSettings withSearchBudgetKb(int kilobytes) {
        return new SiteSettings(archiveDirectory, outputDirectory, title, baseUrl, themeDirectory, timeZone,
                allowRawHtml, failOnErrors, policy, ticketUrl, repeatWindowDays, feedDrafts, repositoryUrl, fieldAliases,
                variant, severityAliases, showFields, kilobytes);
    }

    public SiteSettings withVariant(Variant newVariant) {
        return new SiteSettings(archiveDirectory, outputDirectory, title, baseUrl, themeDirectory, timeZone,
                allowRawHtml, failOnErrors, policy, ticketUrl, repeatWindowDays, feedDrafts, repositoryUrl, fieldAliases,
                newVariant, severityAliases, showFields,
                searchBudgetKb);
    }

    /**
     * The link to a file's history through {@link #repositoryUrl()}, its path's segments escaped and its slashes
     * kept, or null when no pattern is set.
     */
    public String historyLink(String repositoryPath) {
        if (repositoryUrl == null || repositoryPath == null) {
            return null;
        }
        StringBuilder path = new StringBuilder();
        for (String segment : repositoryPath.split("/", -1)) {
            if (!path.isEmpty()) {
                path.append('/');
            }
            path.append(java.net.URLEncoder.encode(segment, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return repositoryUrl.replace("{path}", path);
    }

    /** The link for a ticket through {@link #ticketUrl()}, or null when no pattern is set. */
    public String ticketLink(String ticket) {
        if (ticketUrl == null || ticket == null) {
            return null;
        }
        return ticketUrl.replace("{ticket}", java.net.URLEncoder.encode(ticket, java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20"));
    }
}
