package io.github.postmortems.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.core.TemplateClassResolver;
import io.github.postmortems.SiteSettings;
import io.github.postmortems.aggregate.Catalog;
import io.github.postmortems.aggregate.SystemHistory;
import io.github.postmortems.aggregate.YearSummary;
import io.github.postmortems.newsletter.NewsletterPages;
import io.github.postmortems.index.SearchIndex;
import io.github.postmortems.parse.Postmortem;
import io.github.postmortems.scan.Attachment;
import io.github.postmortems.scan.InertSvg;
import io.github.postmortems.write.SiteWriter;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * Renders the site's pages from the theme's FreeMarker templates. One strict configuration for the whole
 * build: errors are rethrown, HTML is escaped unless a template says otherwise, templates cannot reach Java.
 */
public final class SiteRenderer {

    private static final int LATEST = 10;

    private final Configuration freemarker;
    private final Theme theme;
    private final SiteSettings settings;
    private final Format format = new Format();
    private final ReviewView review;
    private final TicketLinks tickets;

    public SiteRenderer(Theme theme, SiteSettings settings) throws IOException {
        this.theme = theme;
        this.settings = settings;
        this.review = new ReviewView(settings.policy());
        this.tickets = new TicketLinks(settings);
        Configuration c = new Configuration(Configuration.VERSION_2_3_34);
        c.setTemplateLoader(theme.templateLoader());
        c.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
        c.setRecognizeStandardFileExtensions(true); // .ftlh: HTML output format, auto-escaping
        c.setOutputFormat(HTMLOutputFormat.INSTANCE);
        c.setDefaultEncoding("UTF-8");
        c.setURLEscapingCharset("UTF-8");
        c.setOutputEncoding("UTF-8");
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setLogTemplateExceptions(false);
        c.setWrapUncheckedExceptions(true);
        c.setFallbackOnNullLoopVariable(false);
        c.setAPIBuiltinEnabled(false);
        c.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        c.setLocale(Locale.ROOT);
        c.setTimeZone(TimeZone.getTimeZone(settings.timeZone()));
        c.setNumberFormat("computer");
        c.setBooleanFormat("c");
        this.freemarker = c;
    }

    public void render(Catalog catalog, SearchIndex search, SiteWriter out) throws IOException, RenderException {
        for (String asset : theme.assets()) {
            try (InputStream in = theme.openAsset(asset)) {
                out.copy("assets/" + asset, in);
            }
        }
        page(out, "index.ftlh", "index.html", catalog, Map.of(
                "latest", catalog.newestFirst().subList(0, Math.min(LATEST, catalog.newestFirst().size()))));
        page(out, "search.ftlh", "search.html", catalog, Map.of("searchIndex", search.writeBrowserIndex(out)));
        for (YearSummary year : catalog.years()) {
            page(out, "year.ftlh", year.pagePath(), catalog, Map.of("year", year));
        }
        postmortemPages(catalog, search, out);
        page(out, "systems.ftlh", "systems/index.html", catalog, Map.of());
        page(out, "actions.ftlh", "actions.html", catalog, Map.of());
        out.write("actions.csv", ActionsCsv.of(catalog, tickets, review));
        for (SystemHistory system : catalog.systems()) {
            page(out, "system.ftlh", system.pagePath(), catalog, Map.of("system", system));
        }
        NewsletterPages.render(this, catalog, settings, out);
    }

    /** The bulk of the site: pages are independent, so they render on every core. */
    private void postmortemPages(Catalog catalog, SearchIndex search, SiteWriter out)
            throws IOException, RenderException {
        try {
            catalog.newestFirst().parallelStream().forEach(p -> {
                try {
                    // the searcher is thread-safe and related() builds its own MoreLikeThis per call
                    page(out, "postmortem.ftlh", p.pagePath(), catalog, Map.of("postmortem", p, "related", search.related(p)));
                    for (Attachment a : p.attachments()) {
                        String target = p.year() + "/" + p.baseName() + "/" + a.name();
                        if (a.name().toLowerCase(Locale.ROOT).endsWith(".svg")) {
                            out.write(target, InertSvg.clean(Files.readAllBytes(a.path())).svg());
                        } else {
                            out.copy(target, a.path());
                        }
                    }
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                } catch (RenderException e) {
                    throw new IllegalStateException(e);
                }
            });
        } catch (RuntimeException e) {
            // a parallel stream may rethrow a copy of the worker's exception around the original: find ours
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof RenderException r) {
                    throw r;
                }
                if (t instanceof IOException io) {
                    throw io;
                }
            }
            throw e;
        }
    }

    /**
     * A template, or a RenderException naming it. FreeMarker caches a failed load and answers later requests
     * with a plain IOException around the first ParseException, so both name the syntax error the same way.
     */
    private Template template(String templateName, String path) throws IOException, RenderException {
        try {
            return freemarker.getTemplate(templateName);
        } catch (IOException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof freemarker.core.ParseException p) {
                    throw new RenderException("template " + templateName + " failed while rendering " + path + ": "
                            + p.getEditorMessage() + " (line " + p.getLineNumber() + ", column "
                            + p.getColumnNumber() + ")", p);
                }
            }
            throw e;
        }
    }

    private void page(SiteWriter out, String templateName, String path, Catalog catalog, Map<String, Object> data)
            throws IOException, RenderException {
        out.write(path, text(templateName, path, catalog, data));
    }

    /** One template rendered for the site path {@code path}, which sets the relative links' depth. */
    public String text(String templateName, String path, Catalog catalog, Map<String, Object> data)
            throws IOException, RenderException {
        Map<String, Object> model = new HashMap<>(data);
        model.put("site", Map.of("title", settings.title(), "baseUrl", settings.baseUrl() == null ? "" : settings.baseUrl()));
        model.put("catalog", catalog);
        model.put("path", path);
        model.put("root", "../".repeat((int) path.chars().filter(c -> c == '/').count()));
        model.put("fmt", format);
        model.put("review", review);
        model.put("charts", new Charts(catalog));
        model.put("tickets", tickets);
        StringWriter html = new StringWriter();
        try {
            template(templateName, path).process(model, html);
        } catch (TemplateException e) {
            throw new RenderException("template " + templateName + " failed while rendering " + path + ": "
                    + e.getMessageWithoutStackTop(), e);
        }
        return html.toString();
    }
}
