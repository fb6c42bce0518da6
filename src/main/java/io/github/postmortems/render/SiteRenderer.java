package io.github.postmortems.render;

import io.github.postmortems.model.TicketLinks;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.core.TemplateClassResolver;
import io.github.postmortems.config.SiteSettings;
import io.github.postmortems.StageTimes;
import io.github.postmortems.aggregate.Catalog;
import io.github.postmortems.index.SearchIndex;
import io.github.postmortems.write.SiteWriter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * Renders the site's pages from the theme's FreeMarker templates. One strict configuration for the whole
 * build: errors are rethrown, HTML is escaped unless a template says otherwise, templates cannot reach Java.
 */
public final class SiteRenderer {

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

    /** Every kind of page the site has, in the order they are written. */
    static final List<PageSet> PAGE_SETS = List.of(new AssetPages(), new HomePage(), new SearchPage(), new YearPages(),
            new PostmortemPages(), new SystemPages(), new ActionPages(), new OwnerPages(), new TeamPages(),
            new ReadingListPage(), new DigestPages());

    /**
     * Writes every page of the site. With {@code reuse}, postmortem pages whose inputs are as the last build left
     * them are carried over from it; without, only the postmortems {@code sources} hands out get pages (a preview's
     * edit).
     */
    public void render(Catalog catalog, SearchIndex search, PostmortemSource sources, PageReuse reuse, SiteWriter out,
                       StageTimes times) throws IOException, RenderException {
        // one set of keys for the whole build: the postmortem pages' keys hash the same summaries again
        PageKeys keys = reuse == null ? null : new PageKeys(catalog);
        Pages pages = new Pages(catalog, search, sources, reuse, keys, settings, this, out, times);
        String catalogKey = keys == null ? null : keys.catalog();
        for (PageSet set : PAGE_SETS) {
            String name = set.getClass().getSimpleName();
            if (catalogKey == null || !set.madeFromCatalog()) {
                set.write(pages);
            } else if (!reuse.keepSet(name, catalogKey)) {
                int mark = out.writtenCount();
                set.write(pages);
                reuse.wroteSet(name, catalogKey, out.writtenSince(mark));
            }
        }
    }

    Theme theme() {
        return theme;
    }

    TicketLinks tickets() {
        return tickets;
    }

    ReviewView review() {
        return review;
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

    /** One template rendered for the site path {@code path}, which sets the relative links' depth. */
    public String text(String templateName, String path, Catalog catalog, Map<String, Object> data)
            throws IOException, RenderException {
        StringWriter html = new StringWriter();
        render(templateName, path, catalog, data, html);
        return html.toString();
    }

    /** Renders straight into {@code out}: a page that lists the whole archive is never held in memory. */
    public void render(String templateName, String path, Catalog catalog, Map<String, Object> data, Writer out)
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
        try {
            template(templateName, path).process(model, out);
        } catch (TemplateException e) {
            throw new RenderException("template " + templateName + " failed while rendering " + path + ": "
                    + e.getMessageWithoutStackTop(), e);
        }
    }
}
