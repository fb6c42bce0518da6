package io.github.postmortems.serve;

import java.util.List;

/**
 * What the preview adds to a built page as it serves it, never to the built files: the reload script (a file of the
 * server's, so the page's Content-Security-Policy keeps {@code script-src 'self'}, with {@code connect-src 'self'}
 * added for its event stream), the findings of {@code postmortem:check} and the messages of an edit not shown.
 */
final class PreviewPage {

    static final String RELOAD_SCRIPT = """
            // Added by postmortem:serve, never part of the built site: reloads the page when the site changes.
            (function () {
              var seen = null;
              var events = new EventSource('/__serve/events');
              events.addEventListener('reload', function (e) {
                if (seen !== null && e.data !== seen) {
                  location.reload();
                }
                seen = e.data;
              });
            })();
            """;

    static final String STYLE = """
            .serve-note { margin: 0 0 1.5rem; padding: .75rem 1rem; border: 2px solid #b45309; border-radius: 4px;
              background: #fffbeb; color: #1f2937; font-size: .9rem; }
            .serve-note.broken { border-color: #b91c1c; background: #fef2f2; }
            .serve-note p { margin: 0 0 .5rem; font-weight: 600; }
            .serve-note ul { margin: 0; padding-left: 1.25rem; }
            .serve-note li { font-family: ui-monospace, monospace; white-space: pre-wrap; overflow-wrap: anywhere; }
            """;

    private static final String CSP = "default-src 'none';";

    private PreviewPage() {
    }

    /** The served copy of a built page: the preview's script and style, then its notes at the top of the content. */
    static String inject(String html, List<String> broken, List<String> findings) {
        String page = html.replaceFirst(CSP, CSP + " connect-src 'self';");
        int head = page.indexOf("</head>");
        if (head >= 0) {
            page = page.substring(0, head) + "<link rel=\"stylesheet\" href=\"/__serve/serve.css\">\n"
                    + "<script src=\"/__serve/reload.js\"></script>\n" + page.substring(head);
        }
        String notes = note("broken", "This edit is not shown; the site is the last one that built:", broken)
                + note("findings", "postmortem:check", findings);
        if (notes.isEmpty()) {
            return page;
        }
        int main = page.indexOf("<main");
        int body = page.indexOf("<body");
        int at = main >= 0 ? main : body;
        int end = at < 0 ? -1 : page.indexOf('>', at);
        return end < 0 ? notes + page : page.substring(0, end + 1) + "\n" + notes + page.substring(end + 1);
    }

    /** A page for a path the site does not have, with the reload script, so it turns into the page once built. */
    static String notFound(String path, List<String> broken) {
        return inject("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'self'; "
                + "style-src 'self'\">\n<title>Not found</title>\n</head>\n<body>\n<main>\n<h1>Not found</h1>\n<p>"
                + escape(path) + " is not in the site.</p>\n</main>\n</body>\n</html>\n", broken, List.of());
    }

    private static String note(String kind, String title, List<String> lines) {
        if (lines.isEmpty()) {
            return "";
        }
        StringBuilder note = new StringBuilder("<aside class=\"serve-note " + kind + "\" role=\""
                + (kind.equals("broken") ? "alert" : "note") + "\">\n<p>" + escape(title) + "</p>\n<ul>\n");
        for (String line : lines) {
            note.append("<li>").append(escape(line)).append("</li>\n");
        }
        return note.append("</ul>\n</aside>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
