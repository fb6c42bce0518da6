package io.github.postmortems.build;

import io.github.postmortems.config.SiteSettings;
import io.github.postmortems.index.SearchIndex;
import io.github.postmortems.parse.ParsedFile;
import io.github.postmortems.parse.PostmortemParser;
import io.github.postmortems.scan.Archive;
import io.github.postmortems.scan.SourceFile;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * What the last build of a site left beside it ({@code <site>-cache}, next to {@code <site>-index}), keyed by content
 * hashes so that its output stays byte-identical to a clean build's:
 * <ul>
 *   <li>the fingerprint of everything a build reads (the archive's files, the theme, the settings, the plugin's own
 *   code) with the result it had and a listing of the site it wrote: the same fingerprint over an untouched site
 *   means the build has nothing to do;</li>
 *   <li>each postmortem as the parser read it, keyed by its bytes, its path and attachments, the parser's settings
 *   and the plugin's code: a changed archive parses only the files that changed.</li>
 * </ul>
 * Any entry that cannot be read back is treated as missing: the cache only ever saves work.
 */
final class BuildCache {

    private static final String LAST_BUILD = "last-build.ser";
    private static final String PARSED = "parsed";
    private static final String STATE = "files-and-pages.ser";
    private static volatile byte[] code;

    private final Path directory;
    private final Path site;
    private final Path index;
    private final PostmortemParser parser;
    private final byte[] parserKey;
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    /** The last build, once read; null until then. */
    private Optional<LastBuild> lastBuild;
    /** The site's and index's listing as this build found them; null until taken. */
    private String before;

    /** The last build: its fingerprint, a listing of the site and index it wrote, and its result. */
    private record LastBuild(String fingerprint, String output, BuildResult result) implements Serializable {
    }

    private BuildCache(SiteSettings settings, PostmortemParser parser) throws IOException {
        this.site = settings.outputDirectory().toAbsolutePath().normalize();
        this.index = SearchIndex.directoryFor(site);
        this.directory = directoryFor(site);
        this.parser = parser;
        MessageDigest key = sha256();
        key.update(code());
        key.update((settings.allowRawHtml() ? "raw html\n" : "escaped html\n").getBytes(StandardCharsets.UTF_8));
        key.update(("aliases " + settings.fieldAliases() + "\n").getBytes(StandardCharsets.UTF_8));
        key.update(("severities " + settings.severityAliases() + "\n").getBytes(StandardCharsets.UTF_8));
        this.parserKey = key.digest();
        Files.createDirectories(directory.resolve(PARSED));
    }

    static BuildCache open(SiteSettings settings, PostmortemParser parser) throws IOException {
        return new BuildCache(settings, parser);
    }

