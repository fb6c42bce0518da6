package io.github.postmortems.newsletter;

import java.util.List;

/**
 * One Atom entry, every value already fit for XML 1.0.
 *
 * @param link the alternate link: absolute when the base URL is known, else relative to the feed
 * @param updated RFC 3339 with an offset
 */
public record FeedEntry(String id, String title, String link, String updated, String summary, List<String> authors,
                        String category) {

    public FeedEntry {
        authors = List.copyOf(authors);
    }
}
