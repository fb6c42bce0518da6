package io.github.postmortems.scan;

import io.github.postmortems.Problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the postmortems of an archive: {@code YYYY/MM.system.event.md} plus an optional sibling folder
 * {@code YYYY/MM.system.event/} of attachments. Anything else in a year folder is reported, never silently
 * dropped. Walks are sorted so that every later stage sees the same order on every machine.
 */
public final class Archive {

    static final String RULE = "file-name";

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    /** The editors' intros; see {@code newsletter.Digests}. */
    private static final String NEWSLETTER = "newsletter";
    /** Systems whose page, systems/NAME.html, would replace one of the site's own pages. */
    private static final Set<String> RESERVED_SYSTEMS = Set.of("index");
    /** The longest file name most file systems hold, in bytes. */
    private static final int MAX_NAME_BYTES = 255;
    private static final Pattern SHAPE = Pattern.compile("(\\d{2})\\.([^.]+)\\.([^.]+)\\.md");
    private static final Pattern NAME_PART = Pattern.compile("[a-z0-9][a-z0-9-]*");
    /**
     * Attachments published as they are: types no browser runs as part of the site, over HTTP or from file://.
     * SVG is published only after {@link InertSvg} has reduced it to drawing; anything else is refused.
     */
    private static final Set<String> INERT = Set.of("png", "jpg", "jpeg", "gif", "webp", "avif", "bmp", "ico",
            "tif", "tiff", "pdf", "txt", "text", "log", "out", "err", "csv", "tsv", "json", "ndjson", "jsonl",
            "yaml", "yml", "toml", "ini", "conf", "cfg", "properties", "md", "diff", "patch", "sql", "eml", "msg",
            "mbox", "har", "pcap", "pcapng", "zip", "gz", "tgz", "tar", "bz2", "xz", "zst", "7z", "mp4", "webm",
            "mov", "mp3", "wav", "ogg", "docx", "xlsx", "pptx", "odt", "ods", "odp");
    /** The largest SVG that is cleaned and published; bigger ones are refused rather than parsed. */
    private static final long SVG_LIMIT = 8L << 20;
    /** Markdown files an archive's root is expected to hold besides the year folders. */
    private static final Set<String> ROOT_DOCUMENTS = Set.of("readme.md", "template.md", "contributing.md",
            "changelog.md", "license.md", "code_of_conduct.md");

    private Archive() {
    }

