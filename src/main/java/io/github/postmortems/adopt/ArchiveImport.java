package io.github.postmortems.adopt;

import io.github.postmortems.adopt.ImportPlan.AttachmentMove;
import io.github.postmortems.adopt.ImportPlan.Collision;
import io.github.postmortems.adopt.ImportPlan.Edit;
import io.github.postmortems.adopt.ImportPlan.Move;
import io.github.postmortems.adopt.ImportPlan.Unplaced;
import io.github.postmortems.parse.ForeignReader;
import io.github.postmortems.scan.Archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Files a folder of postmortems written in another layout into the archive as {@code YYYY/MM.system.event.md}, with
 * their attachments in the sibling folder: {@link #plan} says what would move and what cannot, {@link #apply} does
 * it. The files' text is left as written (the parser reads other templates) except for links between moved files.
 */
public final class ArchiveImport {

    /**
     * @param from the folder holding the postmortems, searched with its subfolders
     * @param archive the archive they are filed into
     * @param system the system for files whose front matter and folders name none; null for none
     * @param fieldAliases the archive's own names for front-matter keys, as the build reads them
     */
    public record Request(Path from, Path archive, String system, Map<String, String> fieldAliases) {
    }

    /** Markdown files a folder holds about itself, never postmortems. */
    private static final Set<String> DOCUMENTS = Set.of("readme.md", "template.md", "contributing.md",
            "changelog.md", "license.md", "code_of_conduct.md", "_index.md", "index.md", "summary.md", "security.md");
    /** Folders that hold build output or tools, not postmortems. */
    private static final Set<String> SKIPPED_FOLDERS = Set.of("target", "node_modules", "_site", "public",
            "vendor");
    /**
     * A page bundle: a folder whose {@code index.md} is the post and whose other files belong to it. A folder with
     * other Markdown files beside its {@code index.md} is a folder of postmortems, and the index its table of contents.
     */
    private static final String BUNDLE_PAGE = "index.md";
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern NAME_DATE = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private ArchiveImport() {
    }

    /** A Markdown file found in the folder: a postmortem, with the files that came with it. */
    private record Found(Path file, String name, List<Path> attachments, Path attachmentRoot) {
    }

    /** A postmortem read and named, before collisions are known. */
    private record Placed(Found found, LocalDate day, String dayFrom, String system, String systemFrom, String event) {
        String base() {
            return String.format(Locale.ROOT, "%02d.%s.%s", day.getMonthValue(), system, event);
        }
    }

    public static ImportPlan plan(Request request) throws IOException {
        if (!Files.isDirectory(request.from())) {
            throw new IOException("the folder to import, " + request.from() + ", does not exist or is not a directory");
        }
        if (!Files.isDirectory(request.archive())) {
            throw new IOException("the archive " + request.archive() + " does not exist or is not a directory");
        }
        // real paths, so that the archive's git work tree and the files compare as the same paths
        Path from = request.from().toRealPath();
        Path archive = request.archive().toRealPath();
        if (inYearFolder(from, archive)) {
            throw new IOException("the folder to import, " + from + ", is in one of the archive's year folders, "
                    + "whose postmortems are filed already");
        }
        List<Found> found = new ArrayList<>();
        List<Path> documents = new ArrayList<>();
        walk(from, from, archive, found, documents);
        Set<Path> postmortemFiles = new HashSet<>();
        found.forEach(f -> postmortemFiles.add(f.file()));

        ForeignReader reader = new ForeignReader(request.fieldAliases());
        Map<Path, String> texts = new HashMap<>();
        List<Placed> placed = new ArrayList<>();
        List<Unplaced> unplaced = new ArrayList<>();
        for (Found f : found) {
            byte[] bytes = Files.readAllBytes(f.file());
            ForeignReader.ForeignPostmortem read;
            try {
                read = reader.read(f.file().getFileName().toString(), bytes);
            } catch (ForeignReader.Unreadable e) {
                unplaced.add(new Unplaced(f.file(), "line " + e.line() + ": " + e.getMessage()));
                continue;
            }
            texts.put(f.file(), new String(bytes, StandardCharsets.UTF_8));
            Placement placement = place(f, read, from, request.system());
            if (placement.placed() != null) {
                placed.add(placement.placed());
            } else {
                unplaced.add(new Unplaced(f.file(), placement.why()));
            }
        }
        for (Path d : documents) {
            byte[] bytes = Files.readAllBytes(d);
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (java.util.Arrays.equals(text.getBytes(StandardCharsets.UTF_8), bytes)) {
                texts.put(d, text);
            }
        }

        // the same name twice in a month: the day tells status-page issues apart ("Degraded performance")
        Map<String, List<Placed>> byTarget = group(placed);
        List<Placed> named = new ArrayList<>();
        Map<Path, String> renamed = new HashMap<>();
        for (List<Placed> group : byTarget.values()) {
            if (group.stream().map(Placed::day).distinct().count() == 1) {
                named.addAll(group); // one day: the same incident twice, or two the user must name
                continue;
            }
            for (Placed p : group) {
                Placed dated = new Placed(p.found(), p.day(), p.dayFrom(), p.system(), p.systemFrom(),
                        p.event() + String.format(Locale.ROOT, "-%02d", p.day().getDayOfMonth()));
                named.add(dated);
                renamed.put(p.found().file(), "day added: " + group.size() + " files are named " + p.event());
            }
        }
        List<Move> moves = new ArrayList<>();
        List<Collision> collisions = new ArrayList<>();
        List<Placed> moving = new ArrayList<>();
        for (Map.Entry<String, List<Placed>> e : group(named).entrySet()) {
            List<Placed> group = e.getValue();
            Placed first = group.get(0);
            Path target = archive.resolve(String.format(Locale.ROOT, "%04d", first.day().getYear()))
                    .resolve(first.base() + ".md");
            boolean exists = Files.exists(target, LinkOption.NOFOLLOW_LINKS)
                    || Files.exists(target.resolveSibling(first.base()), LinkOption.NOFOLLOW_LINKS);
            if (group.size() > 1 || exists) {
                collisions.add(new Collision(target, group.stream().map(p -> p.found().file()).sorted().toList(),
                        exists));
            } else {
                moving.add(first);
            }
        }
        moving.sort(java.util.Comparator.comparing(p -> p.found().file()));

        // attachments: the file's own folder, then files its links name that no other postmortem owns
        Set<Path> owned = new HashSet<>();
        moving.forEach(p -> owned.addAll(p.found().attachments()));
        Map<Path, Path> newPlaces = new HashMap<>();
        for (Placed p : moving) {
            Path target = archive.resolve(String.format(Locale.ROOT, "%04d", p.day().getYear()))
                    .resolve(p.base() + ".md");
            Path folder = target.resolveSibling(p.base());
            List<AttachmentMove> attachments = new ArrayList<>();
            Set<String> taken = new HashSet<>();
            for (Path a : p.found().attachments()) {
                String inner = p.found().attachmentRoot().relativize(a).toString().replace('\\', '/');
                taken.add(inner.toLowerCase(Locale.ROOT));
                attachments.add(new AttachmentMove(a, folder.resolve(inner)));
            }
            for (MarkdownLinks.Target t : MarkdownLinks.find(texts.get(p.found().file()))) {
                Path linked = resolve(p.found().file().getParent(), t.url()).orElse(null);
                if (linked == null || !linked.startsWith(from) || inYearFolder(linked, archive) || owned.contains(linked)
                        || postmortemFiles.contains(linked) || documents.contains(linked)
                        || !Files.isRegularFile(linked, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                owned.add(linked);
                attachments.add(new AttachmentMove(linked, folder.resolve(freeName(linked.getFileName().toString(),
                        taken))));
            }
            Move move = new Move(p.found().file(), target, p.day(), p.dayFrom(), p.systemFrom(),
                    renamed.get(p.found().file()), attachments);
            moves.add(move);
            newPlaces.put(move.source(), move.target());
            attachments.forEach(a -> newPlaces.put(a.source(), a.target()));
        }
        Map<Path, Edit> edits = new TreeMap<>();
        for (Map.Entry<Path, String> e : new TreeMap<>(texts).entrySet()) {
            Path now = e.getKey();
            Path then = newPlaces.getOrDefault(now, now);
            MarkdownLinks.Rewritten r = MarkdownLinks.rewrite(e.getValue(), MarkdownLinks.find(e.getValue()),
                    url -> relink(url, now, then, newPlaces));
            if (r.links() > 0) {
                edits.put(now, new Edit(r.text(), r.links()));
            }
        }
        unplaced.sort(java.util.Comparator.comparing(Unplaced::source));
        collisions.sort(java.util.Comparator.comparing(Collision::target));
        return new ImportPlan(from, archive, moves, collisions, unplaced, documents, edits);
    }

    /**
     * Moves what the plan says, and stages the moves in git's index when the archive is in a repository, as
     * {@code git mv} does. Refuses, having changed nothing, when a file would be left behind, unless
     * {@code leaveUnplaced}; never overwrites.
     */
    public static List<String> apply(ImportPlan plan, boolean leaveUnplaced) throws IOException, Refused {
        return ImportMoves.apply(plan, leaveUnplaced);
    }

    /** The user's to settle: files the import would leave behind, or a target that appeared since the plan. */
    public static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    private static Map<String, List<Placed>> group(List<Placed> placed) {
        Map<String, List<Placed>> byTarget = new TreeMap<>();
        for (Placed p : placed) {
            byTarget.computeIfAbsent(p.day().getYear() + "/" + p.base(), k -> new ArrayList<>()).add(p);
        }
        byTarget.values().forEach(g -> g.sort(java.util.Comparator.comparing(p -> p.found().file())));
        return byTarget;
    }

    /** Where a file goes, or why it cannot go anywhere. */
    private record Placement(Placed placed, String why) {
    }

    private static Placement place(Found f, ForeignReader.ForeignPostmortem read, Path from, String fallback) {
        LocalDate day = read.day();
        String dayFrom = read.dayFrom();
        Matcher m = NAME_DATE.matcher(f.name());
        if (day == null && m.find()) {
            try {
                day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
                dayFrom = "file name";
            } catch (java.time.DateTimeException e) {
                day = null;
            }
        }
        if (day == null && read.published() != null) {
            day = read.published();
            dayFrom = read.publishedFrom();
        }
        String[] system = system(read.frontMatter(), f, from, fallback);
        List<String> missing = new ArrayList<>();
        if (day == null) {
            missing.add("no day (none in its front matter, a Date line, a dated timeline entry, its first paragraph, "
                    + "its file name or a publishing date)");
        }
        if (system == null) {
            missing.add("no system (none in its front matter as system, service, affected, product or component, "
                + "nor a folder named after one; pass -Dsystem=NAME)");
        }
        if (!missing.isEmpty()) {
            return new Placement(null, String.join("; ", missing));
        }
        String event = Names.withoutSystem(Names.eventFromFileName(f.name())
                .or(() -> Optional.ofNullable(read.title()).map(Names::slug).filter(s -> !s.isEmpty()))
                .orElse("incident"), system[0]);
        Placed placed = new Placed(f, day, dayFrom, system[0], system[1], event);
        Optional<String> badName = Archive.nameProblem(placed.base() + ".md");
        return badName.map(why -> new Placement(null, placed.base() + ".md: " + why))
                .orElseGet(() -> new Placement(placed, null));
    }

    /** The system and where it was read, or null: front matter, then a folder's name, then the fallback. */
    private static String[] system(Map<String, Object> front, Found f, Path from, String fallback) {
        Map<String, String> keys = new LinkedHashMap<>();
        front.keySet().forEach(k -> keys.putIfAbsent(Names.normalKey(k), k));
        for (String key : Names.SYSTEM_KEYS) {
            String written = keys.get(key);
            if (written != null) {
                String slug = Names.slug(first(front.get(written)));
                if (!slug.isEmpty()) {
                    return new String[] {slug, "front matter '" + written + "'"};
                }
            }
        }
        Path dir = f.attachmentRoot() != null && f.name().equals(f.attachmentRoot().getFileName().toString())
                ? f.attachmentRoot().getParent() : f.file().getParent();
        for (Path d = dir; d != null && d.startsWith(from) && !d.equals(from); d = d.getParent()) {
            String name = d.getFileName().toString();
            if (!Names.isGenericFolder(name) && !Names.slug(name).isEmpty()) {
                return new String[] {Names.slug(name), "folder '" + name + "'"};
            }
        }
        if (fallback != null && !Names.slug(fallback).isEmpty()) {
            return new String[] {Names.slug(fallback), "-Dsystem"};
        }
        return null;
    }

    /** The first value of a front-matter value: a list's first item, a text's first comma-separated part. */
    private static String first(Object value) {
        if (value instanceof List<?> list) {
            return list.isEmpty() ? "" : first(list.get(0));
        }
        if (value instanceof Map<?, ?> map) {
            return map.isEmpty() ? "" : first(map.values().iterator().next());
        }
        String text = value == null ? "" : value.toString();
        int comma = text.indexOf(',');
        return comma < 0 ? text : text.substring(0, comma);
    }

    /** A name not yet taken in an attachment folder: {@code graph.png}, else {@code graph-2.png}. */
    private static String freeName(String name, Set<String> taken) {
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        String candidate = name;
        for (int i = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); i++) {
            candidate = stem + "-" + i + ext;
        }
        return candidate;
    }

    /**
     * A relative link's target as a path, or empty for what an import leaves alone: web addresses, anchors,
     * site-absolute paths, targets that do not exist.
     */
    static Optional<Path> resolve(Path dir, String url) {
        if (url.isEmpty() || url.startsWith("#") || url.startsWith("/") || url.startsWith("\\")
                || SCHEME.matcher(url).find()) {
            return Optional.empty();
        }
        int cut = url.length();
        for (char c : new char[] {'#', '?'}) {
            int at = url.indexOf(c);
            if (at >= 0 && at < cut) {
                cut = at;
            }
        }
        String path = decode(url.substring(0, cut));
        if (path.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(dir.resolve(path).normalize());
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** A link from a file that moves from {@code now} to {@code then}, pointing where its target will be. */
    private static String relink(String url, Path now, Path then, Map<Path, Path> newPlaces) {
        Path target = resolve(now.getParent(), url).orElse(null);
        if (target == null) {
            return null;
        }
        Path moved = newPlaces.get(target);
        if (moved == null && (now.equals(then) || !Files.exists(target, LinkOption.NOFOLLOW_LINKS))) {
            return null;
        }
        Path place = moved == null ? target : moved;
        int cut = url.length();
        for (char c : new char[] {'#', '?'}) {
            int at = url.indexOf(c);
            if (at >= 0 && at < cut) {
                cut = at;
            }
        }
        String relative = then.getParent().relativize(place).toString().replace('\\', '/');
        String written = decode(url.substring(0, cut));
        if (Path.of(written).normalize().toString().replace('\\', '/').equals(relative)) {
            return null;
        }
        return encode(relative) + url.substring(cut);
    }

    /** %XX escapes read as UTF-8; a '%' that starts none stays. */
    private static String decode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length() && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2))) {
                bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 3;
            } else {
                int cp = text.codePointAt(i);
                bytes.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(cp);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    /** What a Markdown link target cannot hold as written: spaces, brackets, '%', '#', '?'. */
    private static String encode(String path) {
        StringBuilder out = new StringBuilder(path.length());
        for (char c : path.toCharArray()) {
            if (c == ' ' || c == '(' || c == ')' || c == '<' || c == '>' || c == '%' || c == '#' || c == '?') {
                out.append(String.format(Locale.ROOT, "%%%02X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Collects the postmortems under {@code dir}: every Markdown file but a folder's own documents, with its
     * attachment folder (the sibling of the same name) or, for {@code slug/index.md}, the rest of its folder.
     * The archive's own year folders are skipped, so importing into the folder imported from is safe.
     */
    private static void walk(Path dir, Path from, Path archive, List<Found> found, List<Path> documents)
            throws IOException {
        List<Path> children;
        try (Stream<Path> list = Files.list(dir)) {
            children = list.sorted().toList();
        }
        Set<String> bases = new HashSet<>();
        for (Path c : children) {
            String name = c.getFileName().toString();
            if (isMarkdown(name) && Files.isRegularFile(c, LinkOption.NOFOLLOW_LINKS)) {
                bases.add(name.substring(0, name.lastIndexOf('.')));
            }
        }
        for (Path c : children) {
            String name = c.getFileName().toString();
            if (name.startsWith(".") || Files.isSymbolicLink(c)) {
                continue;
            }
            if (Files.isDirectory(c, LinkOption.NOFOLLOW_LINKS)) {
                // the archive's own year folders and newsletter intros, when importing from the archive itself
                boolean archiveOwn = dir.equals(archive) && (YEAR.matcher(name).matches() || name.equals("newsletter"));
                if (archiveOwn || SKIPPED_FOLDERS.contains(name) || bases.contains(name)) {
                    continue;
                }
                Path bundle = c.resolve(BUNDLE_PAGE);
                if (Files.isRegularFile(bundle, LinkOption.NOFOLLOW_LINKS) && onlyMarkdown(c, bundle)) {
                    found.add(new Found(bundle, name, filesIn(c, bundle), c));
                } else {
                    walk(c, from, archive, found, documents);
                }
            } else if (isMarkdown(name) && Files.isRegularFile(c, LinkOption.NOFOLLOW_LINKS)) {
                // a template ("PMyyyy-nnn - Postmortem template.md", "template-incident-report.md") is no incident
                if (DOCUMENTS.contains(name.toLowerCase(Locale.ROOT))
                        || name.toLowerCase(Locale.ROOT).contains("template")) {
                    documents.add(c);
                } else {
                    String base = name.substring(0, name.lastIndexOf('.'));
                    Path folder = c.resolveSibling(base);
                    found.add(new Found(c, base, Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
                            ? filesIn(folder, null) : List.of(), folder));
                }
            }
        }
    }

    /** Whether {@code page} is the only Markdown file in its folder: a page bundle, not a folder of postmortems. */
    private static boolean onlyMarkdown(Path folder, Path page) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.noneMatch(p -> !p.equals(page) && isMarkdown(p.getFileName().toString()));
        }
    }

    private static List<Path> filesIn(Path folder, Path except) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && !p.equals(except))
                    .filter(p -> !folder.relativize(p).toString().replace('\\', '/').matches("(.*/)?\\..*"))
                    .sorted().toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Whether a path is in (or is) one of the archive's {@code YYYY/} folders: already filed, never moved. */
    private static boolean inYearFolder(Path path, Path archive) {
        return path.startsWith(archive) && !path.equals(archive)
                && YEAR.matcher(archive.relativize(path).getName(0).toString()).matches();
    }

    private static boolean isMarkdown(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".md") || lower.endsWith(".markdown");
    }
}
