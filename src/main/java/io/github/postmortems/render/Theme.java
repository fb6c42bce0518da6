package io.github.postmortems.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;

import java.io.BufferedReader;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The default theme packaged in the plugin ({@code theme/templates}, {@code theme/assets}), with a user's
 * theme directory laid out the same way taking precedence file by file.
 */
public final class Theme {

    private static final String BUILTIN = "theme/";
    private static final ClassLoader LOADER = Theme.class.getClassLoader();

    private final Path overrides;

    public Theme(Path overrides) {
        this.overrides = overrides;
    }

    /**
     * Whether the theme brings templates of its own: what they show of the model is unknown, so no page of the last
     * build can be kept on the strength of {@link PageKeys}.
     */
    public boolean hasOwnTemplates() throws IOException {
        Path userTemplates = overrides == null ? null : overrides.resolve("templates");
        if (userTemplates == null || !Files.isDirectory(userTemplates)) {
            return false;
        }
        try (Stream<Path> walk = Files.walk(userTemplates)) {
            return walk.anyMatch(Files::isRegularFile);
        }
    }

    TemplateLoader templateLoader() throws IOException {
        ClassTemplateLoader builtin = new ClassTemplateLoader(LOADER, BUILTIN + "templates");
        Path userTemplates = overrides == null ? null : overrides.resolve("templates");
        if (userTemplates == null || !Files.isDirectory(userTemplates)) {
            return builtin;
        }
        return new MultiTemplateLoader(new TemplateLoader[] {new FileTemplateLoader(userTemplates.toFile()), builtin});
    }

    /** Asset paths relative to {@code assets/}, sorted: the built-in list plus the user's own files. */
    List<String> assets() throws IOException {
        TreeSet<String> names = new TreeSet<>();
        try (InputStream in = LOADER.getResourceAsStream(BUILTIN + "assets.txt")) {
            if (in == null) {
                throw new FileNotFoundException(BUILTIN + "assets.txt is missing from the plugin");
            }
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(names::add);
        }
        Path userAssets = userAssets();
        if (userAssets != null) {
            try (Stream<Path> walk = Files.walk(userAssets)) {
                walk.filter(Files::isRegularFile)
                        .map(p -> userAssets.relativize(p).toString().replace('\\', '/'))
                        .forEach(names::add);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        return List.copyOf(names);
    }

    InputStream openAsset(String name) throws IOException {
        Path userAssets = userAssets();
        if (userAssets != null) {
            Path file = userAssets.resolve(name).normalize();
            if (file.startsWith(userAssets) && Files.isRegularFile(file)) {
                return Files.newInputStream(file);
            }
        }
        InputStream in = LOADER.getResourceAsStream(BUILTIN + "assets/" + name);
        if (in == null) {
            throw new FileNotFoundException("theme asset " + name + " is listed but missing from the plugin");
        }
        return in;
    }

    private Path userAssets() {
        Path dir = overrides == null ? null : overrides.resolve("assets").toAbsolutePath().normalize();
        return dir != null && Files.isDirectory(dir) ? dir : null;
    }
}