    public static ScanResult scan(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new IOException("archive directory " + root + " does not exist or is not a directory");
        }
        List<SourceFile> files = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        for (Path entry : sortedChildren(root)) {
            String name = entry.getFileName().toString();
            if (isHidden(name)) {
                continue;
            }
            if (Files.isSymbolicLink(entry) && (YEAR.matcher(name).matches() || name.equals(NEWSLETTER))) {
                problems.add(Problem.warning(name, 1, "symlink", "symbolic links are not followed; "
                        + (name.equals(NEWSLETTER) ? "the editors' intros in it are not used"
                        : "none of the postmortems in this year folder are published")));
                if (!name.equals(NEWSLETTER)) {
                    leftOut.add(name + "/");
                }
            } else if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS) && YEAR.matcher(name).matches()) {
                scanYear(entry, Integer.parseInt(name), files, problems, leftOut);
            } else if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS) && !name.equals(NEWSLETTER)) {
                misplaced(entry, name, problems, leftOut);
            } else if (Files.isRegularFile(entry) && name.endsWith(".md")
                    && !ROOT_DOCUMENTS.contains(name.toLowerCase(Locale.ROOT))) {
                problems.add(Problem.error(name, 1, RULE,
                        "a postmortem belongs in a year folder, as YYYY/MM.system.event.md"));
                leftOut.add(name);
            }
        }
        return new ScanResult(files, problems, leftOut);
    }

    /** One year folder as {@link #scan} reads it: for a preview that rereads only where a file changed. */
    public static ScanResult scanYear(Path root, int year) throws IOException {
        List<SourceFile> files = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        Path folder = root.resolve(String.format(Locale.ROOT, "%04d", year));
        if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            scanYear(folder, year, files, problems, leftOut);
        }
        return new ScanResult(files, problems, leftOut);
    }

    /** Postmortems in a folder that is not a year, such as a mistyped {@code 205/}: reported, never dropped unsaid. */
    private static void misplaced(Path dir, String name, List<Problem> problems, List<String> leftOut)
            throws IOException {
        for (Path child : sortedChildren(dir)) {
            String file = child.getFileName().toString();
            if (SHAPE.matcher(file).matches() && Files.isRegularFile(child, LinkOption.NOFOLLOW_LINKS)) {
                String relative = name + "/" + file;
                problems.add(Problem.error(relative, 1, RULE, "'" + name + "' is not a year folder (YYYY), so this "
                        + "postmortem is not published; move it to its year's folder"));
                leftOut.add(relative);
            }
        }
    }

    private static void scanYear(Path yearDir, int year, List<SourceFile> files, List<Problem> problems,
                                 List<String> leftOut) throws IOException {
        String yearName = yearDir.getFileName().toString();
        List<Path> children = sortedChildren(yearDir);
        Set<String> postmortemNames = new java.util.HashSet<>();
        for (Path child : children) {
            String name = child.getFileName().toString();
            if (name.endsWith(".md") && Files.isRegularFile(child, LinkOption.NOFOLLOW_LINKS)) {
                postmortemNames.add(name.substring(0, name.length() - 3));
            }
        }
        for (Path child : children) {
            String name = child.getFileName().toString();
            String relative = yearName + "/" + name;
            if (isHidden(name)) {
                if (SHAPE.matcher(name.substring(1)).matches()) {
                    problems.add(Problem.warning(relative, 1, "stray-file", "a hidden file named like a "
                            + "postmortem is not published; remove the leading dot to publish it"));
                    leftOut.add(relative);
                }
                continue;
            }
            if (Files.isSymbolicLink(child)) {
                problems.add(Problem.warning(relative, 1, "symlink",
                        "symbolic links are not followed; this entry is not published"));
                if (name.endsWith(".md")) {
                    leftOut.add(relative);
                }
            } else if (Files.isDirectory(child)) {
                if (!postmortemNames.contains(name)) {
                    problems.add(Problem.warning(relative, 1, "stray-file",
                            "folder belongs to no postmortem (expected " + relative + ".md beside it); "
                                    + "it is not published"));
                }
            } else if (!Files.isRegularFile(child, LinkOption.NOFOLLOW_LINKS)) {
                // a pipe or a device would block or never end when read
                problems.add(Problem.warning(relative, 1, "stray-file",
                        "not a regular file (a pipe, socket or device); it is not read"));
                if (name.endsWith(".md")) {
                    leftOut.add(relative);
                }
            } else if (name.endsWith(".md")) {
                Optional<SourceFile> file = readName(child, relative, year, name, problems);
                file.ifPresentOrElse(files::add, () -> leftOut.add(relative));
            } else {
                problems.add(Problem.warning(relative, 1, "stray-file",
                        "not a postmortem and not in a postmortem's folder; it is not published"));
            }
        }
    }

    /**
     * Why a postmortem's file name breaks the archive's rules ({@code MM.system.event.md}), or empty when it
     * follows them: the one definition the scan and {@code postmortem:new} share.
     */
    public static java.util.Optional<String> nameProblem(String name) {
        Matcher m = SHAPE.matcher(name);
        if (!m.matches()) {
            return java.util.Optional.of("file name is not MM.system.event.md (for example 03.payments.card-timeouts.md)");
        }
        int month = Integer.parseInt(m.group(1));
        if (month < 1 || month > 12) {
            return java.util.Optional.of("month " + m.group(1) + " in the file name is not between 01 and 12");
        }
        for (String[] part : new String[][] {{"system", m.group(2)}, {"event", m.group(3)}}) {
            if (!NAME_PART.matcher(part[1]).matches()) {
                return java.util.Optional.of(part[0] + " '" + part[1]
                        + "' in the file name may only hold lowercase letters, digits and hyphens");
            }
        }
        if (RESERVED_SYSTEMS.contains(m.group(2))) {
            return java.util.Optional.of("system '" + m.group(2) + "' is a name the site keeps for itself (its page "
                    + "would replace systems/" + m.group(2) + ".html); choose another name");
        }
        String base = name.substring(0, name.length() - 3);
        int pageBytes = (base + ".html").getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        if (pageBytes > MAX_NAME_BYTES) {
            return java.util.Optional.of("file name is too long: its page (the same name ending in .html) would need "
                    + pageBytes + " bytes, and file systems hold at most " + MAX_NAME_BYTES + "; shorten the event");
        }
        return java.util.Optional.empty();
    }

    private static java.util.Optional<SourceFile> readName(Path file, String relative, int year, String name,
                                                           List<Problem> problems) throws IOException {
        java.util.Optional<String> why = nameProblem(name);
        if (why.isPresent()) {
            problems.add(Problem.error(relative, 1, RULE, why.get()));
            return java.util.Optional.empty();
        }
        Matcher m = SHAPE.matcher(name);
        m.matches();
        int month = Integer.parseInt(m.group(1));
        String base = name.substring(0, name.length() - 3);
        Path folder = file.resolveSibling(base);
        List<Attachment> attachments = new ArrayList<>();
        List<RefusedAttachment> refused = new ArrayList<>();
        if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            attachments(folder, relative.substring(0, relative.length() - 3), attachments, refused, problems);
        }
        return java.util.Optional.of(new SourceFile(file, relative, year, month, m.group(2), m.group(3),
                attachments, refused));
    }

    private static void attachments(Path folder, String relativeFolder, List<Attachment> result,
                                    List<RefusedAttachment> refused, List<Problem> problems) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted().toList()) {
                String inner = folder.relativize(p).toString().replace('\\', '/');
                if (p.equals(folder) || inner.isEmpty() || isHidden(p.getFileName().toString())) {
                    continue;
                }
                if (Files.isSymbolicLink(p)) {
                    problems.add(Problem.warning(relativeFolder + "/" + inner, 1, "symlink",
                            "symbolic links are not followed; this entry is not published"));
                } else if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                        problems.add(Problem.warning(relativeFolder + "/" + inner, 1, "stray-file",
                                "not a regular file (a pipe, socket or device); it is not published"));
                    }
                } else {
                    String ext = extension(inner);
                    long size = Files.size(p);
                    if (INERT.contains(ext)) {
                        result.add(new Attachment(inner, p.toString(), size));
                    } else if (ext.equals("svg") && size <= SVG_LIMIT) {
                        List<String> removed;
                        try {
                            removed = InertSvg.clean(Files.readAllBytes(p)).removed();
                        } catch (RuntimeException | StackOverflowError e) {
                            // whatever the parser cannot take costs only this attachment
                            refused.add(new RefusedAttachment(inner, "an SVG that cannot be read as XML ("
                                    + e.getClass().getSimpleName() + ") is not published"));
                            continue;
                        }
                        if (!removed.isEmpty()) {
                            problems.add(Problem.warning(relativeFolder + "/" + inner, 1, "unsafe-attachment",
                                    "published without " + String.join(", ", removed)
                                            + ": an SVG is reduced to drawing so that it cannot run script"));
                        }
                        result.add(new Attachment(inner, p.toString(), size));
                    } else {
                        refused.add(new RefusedAttachment(inner, ext.equals("svg")
                                ? "an SVG over " + (SVG_LIMIT >> 20) + " MB is not cleaned and not published"
                                : ext.isEmpty() ? "a file without an extension may be opened as a page"
                                : "a ." + ext + " file may run as part of the site"));
                    }
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Feeds {@code digest} everything {@link #scan} and the newsletter's intros read: every file under the year
     * folders and {@code newsletter/} with its bytes, the Markdown names at the root, and the postmortem-shaped names
     * in other folders. Equal digests mean equal input, whatever else (a build's output, {@code .git}) changes beside it.
     */
    public static void fingerprint(Path root, java.security.MessageDigest digest) throws IOException {
        for (Path entry : sortedChildren(root)) {
            String name = entry.getFileName().toString();
            if (isHidden(name)) {
                continue;
            }
            boolean link = Files.isSymbolicLink(entry);
            boolean folder = !link && Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS);
            boolean read = YEAR.matcher(name).matches() || name.equals(NEWSLETTER);
            if (link && read) {
                feed(digest, "link " + name);
            } else if (folder && read) {
                feed(digest, "dir " + name);
                List<Path> all;
                try (Stream<Path> walk = Files.walk(entry)) {
                    all = walk.sorted().toList();
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
                for (Path p : all) {
                    String relative = root.relativize(p).toString().replace('\\', '/');
                    if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                        feed(digest, "content " + relative + " " + Files.size(p));
                        digest.update(Files.readAllBytes(p));
                    } else {
                        feed(digest, (Files.isSymbolicLink(p) ? "link " : "dir ") + relative);
                    }
                }
            } else if (folder) {
                // only what looks like a misplaced postmortem counts: the build's own output lives here too
                for (Path child : sortedChildren(entry)) {
                    if (SHAPE.matcher(child.getFileName().toString()).matches()) {
                        feed(digest, "misplaced " + name + "/" + child.getFileName());
                    }
                }
            } else if (name.endsWith(".md")) {
                feed(digest, "file " + name);
            }
        }
    }

    private static void feed(java.security.MessageDigest digest, String line) {
        digest.update((line + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static List<Path> sortedChildren(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.sorted().toList();
        }
    }

    private static String extension(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean isHidden(String name) {
        return name.startsWith(".");
    }
}
