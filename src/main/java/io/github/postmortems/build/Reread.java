package io.github.postmortems.build;

import io.github.postmortems.config.SiteSettings;
import io.github.postmortems.parse.Postmortem;
import io.github.postmortems.render.Pages;
import io.github.postmortems.render.PostmortemSource;
import io.github.postmortems.render.RenderException;
import io.github.postmortems.validate.CheckedPostmortem;
import io.github.postmortems.validate.ReviewCriteria;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * The postmortems of an incremental build's pages, read back from the parse cache: the build renders few of them,
 * so it spills none, and each of these was parsed by this build or an earlier one with the same bytes.
 */
final class Reread implements PostmortemSource {

    private final Reuse reuse;
    private final BuildCache cache;
    private final SiteSettings settings;

    Reread(Reuse reuse, BuildCache cache, SiteSettings settings) {
        this.reuse = reuse;
        this.cache = cache;
        this.settings = settings;
    }

    @Override
    public void each(Predicate<String> wanted, Pages.Work<CheckedPostmortem> page)
            throws IOException, RenderException {
        List<String> paths = reuse.readPaths().stream().filter(wanted).toList();
        ConcurrentSkipListMap<Integer, Throwable> failures = new ConcurrentSkipListMap<>();
        IntStream.range(0, paths.size()).parallel().forEach(i -> {
            try {
                Postmortem p = cache.parse(reuse.source(paths.get(i))).postmortem();
                page.apply(new CheckedPostmortem(p, ReviewCriteria.of(p, settings.policy())));
            } catch (IOException | RenderException | RuntimeException e) {
                failures.put(i, e);
            }
        });
        if (!failures.isEmpty()) {
            Pages.rethrow(failures.firstEntry().getValue());
        }
    }
}
