package io.github.postmortems.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code search.html} and the browser's search data under {@code search/}; then what its searches will load, from
 * the page as rendered and the theme's styles and scripts it names.
 */
final class SearchPage implements PageSet {

    private static final Pattern LOADED = Pattern.compile(
            "<link rel=\"stylesheet\" href=\"assets/([^\"]+)\"|<script src=\"assets/([^\"]+)\"");

    @Override
    public void write(Pages pages) throws IOException, RenderException {
        if (!pages.out().accepts("search.html")) {
            return; // a preview that keeps the search data it has
        }
        long start = System.nanoTime();
        String entry = pages.search().writeBrowserIndex(pages.out());
        String html = pages.renderer().text("search.ftlh", "search.html", pages.catalog(), Map.of("searchIndex", entry));
        pages.out().write("search.html", html);
        Map<String, byte[]> loaded = new TreeMap<>();
        loaded.put("search.html", html.getBytes(StandardCharsets.UTF_8));
        java.util.List<String> assets = pages.renderer().theme().assets();
        Matcher m = LOADED.matcher(html);
        while (m.find()) {
            String asset = m.group(1) != null ? m.group(1) : m.group(2);
            if (!assets.contains(asset)) {
                continue; // not the theme's: the page's own business, and no file we can weigh
            }
            try (InputStream in = pages.renderer().theme().openAsset(asset)) {
                loaded.put("assets/" + asset, in.readAllBytes());
            }
        }
        pages.search().measureQueries(loaded);
        pages.times().add("search data", System.nanoTime() - start);
    }
}
