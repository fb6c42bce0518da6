package io.github.postmortems.newsletter;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/**
 * An Atom feed (RFC 4287). Ids stay the same from build to build: the page's absolute URL when the base URL is
 * known, else a name-based UUID of the page's site path. Times come from the content, never from the clock.
 *
 * @param self the feed's own address, absolute when the base URL is known
 * @param alternate the page the feed stands for
 */
public record Feed(String id, String title, String self, String alternate, String updated, String author,
                   List<FeedEntry> entries) {

    private static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    public Feed {
        entries = List.copyOf(entries);
    }

    static String id(String baseUrl, String sitePath) {
        return baseUrl != null ? baseUrl + sitePath
                : "urn:uuid:" + UUID.nameUUIDFromBytes(("postmortem-site:" + sitePath).getBytes(StandardCharsets.UTF_8));
    }

    /** A link from a feed at {@code feedPath} to {@code sitePath}. */
    static String link(String baseUrl, String feedPath, String sitePath) {
        if (baseUrl != null) {
            return baseUrl + sitePath;
        }
        String dir = feedPath.substring(0, feedPath.lastIndexOf('/') + 1);
        return sitePath.startsWith(dir) ? sitePath.substring(dir.length())
                : "../".repeat((int) dir.chars().filter(c -> c == '/').count()) + sitePath;
    }

    static String time(LocalDate day, ZoneId zone) {
        return RFC_3339.format(day.atStartOfDay(zone));
    }

    /** Characters XML 1.0 cannot carry (control characters, lone surrogates) removed. */
    static String xml(String text) {
        return text == null ? "" : text.replaceAll("[^\\x09\\x0A\\x0D\\x20-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]", "");
    }
}
