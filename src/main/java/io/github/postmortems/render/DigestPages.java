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

    /** The ways a digest can be printed: what {@code postmortem:digest -Dformat=} accepts. */
    public enum DigestOutput {
        MARKDOWN("digest-markdown.ftl"), TEXT("digest-text.ftl"), EMAIL("digest-email.ftlh"), HTML("newsletter.ftlh");

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
            String plain = text(pages.renderer(), catalog, settings, d, DigestOutput.TEXT);
            pages.out().write(d.textPath(), plain);
            pages.out().write(d.markdownPath(), text(pages.renderer(), catalog, settings, d, DigestOutput.MARKDOWN));
            pages.out().write(d.emailPath(), text(pages.renderer(), catalog, settings, d, DigestOutput.EMAIL));
            pages.out().write(d.pagePath(), html(pages.renderer(), catalog, settings, d, plain));
        });
        pages.page("newsletter-index.ftlh", "newsletter/index.html", Map.of("digests", digests));
        if (!catalog.newestFirst().isEmpty()) {
            pages.page("feed.ftlx", "feed.xml", Map.of("feed", Digests.postmortemFeed(catalog, settings)));
            pages.page("feed.ftlx", "newsletter/feed.xml", Map.of("feed", Digests.digestFeed(digests, settings)));
        }
    }

    /** The digest's page, which carries its plain text for the copy button. */
    private static String html(SiteRenderer renderer, Catalog catalog, SiteSettings settings, MonthlyDigest digest,
                               String plain) throws IOException, RenderException {
        Map<String, Object> data = new HashMap<>();
        data.put("digest", digest);
        data.put("nl", new DigestFormat(settings.baseUrl()));
        data.put("digestText", plain);
        return renderer.text(DigestOutput.HTML.template, digest.pagePath(), catalog, data);
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
            case EMAIL -> digest.emailPath();
            case HTML -> digest.pagePath();
        };
        if (output == DigestOutput.HTML) {
            return html(renderer, catalog, settings, digest, text(renderer, catalog, settings, digest, DigestOutput.TEXT));
        }
        String text = renderer.text(output.template, path, catalog, data);
        // sections that are left out must not leave their blank lines behind
        return switch (output) {
            case TEXT -> text.replaceAll("\n{4,}", "\n\n\n");
            case MARKDOWN -> text.replaceAll("\n{3,}", "\n\n");
            default -> text;
        };
    }
}
