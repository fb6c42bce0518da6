package io.github.postmortems.validate;

import io.github.postmortems.Problem;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

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

/**
 * Checks a built site: every relative link, image, script and stylesheet points to a file in the site, and
 * every {@code #fragment} to an id on its page. {@code postmortem:check} runs it when a site has been built.
 */
public final class SiteLinks {

    private final Path site;
    private final String prefix;
    private final Map<Path, Set<String>> ids = new HashMap<>();

    private SiteLinks(Path site, String prefix) {
        this.site = site.toAbsolutePath().normalize();
        this.prefix = prefix;
    }

    /**
     * @param prefix how findings name the site's files, e.g. {@code target/site/}
     * @return each broken reference as a {@code site-link} error at its page and line
     */
    public static List<Problem> check(Path site, String prefix) throws IOException {
        return new SiteLinks(site, prefix).check();
    }

    private List<Problem> check() throws IOException {
        List<Problem> broken = new ArrayList<>();
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(site)) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        for (Path page : pages) {
            Document doc = Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8), "",
                    Parser.htmlParser().setTrackPosition(true));
            for (Element e : doc.select("a[href], link[href], img[src], script[src]")) {
                String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                if (url.matches("(?i)^[a-z][a-z0-9+.-]*:.*") || url.startsWith("//") || resolves(page, url)) {
                    continue;
                }
                broken.add(Rule.SITE_LINK.at(prefix + site.relativize(page).toString().replace('\\', '/'),
                        Math.max(1, e.sourceRange().start().lineNumber()), "<" + e.tagName() + "> points to '" + url
                                + "', which is not in the site"));
            }
        }
        return broken;
    }

    private boolean resolves(Path page, String url) {
        int hash = url.indexOf('#');
        String path = (hash < 0 ? url : url.substring(0, hash)).replaceFirst("\\?.*$", "");
        String fragment = hash < 0 ? "" : url.substring(hash + 1);
        Path target;
        try {
            target = path.isEmpty() ? page
                    : page.getParent().resolve(URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8))
                    .normalize();
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (!target.startsWith(site) || !Files.isRegularFile(target)) {
            return false;
        }
        return fragment.isEmpty() || !target.toString().endsWith(".html") || idsOf(target).contains(fragment);
    }

    private Set<String> idsOf(Path page) {
        return ids.computeIfAbsent(page, p -> {
            try {
                return Jsoup.parse(p.toFile(), "UTF-8").select("[id]").stream().map(Element::id)
                        .collect(Collectors.toSet());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
