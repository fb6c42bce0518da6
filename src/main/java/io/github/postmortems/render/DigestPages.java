package io.github.postmortems.render;

import io.github.postmortems.aggregate.Catalog;
import io.github.postmortems.config.SiteSettings;
import io.github.postmortems.newsletter.Digests;
import io.github.postmortems.newsletter.MonthlyDigest;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The newsletter's files: per month a digest page, its e-mail variant, plain text and Markdown; an index; and
 * the Atom feeds of postmortems and of digests.
 */
public final class DigestPages implements PageSet {

    @Override
    public boolean madeFromCatalog() {
        return true;
    }

    /** The ways a digest can be printed: what {@code postmortem:digest -Dformat=} accepts. */
    /** The e-mail's size cap: under the 102 KB past which Gmail clips a message, with room for headers. */
    static final int EMAIL_BYTES = 90_000;

    public enum DigestOutput {
        MARKDOWN("digest-markdown.ftl"), TEXT("digest-text.ftl"), SLACK("digest-slack.ftl"), EMAIL("digest-email.ftlh"),
        HTML("newsletter.ftlh");

        final String template;

        DigestOutput(String template) {
            this.template = template;
        }
    }

    @Override
    public void write(Pages pages) throws IOException, RenderException {
        Catalog catalog = pages.catalog();
        SiteSettings settings = pages.settings();
        List<MonthlyDigest> digests = Digests.digests(catalog, settings);
        pages.each(digests, d -> {
            if (!pages.out().accepts(d.pagePath())) {
                return; // its four files go together
            }
            String plain = text(pages.renderer(), catalog, settings, d, DigestOutput.TEXT);
            pages.out().write(d.textPath(), plain);
            pages.out().write(d.markdownPath(), text(pages.renderer(), catalog, settings, d, DigestOutput.MARKDOWN));
            pages.out().write(d.slackPath(), text(pages.renderer(), catalog, settings, d, DigestOutput.SLACK));
            Email email = email(pages.renderer(), catalog, settings, d);
            pages.out().write(d.emailPath(), email.html());
            pages.out().write(d.pagePath(), html(pages.renderer(), catalog, settings, d, plain, email.limit()));
        });
        pages.page("newsletter-index.ftlh", "newsletter/index.html", Map.of("digests", digests));
        if (!catalog.newestFirst().isEmpty()) {
            pages.page("feed.ftlx", "feed.xml", Map.of("feed", Digests.postmortemFeed(catalog, settings)));
            pages.page("feed.ftlx", "newsletter/feed.xml", Map.of("feed", Digests.digestFeed(digests, settings)));
        }
    }

    /** The digest's page, which carries its plain text and its e-mail for the copy buttons. */
    private static String html(SiteRenderer renderer, Catalog catalog, SiteSettings settings, MonthlyDigest digest,
                               String plain, int emailLimit) throws IOException, RenderException {
        Map<String, Object> data = new HashMap<>();
        data.put("digest", digest);
        data.put("nl", new DigestFormat(settings.baseUrl()));
        data.put("digestText", plain);
        data.put("emailLimit", emailLimit);
        return renderer.text(DigestOutput.HTML.template, digest.pagePath(), catalog, data);
    }

    /** The e-mail digest, and how many entries per list it shows. */
    private record Email(String html, int limit) {
    }

    /**
     * The e-mail shows every entry unless that makes it bigger than mail clients show in full (Gmail clips past
     * 102 KB); then the entries per list are halved until it fits, with a link to the full digest in their place.
     */
    private static Email email(SiteRenderer renderer, Catalog catalog, SiteSettings settings, MonthlyDigest digest)
            throws IOException, RenderException {
        int limit = Integer.MAX_VALUE;
        Map<String, Object> data = new HashMap<>();
        data.put("digest", digest);
        data.put("nl", new DigestFormat(settings.baseUrl()));
        while (true) {
            data.put("emailLimit", limit);
            String email = renderer.text(DigestOutput.EMAIL.template, digest.emailPath(), catalog, data);
            int longest = Math.max(Math.max(digest.reviewed().size(), digest.inReview().size()),
                    Math.max(digest.lessons().size(), Math.max(digest.opened().size(), digest.stillOpen().size())));
            if (email.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= EMAIL_BYTES || limit <= 1) {
                return new Email(email, limit);
            }
            limit = Math.min(limit, longest) / 2;
        }
    }

    /** One digest in one of its forms, as the site has it. */
    public static String text(SiteRenderer renderer, Catalog catalog, SiteSettings settings, MonthlyDigest digest,
                              DigestOutput output) throws IOException, RenderException {
        Map<String, Object> data = new HashMap<>();
        data.put("digest", digest);
        data.put("nl", new DigestFormat(settings.baseUrl()));
        String path = switch (output) {
            case MARKDOWN -> digest.markdownPath();
            case TEXT -> digest.textPath();
            case SLACK -> digest.slackPath();
            case EMAIL -> digest.emailPath();
            case HTML -> digest.pagePath();
        };
        if (output == DigestOutput.HTML) {
            return html(renderer, catalog, settings, digest, text(renderer, catalog, settings, digest, DigestOutput.TEXT),
                    email(renderer, catalog, settings, digest).limit());
        }
        if (output == DigestOutput.EMAIL) {
            return email(renderer, catalog, settings, digest).html();
        }
        String text = renderer.text(output.template, path, catalog, data);
        // sections that are left out must not leave their blank lines behind
        return switch (output) {
            case TEXT -> text.replaceAll("\n{4,}", "\n\n\n");
            case MARKDOWN, SLACK -> text.replaceAll("\n{3,}", "\n\n");
            default -> text;
        };
    }
}
