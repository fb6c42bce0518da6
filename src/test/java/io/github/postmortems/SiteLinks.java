package io.github.postmortems;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Finds links, images, scripts and stylesheets in a built site that point to a missing file or anchor. */
public final class SiteLinks {

    private final Path site;
    private final Map<Path, Set<String>> ids = new HashMap<>();

    private SiteLinks(Path site) {
        this.site = site;
    }

    /** Each broken reference as {@code page: url}. */
    public static List<String> broken(Path site) throws IOException {
        return new SiteLinks(site).check();
    }

    private List<String> check() throws IOException {
        List<String> broken = new ArrayList<>();
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(site)) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        for (Path page : pages) {
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            for (Element e : doc.select("a[href], link[href], img[src], script[src]")) {
                String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                if (url.matches("(?i)^[a-z][a-z0-9+.-]*:.*") || url.startsWith("//")) {
                    continue;
                }
                if (!resolves(page, url)) {
                    broken.add(site.relativize(page).toString().replace('\\', '/') + ": " + url);
                }
            }
        }
        return broken;
    }

    private boolean resolves(Path page, String url) {
        int hash = url.indexOf('#');
        String path = hash < 0 ? url : url.substring(0, hash);
        String fragment = hash < 0 ? "" : url.substring(hash + 1);
        path = path.replaceFirst("\\?.*$", "");
        Path target = path.isEmpty() ? page
                : page.getParent().resolve(URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8)).normalize();
        if (!target.startsWith(site) || !Files.isRegularFile(target)) {
            return false;
        }
        return fragment.isEmpty() || !target.toString().endsWith(".html") || idsOf(target).contains(fragment);
    }

    private Set<String> idsOf(Path page) {
        return ids.computeIfAbsent(page, p -> {
            try {
                return Jsoup.parse(p.toFile(), "UTF-8").select("[id]").stream().map(e -> e.id())
                        .collect(Collectors.toSet());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
