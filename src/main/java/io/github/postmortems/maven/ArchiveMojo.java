package io.github.postmortems.maven;

import io.github.postmortems.BuildClock;
import io.github.postmortems.Problem;
import io.github.postmortems.config.SiteSettings;
import io.github.postmortems.parse.ExtraFields;
import io.github.postmortems.parse.PostmortemParser;
import io.github.postmortems.parse.Severities;
import io.github.postmortems.parse.Status;
import io.github.postmortems.validate.Policy;
import io.github.postmortems.validate.Rule;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** The parameters every goal shares, turned into {@link SiteSettings}. Mistakes in them are the user's. */
abstract class ArchiveMojo extends AbstractMojo {

    /** The archive: the directory holding the year folders. */
    @Parameter(property = "postmortem.archiveDirectory", defaultValue = "${basedir}", required = true)
    File archiveDirectory;

    /** Where the site is written; replaced as a whole when the build succeeds. */
    @Parameter(property = "postmortem.outputDirectory", defaultValue = "${project.reporting.outputDirectory}",
            required = true)
    File outputDirectory;

    /** The site's name, shown in every page's header. */
    @Parameter(property = "postmortem.title", defaultValue = "${project.name}")
    String title;

    /** The absolute URL the site is published under, for feeds and e-mails. */
    @Parameter(property = "postmortem.baseUrl")
    String baseUrl;

    /** A directory with {@code templates/} and {@code assets/} whose files replace the default theme's. */
    @Parameter(property = "postmortem.themeDirectory")
    File themeDirectory;

    /** The zone for times written without one, and for "today". */
    @Parameter(property = "postmortem.timeZone", defaultValue = "UTC")
    String timeZone;

    /** Passes raw HTML in the Markdown through instead of escaping it. */
    @Parameter(property = "postmortem.allowRawHtml", defaultValue = "false")
    boolean allowRawHtml;

    /** False reports errors as warnings and leaves the files that have them out of the site. */
    @Parameter(property = "postmortem.failOnErrors", defaultValue = "true")
    boolean failOnErrors;

    /** Levels per rule id, e.g. {@code <root-cause>warning</root-cause>}; each is error, warning or off. */
    @Parameter
    Map<String, String> rules;

    /** What a ticket looks like; an action item's ticket must contain a match. */
    @Parameter(property = "postmortem.ticketPattern", defaultValue = Policy.DEFAULT_TICKET_PATTERN)
    String ticketPattern;

    /** Days after the incident by which a postmortem should be reviewed. */
    @Parameter(property = "postmortem.reviewDeadlineDays", defaultValue = "14")
    int reviewDeadlineDays;

    /** Statuses that count as reviewed and shared. */
    @Parameter(property = "postmortem.reviewedStatuses", defaultValue = "Reviewed,Closed")
    List<String> reviewedStatuses;

    /** The fewest words a root cause may have before it reads as a placeholder. */
    @Parameter(property = "postmortem.rootCauseMinWords", defaultValue = "8")
    int rootCauseMinWords;

    /** A link for tickets, with {@code {ticket}} where the ticket key goes, e.g. https://jira.example.com/browse/{ticket}. */
    @Parameter(property = "postmortem.ticketUrl")
    String ticketUrl;

    /** How soon the same system and event must come again to count as a repeat incident. */
    @Parameter(property = "postmortem.repeatWindowDays", defaultValue = "365")
    int repeatWindowDays;

    /** List drafts in {@code feed.xml} too; by default a feed carries only postmortems past their draft. */
    @Parameter(property = "postmortem.feedDrafts", defaultValue = "false")
    boolean feedDrafts;

    /**
     * A link to a postmortem's history in a repository browser, with {@code {path}} where its path from the
     * repository's root goes, e.g. https://github.com/acme/postmortems/commits/main/{path}.
     */
    @Parameter(property = "postmortem.repositoryUrl")
    String repositoryUrl;

    /**
     * {@code internal} (everything) or {@code public}: a copy to publish outside the company, without internal
     * postmortems, "(internal)" sections and attachments not listed as public, with people's names replaced by roles.
     */
    @Parameter(property = "postmortem.variant", defaultValue = "internal")
    String variant;

    /**
     * The build warns when the search page's median first search loads more than this many KB (gzip-compressed,
     * as a web server sends it): the page, its styles and scripts, the index files and the results' snippets.
     */
    @Parameter(property = "postmortem.searchBudgetKb", defaultValue = "60")
    int searchBudgetKb;

    /** The archive's own names for front-matter keys, by the key they stand for. */
    @Parameter
    Map<String, String> fieldAliases;

    /**
     * The archive's own severity words by the severity they stand for, comma-separated:
     * {@code <severityAliases><SEV-2>amber, orange</SEV-2></severityAliases>}; they win over the built-in words.
     */
    @Parameter
    Map<String, String> severityAliases;

    /**
     * Front-matter keys the plugin does not read that each postmortem's page shows among its facts, in this order,
     * each {@code key} or {@code key=Label}: {@code <showFields><field>affected=Affected services</field></showFields>}.
     */
    @Parameter
    List<String> showFields;

