package io.github.postmortems.render;

import java.util.Locale;

/** Formatting the templates share; fixed to English so no machine locale leaks into a page. */
public final class Format {

    /** {@code 934 B}, {@code 12.3 KB}, {@code 4.0 MB}. */
    public String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        double kb = bytes / 1024.0;
        if (kb < 1024) {
            return String.format(Locale.ROOT, "%.1f KB", kb);
        }
        return String.format(Locale.ROOT, "%.1f MB", kb / 1024.0);
    }

    /** {@code 45 min}, {@code 1 h 50 min}, {@code 2 d 3 h}; "unknown" when it cannot be derived. */
    public String duration(java.time.Duration d) {
        if (d == null) {
            return "unknown";
        }
        long minutes = d.toMinutes();
        if (minutes < 60) {
            return minutes + " min";
        }
        if (minutes < 24 * 60) {
            return minutes / 60 + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
        }
        long hours = minutes / 60;
        return hours / 24 + " d" + (hours % 24 == 0 ? "" : " " + hours % 24 + " h");
    }

    public String plural(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
