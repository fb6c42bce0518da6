package io.github.postmortems.parse;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import io.github.postmortems.scan.Attachment;
import io.github.postmortems.scan.SourceFile;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a copy for readers outside the company may hold. Postmortems whose front matter says
 * {@code visibility: internal} are left out before they are read; the others are redacted in their Markdown
 * before they are parsed, so no later stage (checks, summaries, search, related incidents, digests, feeds, CSV)
 * ever sees what was taken out: sections whose heading ends in "(internal)", links to left-out postmortems and to
 * attachments not listed in {@code public-attachments}, and the names of people, which become their roles from
 * the archive's {@value #ROLES} ({@code "@dana": storage lead}), or {@value #GENERIC_ROLE}.
 */
public final class PublicCopy {

    /** The archive's mapping of people (handles and names) to the roles a public copy shows instead. */
    public static final String ROLES = "roles.yml";
    /** The role of a person the mapping does not know. */
    public static final String GENERIC_ROLE = "an engineer";
    static final String INTERNAL_POSTMORTEM = "an internal postmortem";
    static final String INTERNAL_ATTACHMENT = "an internal attachment";

    private static final Pattern HANDLE = Pattern.compile("(?<![\\w@./])@([A-Za-z0-9](?:[\\w.-]*[A-Za-z0-9_])?)");
    /** An e-mail address names its person as surely as a handle does. */
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\w.+-])([\\w.+-]+)@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+");
    /** A person's name as authors write it: two or three capitalised words ("Mira Patel"), split into parts. */
    private static final Pattern PERSON = Pattern.compile("\\p{Lu}[\\p{Ll}'’-]+(?: \\p{Lu}[\\p{Ll}'’-]+){1,2}");
    private static final Pattern POSTMORTEM_PAGE = Pattern.compile("(\\d{4}/\\d{2}\\.[^/]+)\\.(?:md|html)");
    private static final Pattern IN_FOLDER = Pattern.compile("(\\d{4}/\\d{2}\\.[^/]+)/(.+)");
    private static final Pattern INTERNAL_HEADING = Pattern.compile("(?i).*\\(internal\\)\\s*$");

    /** A {@value #ROLES} that cannot be read. */
    public static final class Invalid extends Exception {
        private final int line;

        Invalid(int line, String message) {
            super(message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    /** Roles by name as written and by lower-case handle ({@code @dana}). */
    private final Map<String, String> roles;
    /** Archive paths without {@code .md} of the postmortems left out. */
    private final Set<String> internal;
    /** Attachments listed as public, by archive path without {@code .md} of their postmortem. */
    private final Map<String, Set<String>> publicAttachments;

    PublicCopy(Map<String, String> roles, Set<String> internal, Map<String, Set<String>> publicAttachments) {
        this.roles = Map.copyOf(roles);
        this.internal = Set.copyOf(internal);
        this.publicAttachments = Map.copyOf(publicAttachments);
    }

    /**
     * Reads the archive's roles and every postmortem's front matter: which are internal, which attachments are
     * public. A file whose front matter cannot be read counts as internal; its own parse reports why.
     */
    public static PublicCopy read(Path archive, List<SourceFile> files) throws IOException, Invalid {
        Path rolesFile = archive.resolve(ROLES);
        Map<String, String> roles = Files.isRegularFile(rolesFile)
                ? roles(Files.readString(rolesFile, java.nio.charset.StandardCharsets.UTF_8)) : Map.of();
        Set<String> internal = new HashSet<>();
        Map<String, Set<String>> listed = new HashMap<>();
        for (SourceFile file : files) {
            String base = base(file.relativePath());
            FrontMatter front;
            try {
                front = FrontMatter.read(SourceText.decode(Files.readAllBytes(file.path())));
            } catch (SourceText.InvalidUtf8 | FrontMatter.Invalid e) {
                internal.add(base);
                continue;
            }
            if (!isPublic(front)) {
                internal.add(base);
            }
            listed.put(base, Set.copyOf(publicAttachments(front)));
        }
        return new PublicCopy(roles, internal, listed);
    }

    /** Whether a postmortem's front matter lets it into a public copy: no {@code visibility}, or {@code public}. */
    static boolean isPublic(FrontMatter front) {
        Object visibility = front.values().get("visibility");
        return visibility == null || "public".equalsIgnoreCase(String.valueOf(visibility).strip());
    }

    static List<String> publicAttachments(FrontMatter front) {
        Object value = front.values().get("public-attachments");
        if (value == null) {
            return List.of();
        }
        List<?> names = value instanceof List<?> list ? list : List.of(String.valueOf(value).split("\\s*,\\s*"));
        return names.stream().map(n -> String.valueOf(n).strip()).filter(n -> !n.isEmpty()).toList();
    }

    /** The files to publish, each with only the attachments its front matter lists as public. */
    public List<SourceFile> published(List<SourceFile> files) {
        List<SourceFile> kept = new ArrayList<>();
        for (SourceFile f : files) {
            String base = base(f.relativePath());
            if (!internal.contains(base)) {
                Set<String> names = publicAttachments.getOrDefault(base, Set.of());
                List<Attachment> attachments = f.attachments().stream().filter(a -> names.contains(a.name())).toList();
                kept.add(new SourceFile(f.path(), f.relativePath(), f.year(), f.month(), f.system(), f.event(),
                        attachments, f.refused()));
            }
        }
        return kept;
    }

    /**
     * Whether a postmortem named in {@code from}'s front matter is left out: by archive path
     * ({@code 2024/03.db.failover}, {@code .md} optional) or relative to {@code from} ({@code ../2024/...}).
     */
    boolean isInternal(String from, String named) {
        String path = named;
        if (named.startsWith("./") || named.startsWith("../")) {
            String dir = from.contains("/") ? from.substring(0, from.lastIndexOf('/')) : "";
            try {
                path = Path.of(dir).resolve(named).normalize().toString().replace('\\', '/');
            } catch (java.nio.file.InvalidPathException e) {
                return false; // not a path; the link check reports it
            }
        }
        return internal.contains(base(path));
    }

    private static String base(String archivePath) {
        return archivePath.endsWith(".md") ? archivePath.substring(0, archivePath.length() - 3) : archivePath;
    }

    /**
     * The file's text without its "(internal)" sections (their lines left blank, so line numbers stay true) and
     * with links to what the copy leaves out replaced by words saying so: even the link's text could name it.
     */
    String withoutInternalParts(String path, String text, FrontMatter front, Markdown markdown) {
        String body = front.body();
        Document document = markdown.parse(body);
        List<int[]> spans = new ArrayList<>();
        List<String> replacements = new ArrayList<>();
        Map<String, String> internalReferences = new HashMap<>();
        String dir = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "";
        new NodeVisitor(
                new VisitHandler<>(Reference.class, n -> {
                    String words = leftOut(dir, n.getUrl().unescape());
                    if (words != null) {
                        internalReferences.put(n.getReference().toString().toLowerCase(Locale.ROOT), words);
                        spans.add(new int[] {n.getStartOffset(), n.getEndOffset()});
                        replacements.add("");
                    }
                })).visit(document);
        new NodeVisitor(
                new VisitHandler<>(Link.class, n -> replace(n, leftOut(dir, n.getUrl().unescape()), spans, replacements)),
                new VisitHandler<>(Image.class, n -> replace(n, leftOut(dir, n.getUrl().unescape()), spans, replacements)),
                new VisitHandler<>(AutoLink.class, n -> replace(n, leftOut(dir, n.getUrl().unescape()), spans,
                        replacements)),
                new VisitHandler<>(LinkRef.class, n -> replace(n, internalReferences.get(reference(n)), spans,
                        replacements)),
                new VisitHandler<>(ImageRef.class, n -> replace(n, internalReferences.get(reference(n)), spans,
                        replacements)))
                .visit(document);
        StringBuilder edited = new StringBuilder(body);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt((Integer i) -> spans.get(i)[0]).reversed());
        int last = Integer.MAX_VALUE;
        for (int i : order) {
            int[] span = spans.get(i);
            if (span[1] > last) {
                continue; // inside a span already replaced (an image inside a link)
            }
            String gone = body.substring(span[0], span[1]);
            // as many line breaks as were taken, so every later line keeps its number
            edited.replace(span[0], span[1], replacements.get(i) + "\n".repeat((int) gone.chars().filter(c -> c == '\n').count()));
            last = span[0];
        }
        String[] bodyLines = body.split("\n", -1);
        String[] editedLines = edited.toString().split("\n", -1);
        for (int[] range : internalSections(document, bodyLines.length)) {
            for (int line = range[0]; line <= range[1]; line++) {
                editedLines[line] = "";
            }
        }
        // the front matter's lines are blank in the body; everything after it is the text's own
        String[] textLines = text.split("\n", -1);
        for (int i = 0; i < textLines.length; i++) {
            if (!editedLines[i].equals(bodyLines[i])) {
                textLines[i] = editedLines[i];
            }
        }
        return String.join("\n", textLines);
    }

    private static String reference(Node ref) {
        String text = ref instanceof LinkRef l ? l.getReference().toString() : ((ImageRef) ref).getReference().toString();
        return text.toLowerCase(Locale.ROOT);
    }

    private static void replace(Node node, String with, List<int[]> spans, List<String> replacements) {
        if (with != null) {
            spans.add(new int[] {node.getStartOffset(), node.getEndOffset()});
            replacements.add(with);
        }
    }

    /** Line ranges (0-based, inclusive) of top-level sections whose heading ends in "(internal)". */
    private static List<int[]> internalSections(Document document, int lineCount) {
        List<int[]> ranges = new ArrayList<>();
        boolean titleSeen = false;
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (!(n instanceof Heading h)) {
                continue;
            }
            if (h.getLevel() == 1 && !titleSeen) {
                titleSeen = true; // the title names the postmortem; "visibility: internal" leaves a whole one out
                continue;
            }
            if (!INTERNAL_HEADING.matcher(Markdown.headingText(h)).matches()) {
                continue;
            }
            int end = lineCount - 1;
            for (Node next = h.getNext(); next != null; next = next.getNext()) {
                if (next instanceof Heading k && k.getLevel() <= h.getLevel()) {
                    end = k.getStartLineNumber() - 1;
                    break;
                }
            }
            ranges.add(new int[] {h.getStartLineNumber(), end});
        }
        return ranges;
    }

    /** What a link's target is that the copy leaves out, in words, or null when it is published. */
    private String leftOut(String dir, String url) {
        String target = url.replaceFirst("[?#].*$", "");
        if (target.isEmpty() || target.startsWith("/") || target.contains(":")) {
            return null;
        }
        try {
            target = java.net.URLDecoder.decode(target.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
            target = Path.of(dir).resolve(target).normalize().toString().replace('\\', '/');
        } catch (IllegalArgumentException e) { // also InvalidPathException
            return null; // not a path into the archive
        }
        Matcher page = POSTMORTEM_PAGE.matcher(target);
        if (page.matches()) {
            return internal.contains(page.group(1)) ? INTERNAL_POSTMORTEM : null;
        }
        Matcher folder = IN_FOLDER.matcher(target);
        if (folder.matches() && (internal.contains(folder.group(1))
                || publicAttachments.containsKey(folder.group(1))
                && !publicAttachments.get(folder.group(1)).contains(folder.group(2)))) {
            return INTERNAL_ATTACHMENT;
        }
        return null;
    }

    /**
     * The text with every person replaced by a role: e-mail addresses and {@code @handles} (by the role of
     * {@code @localpart}), the names {@value #ROLES} maps, and the
     * people given (the postmortem's authors and action-item owners), authors' names also by first and last name.
     */
    String withRoles(String text, Collection<String> authors, Collection<String> owners) {
        Map<String, String> names = new HashMap<>();
        roles.forEach((name, role) -> {
            if (!name.startsWith("@")) {
                names.put(name, role);
            }
        });
        for (String author : authors) {
            if (!author.startsWith("@")) {
                String role = roleOf(author);
                names.putIfAbsent(author, role);
                if (PERSON.matcher(author).matches()) {
                    for (String part : author.split(" ")) {
                        names.putIfAbsent(part, role);
                    }
                }
            }
        }
        for (String owner : owners) {
            if (!owner.startsWith("@")) {
                names.putIfAbsent(owner, roleOf(owner));
            }
        }
        List<String> longestFirst = new ArrayList<>(names.keySet());
        longestFirst.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        StringBuilder alternatives = new StringBuilder(EMAIL.pattern()).append('|').append(HANDLE.pattern());
        if (!longestFirst.isEmpty()) {
            alternatives.append("|(?<![\\p{L}\\p{N}_@])(");
            for (int i = 0; i < longestFirst.size(); i++) {
                alternatives.append(i == 0 ? "" : "|").append(Pattern.quote(longestFirst.get(i)));
            }
            alternatives.append(")(?![\\p{L}\\p{N}_])");
        }
        Matcher m = Pattern.compile(alternatives.toString()).matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String role = m.group(1) != null ? roleOf("@" + m.group(1))
                    : m.group(2) != null ? roleOf("@" + m.group(2)) : names.get(m.group(3));
            m.appendReplacement(out, Matcher.quoteReplacement(role));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A person's role: {@value #ROLES} by the name or handle as written (handles in any case), else generic. */
    String roleOf(String person) {
        String key = person.strip();
        String role = roles.get(key.startsWith("@") ? key.toLowerCase(Locale.ROOT) : key);
        if (role == null && !key.startsWith("@")) {
            role = roles.get("@" + key.toLowerCase(Locale.ROOT)); // an owner written as "dana" for @dana
        }
        return role != null ? role : GENERIC_ROLE;
    }

    /**
     * {@value #ROLES}: {@code "@dana": storage lead} or {@code "Dana Scully": storage lead}, one person a line.
     * A role is shown as plain words, so anything else in it is dropped.
     */
    static Map<String, String> roles(String yaml) throws Invalid {
        Object loaded;
        try {
            loaded = new Load(LoadSettings.builder().setMaxAliasesForCollections(0).build()).loadFromString(yaml);
        } catch (MarkedYamlEngineException e) {
            throw new Invalid(e.getProblemMark().map(mark -> mark.getLine() + 1).orElse(1),
                    ROLES + " is not valid YAML: " + e.getProblem());
        } catch (YamlEngineException e) {
            throw new Invalid(1, ROLES + " is not valid YAML: " + e.getMessage());
        }
        if (loaded == null) {
            return Map.of();
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            throw new Invalid(1, ROLES + " must be 'person: role' lines, such as \"@dana\": storage lead");
        }
        Map<String, String> roles = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String person = String.valueOf(e.getKey()).strip();
            // a leading quote or hyphen would change the YAML of front matter the role is written into
            String role = String.valueOf(e.getValue()).replaceAll("[^\\p{L}\\p{N} '’-]+", " ")
                    .replaceAll("\\s+", " ").replaceAll("^[-'’ ]+", "").strip();
            if (person.isEmpty() || e.getValue() == null || e.getValue() instanceof Map<?, ?>
                    || e.getValue() instanceof List<?> || role.isEmpty()) {
                throw new Invalid(lineOf(yaml, person), ROLES + ": '" + person + "' needs a role in words, such as"
                        + " storage lead");
            }
            roles.put(person.startsWith("@") ? person.toLowerCase(Locale.ROOT) : person, role);
        }
        return roles;
    }

    private static int lineOf(String yaml, String key) {
        String[] lines = yaml.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(key)) {
                return i + 1;
            }
        }
        return 1;
    }
}
