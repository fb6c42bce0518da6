package io.github.postmortems.parse;

import com.vladsch.flexmark.util.sequence.Escaping;

import java.util.Locale;
import java.util.Set;

/**
 * Whether following a URL could run script. Judged on the URL a browser ends up with, not on the source text:
 * entities and backslash escapes decoded (as the Markdown renderer does), then leading and trailing controls and
 * spaces dropped and tabs and newlines removed anywhere (as a browser's URL parser does). So
 * {@code &#106;avascript:}, {@code javascript&#58;}, {@code javascript\:}, {@code java&#9;script:} and a leading
 * control character all read as {@code javascript:}. Only schemes on an allow-list pass; relative URLs pass.
 */
public final class SafeUrl {

    private static final Set<String> SCHEMES = Set.of("http", "https", "mailto", "tel", "ftp");

    private SafeUrl() {
    }

    /** For a URL as the renderer writes it into an attribute (already decoded). */
    public static boolean isSafe(String url) {
        String scheme = scheme(url);
        return scheme.isEmpty() || SCHEMES.contains(scheme);
    }

    /** For a link destination as written in Markdown, before entities and escapes are decoded. */
    public static boolean isSafeMarkdown(String destination) {
        return isSafe(Escaping.unescapeString(destination));
    }

    /** The URL's scheme in lower case, or "" for a relative URL; read the way a browser reads it. */
    public static String scheme(String url) {
        String s = asBrowserReads(url);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ':') {
                return i == 0 ? "" : s.substring(0, i).toLowerCase(Locale.ROOT);
            }
            boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
            if (!(letter || i > 0 && (c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.'))) {
                return "";
            }
        }
        return "";
    }

    /** The WHATWG URL parser's first steps: trim C0 controls and spaces, drop every tab, LF and CR. */
    static String asBrowserReads(String url) {
        int start = 0;
        int end = url.length();
        while (start < end && url.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && url.charAt(end - 1) <= ' ') {
            end--;
        }
        StringBuilder out = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = url.charAt(i);
            if (c != '\t' && c != '\n' && c != '\r') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