    /** Where the cache of the site built into {@code siteDirectory} lives. */
    static Path directoryFor(Path siteDirectory) {
        Path absolute = siteDirectory.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + "-cache");
    }

    /** A file the build reads when it is there: its size and bytes under a label, or nothing. */
    private static void optional(MessageDigest digest, String label, Path file) throws IOException {
        if (Files.isRegularFile(file)) {
            line(digest, label + " " + Files.size(file));
            digest.update(Files.readAllBytes(file));
        }
    }

    /** A hash of everything the build of {@code settings} reads. */
    static String fingerprint(SiteSettings settings) throws IOException {
        return fingerprint(settings, true);
    }

    /**
     * A hash of everything a build reads but the archive's year folders and intros: two builds with the same one
     * read each postmortem the same way, so one can keep what the other made of the files that did not change.
     */
    static String reuseKey(SiteSettings settings) throws IOException {
        return fingerprint(settings, false);
    }

    private static String fingerprint(SiteSettings settings, boolean archive) throws IOException {
        MessageDigest digest = sha256();
        digest.update(code());
        line(digest, "settings " + settings);
        if (archive) {
            Archive.fingerprint(settings.archiveDirectory(), digest);
        }
        // what the build reads beside the year folders: the teams, and git for each page's last change
        optional(digest, "teams", settings.archiveDirectory().resolve(io.github.postmortems.parse.TeamsFile.NAME));
        optional(digest, "roles", settings.archiveDirectory().resolve(io.github.postmortems.parse.PublicCopy.ROLES));
        line(digest, "git " + io.github.postmortems.history.GitHistory.state(settings.archiveDirectory()));
        Path theme = settings.themeDirectory();
        if (theme != null && Files.isDirectory(theme)) {
            for (Path p : walk(theme)) {
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    line(digest, "theme " + theme.relativize(p).toString().replace('\\', '/') + " " + Files.size(p));
                    digest.update(Files.readAllBytes(p));
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** A hash of the newsletter's intros (names and bytes), which the digest pages show. */
    static String intros(SiteSettings settings) throws IOException {
        MessageDigest digest = sha256();
        Path folder = settings.archiveDirectory().resolve(io.github.postmortems.newsletter.Digests.INTROS);
        if (Files.isDirectory(folder)) {
            for (Path p : walk(folder)) {
                line(digest, folder.relativize(p).toString().replace('\\', '/'));
                if (Files.isRegularFile(p)) {
                    digest.update(Files.readAllBytes(p));
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The last build's result, when it read this very input and its site and index are as it left them. */
    Optional<BuildResult> unchanged(String fingerprint) throws IOException {
        Optional<LastBuild> last = lastBuild();
        if (last.isEmpty() || !last.get().fingerprint().equals(fingerprint) || !siteAsLeft(last.get())) {
            return Optional.empty();
        }
        return Optional.of(last.get().result());
    }

    /** The last build's record, read once however many questions this build asks of it. */
    private Optional<LastBuild> lastBuild() {
        if (lastBuild == null) {
            Path file = directory.resolve(LAST_BUILD);
            lastBuild = Files.isRegularFile(file) ? read(file, LastBuild.class) : Optional.empty();
        }
        return lastBuild;
    }

    /** Whether the site and index are as {@code last} left them; the listing is taken once. */
    private boolean siteAsLeft(LastBuild last) throws IOException {
        if (before == null) {
            before = listing();
        }
        return last.output().equals(before);
    }

    /**
     * A hash of what the parser reads of {@code file}: its bytes, its path, its attachments (their bytes too, which
     * its pages copy) and the parser's settings and code.
     */
    String contentKey(SourceFile file) throws IOException {
        MessageDigest digest = sha256();
        digest.update(parserKey);
        line(digest, file.path().toAbsolutePath().normalize() + "\n" + file.relativePath() + "\n"
                + file.attachments() + "\n" + file.refused());
        digest.update(Files.readAllBytes(file.path()));
        for (io.github.postmortems.scan.Attachment a : file.attachments()) {
            Path attachment = Path.of(a.file());
            if (Files.isRegularFile(attachment)) {
                line(digest, "attachment " + a.name());
                digest.update(Files.readAllBytes(attachment));
            }
        }
        String key = HexFormat.of().formatHex(digest.digest());
        used.add(key); // a file of this build's archive: its parse stays cached, read or not
        return key;
    }

    /** The parser's reading of {@code file}, from the cache when the same bytes were read before. */
    ParsedFile parse(SourceFile file) throws IOException {
        String key = contentKey(file);
        Path entry = directory.resolve(PARSED).resolve(key);
        if (Files.isRegularFile(entry)) {
            Optional<ParsedFile> cached = read(entry, ParsedFile.class);
            if (cached.isPresent()) {
                return cached.get();
            }
        }
        ParsedFile parsed = parser.parse(file);
        write(entry, parsed);
        return parsed;
    }

    /**
     * What the last build made of each file and page, when it was built with the same reuse key and its site and
     * index are as it left them; empty otherwise.
     */
    Optional<Reuse.State> previous(String reuseKey) throws IOException {
        Path state = directory.resolve(STATE);
        if (lastBuild().isEmpty() || !Files.isRegularFile(state) || !siteAsLeft(lastBuild().get())) {
            return Optional.empty();
        }
        return readState(state).filter(s -> s.reuseKey().equals(reuseKey));
    }

    /** Records a build that succeeded and forgets the parsed files it did not read. */
    void store(String fingerprint, BuildResult result, Reuse.State state) throws IOException {
        Files.deleteIfExists(directory.resolve(STATE)); // never beside a last build it does not belong to
        write(directory.resolve(LAST_BUILD), new LastBuild(fingerprint, listing(), result));
        if (state != null) {
            writeState(directory.resolve(STATE), state);
        }
        try (Stream<Path> entries = Files.list(directory.resolve(PARSED))) {
            for (Path p : entries.toList()) {
                if (!used.contains(p.getFileName().toString())) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** Names, sizes and times of the site's and the index's files: any change to them after the build shows. */
    private String listing() throws IOException {
        MessageDigest digest = sha256();
        for (Path root : List.of(site, index)) {
            line(digest, "root " + root.getFileName() + " " + Files.isDirectory(root));
            if (Files.isDirectory(root)) {
                for (Path p : walk(root)) {
                    line(digest, root.relativize(p) + " " + Files.size(p) + " " + Files.getLastModifiedTime(p).toMillis());
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static List<Path> walk(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.sorted().toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * The state entry by entry, straight to the file, forgetting what was written after each: one object graph of
     * every summary would hold the whole stream and a table of every object in memory at once, more than a small
     * heap has for a large archive.
     */
    private static void writeState(Path file, Reuse.State state) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + "." + Thread.currentThread().getId() + ".tmp");
        try (ObjectOutputStream out = new ObjectOutputStream(new java.io.BufferedOutputStream(
                Files.newOutputStream(temporary), 1 << 16))) {
            out.writeUTF(state.reuseKey());
            for (Map<String, ?> part : List.of(state.files(), state.pages(), state.sets())) {
                out.writeInt(part.size());
                for (Map.Entry<String, ?> e : part.entrySet()) {
                    out.writeUTF(e.getKey());
                    out.writeObject(e.getValue());
                    out.reset();
                }
            }
        }
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static Optional<Reuse.State> readState(Path file) {
        try (ObjectInputStream in = new ObjectInputStream(new java.io.BufferedInputStream(
                Files.newInputStream(file), 1 << 16))) {
            String key = in.readUTF();
            List<Map<String, Object>> parts = new java.util.ArrayList<>();
            for (int part = 0; part < 3; part++) {
                Class<?> type = part == 0 ? Reuse.FileEntry.class : Reuse.PageEntry.class;
                Map<String, Object> entries = new java.util.TreeMap<>();
                for (int n = in.readInt(); n > 0; n--) {
                    entries.put(in.readUTF(), type.cast(in.readObject()));
                }
                parts.add(entries);
            }
            @SuppressWarnings("unchecked")
            Reuse.State state = new Reuse.State(key, (Map<String, Reuse.FileEntry>) (Map<String, ?>) parts.get(0),
                    (Map<String, Reuse.PageEntry>) (Map<String, ?>) parts.get(1),
                    (Map<String, Reuse.PageEntry>) (Map<String, ?>) parts.get(2));
            return Optional.of(state);
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            return Optional.empty(); // written by another version, or cut short: build it anew
        }
    }

    private static <T> Optional<T> read(Path file, Class<T> type) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(Files.readAllBytes(file)))) {
            return Optional.of(type.cast(in.readObject()));
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            // written by another version, or cut short: build it anew
            return Optional.empty();
        }
    }

    /** Written beside and moved into place, so a killed build never leaves half an entry. */
    private static void write(Path file, Serializable value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        Path temporary = file.resolveSibling(file.getFileName() + "." + Thread.currentThread().getId() + ".tmp");
        Files.write(temporary, bytes.toByteArray());
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The plugin's own classes and built-in theme: a new plugin build must not reuse what an old one made. */
    private static byte[] code() throws IOException {
        byte[] known = code;
        if (known != null) {
            return known;
        }
        Path location;
        try {
            location = Path.of(BuildCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            throw new IOException("cannot tell where the plugin's classes are, to key the build cache", e);
        }
        MessageDigest digest = sha256();
        for (Path p : Files.isDirectory(location) ? walk(location) : List.of(location)) {
            if (Files.isRegularFile(p)) {
                line(digest, location.relativize(p).toString());
                digest.update(Files.readAllBytes(p));
            }
        }
        code = digest.digest();
        return code;
    }

    private static void line(MessageDigest digest, String text) {
        io.github.postmortems.Sha256.line(digest, text);
    }

    private static MessageDigest sha256() {
        return io.github.postmortems.Sha256.digest();
    }
}