    /** Phrases the blameless check lets pass in a sentence that holds them, e.g. "we should have known". */
    @Parameter
    List<String> blamelessAllowed;

    /** Maven's reproducible-build timestamp; "today" for deadlines when SOURCE_DATE_EPOCH is not set. */
    @Parameter(defaultValue = "${project.build.outputTimestamp}", readonly = true)
    String outputTimestamp;

    SiteSettings settings() throws MojoFailureException {
        ZoneId zone = zone();
        Instant now;
        try {
            now = BuildClock.referenceInstant(System.getenv("SOURCE_DATE_EPOCH"), outputTimestamp, Instant.now());
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage());
        }
        SiteSettings.Variant audience;
        try {
            audience = SiteSettings.Variant.of(variant == null ? "internal" : variant);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage());
        }
        if (searchBudgetKb <= 0) {
            throw new MojoFailureException("searchBudgetKb must be a positive number of KB, got " + searchBudgetKb);
        }
        return new SiteSettings(archiveDirectory.toPath(), outputDirectory.toPath(),
                title == null || title.isBlank() ? "Postmortems" : title, baseUrl,
                themeDirectory == null ? null : themeDirectory.toPath(), zone, allowRawHtml, failOnErrors,
                policy(BuildClock.day(now, zone)), ticketUrl, repeatWindowDays, feedDrafts, repositoryUrl,
                fieldAliases(), audience, severityAliases(), showFields(), searchBudgetKb);
    }

    /** Each key a severity ({@code SEV-2}), each value a comma-separated list of words. */
    private Map<String, String> severityAliases() throws MojoFailureException {
        if (severityAliases == null) {
            return Map.of();
        }
        for (String key : severityAliases.keySet()) {
            if (!Severities.isSeverity(key)) {
                throw new MojoFailureException("severityAliases: '" + key + "' is not a severity; write "
                        + "<SEV-2>amber, orange</SEV-2>, the severity as the element and its words inside");
            }
        }
        return severityAliases;
    }

    private Map<String, String> showFields() throws MojoFailureException {
        try {
            return ExtraFields.shown(showFields == null ? List.of() : showFields, PostmortemParser.aliasableKeys());
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("showFields: " + e.getMessage());
        }
    }

    /** {@code <fieldAliases><started>outage_start</started></fieldAliases>}, each key one the parser reads. */
    Map<String, String> fieldAliases() throws MojoFailureException {
        if (fieldAliases == null) {
            return Map.of();
        }
        for (String key : fieldAliases.keySet()) {
            if (!PostmortemParser.aliasableKeys().contains(key)) {
                throw new MojoFailureException("fieldAliases: '" + key + "' is not a front-matter key the plugin reads; "
                        + "known: " + String.join(", ", PostmortemParser.aliasableKeys()));
            }
        }
        return fieldAliases;
    }

    private Policy policy(java.time.LocalDate today) throws MojoFailureException {
        Map<Rule, Problem.Level> levels = new EnumMap<>(Rule.class);
        if (rules != null) {
            for (Map.Entry<String, String> e : rules.entrySet()) {
                Rule rule = Rule.byId(e.getKey()).orElseThrow(() -> new MojoFailureException("rules: '"
                        + e.getKey() + "' is not a rule id; known: " + String.join(", ",
                        java.util.Arrays.stream(Rule.values()).map(Rule::id).toList())));
                try {
                    Optional<Problem.Level> level = Policy.parseLevel(e.getValue());
                    levels.put(rule, level.orElse(null));
                } catch (IllegalArgumentException ex) {
                    throw new MojoFailureException("rules: " + e.getKey() + ": " + ex.getMessage());
                }
            }
        }
        Pattern tickets;
        try {
            tickets = Pattern.compile(ticketPattern);
        } catch (PatternSyntaxException e) {
            throw new MojoFailureException("ticketPattern '" + ticketPattern + "' is not a regular expression: "
                    + e.getDescription());
        }
        Set<Status> reviewed = EnumSet.noneOf(Status.class);
        for (String s : reviewedStatuses) {
            reviewed.add(Status.read(s).orElseThrow(() -> new MojoFailureException("reviewedStatuses: '" + s
                    + "' is not Draft, In Review, Reviewed or Closed")));
        }
        return new Policy(levels, tickets, reviewDeadlineDays, reviewed, rootCauseMinWords, today,
                blamelessAllowed == null ? List.of() : blamelessAllowed);
    }

    private ZoneId zone() throws MojoFailureException {
        try {
            return ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            throw new MojoFailureException("timeZone '" + timeZone + "' is not a zone ID such as UTC or Europe/Berlin");
        }
    }

    /** One line per rule (see {@link io.github.postmortems.Report#byRule}), as a warning or, with errors, an error. */
    void logByRule(List<Problem> problems) {
        for (io.github.postmortems.Report.RuleLine line : io.github.postmortems.Report.byRule(problems)) {
            if (line.error()) {
                getLog().error(line.text());
            } else {
                getLog().warn(line.text());
            }
        }
    }

    void log(List<Problem> problems) {
        for (Problem p : problems) {
            if (p.isError()) {
                getLog().error(p.toString());
            } else {
                getLog().warn(p.toString());
            }
        }
    }
}
