package io.github.postmortems.render;

import java.io.IOException;
import java.util.List;

/**
 * Lets a build keep the postmortem pages of the last one whose inputs did not change. Each postmortem's pages get
 * a key ({@link PageKeys}) over everything they show; when the last build wrote the same key, its files are carried
 * over instead of rendered.
 */
public interface PageReuse {

    /**
     * Carries the last build's files for the postmortem at {@code sourcePath} into the site when it wrote them under
     * the same key, and says whether it did.
     */
    boolean keep(String sourcePath, String key) throws IOException;

    /** Records what a rendered postmortem's pages were made from and which site files they are. */
    void rendered(String sourcePath, String key, List<String> files);

    /**
     * Carries the last build's files of a page set made from the catalogue into the site when it wrote them under the
     * same key ({@link PageKeys#catalog()}), and says whether it did.
     */
    boolean keepSet(String name, String key) throws IOException;

    /** Records which site files a page set made from the catalogue wrote, under which key. */
    void wroteSet(String name, String key, List<String> files);
}
