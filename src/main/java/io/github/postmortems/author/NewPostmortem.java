package io.github.postmortems.author;

import io.github.postmortems.scan.Archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Starts a postmortem the way authors are asked to: the archive's {@code TEMPLATE.md} (or the built-in one)
 * copied to {@code YYYY/MM.system.event.md} with the date, the status Draft, the author and the title filled in,
 * and the folder for its attachments beside it. Never overwrites.
 *
 * @param title the page's title, or null to keep the template's first heading for the author to replace
 * @param author who writes it, or null to keep the template's Authors line
 */
public record NewPostmortem(String system, String event, LocalDate date, String title, String author) {

    /** The template inside the plugin, for archives without their own. */
    static final String BUILT_IN = "/io/github/postmortems/TEMPLATE.md";

    private static final Pattern FRONT_MATTER = Pattern.compile("\\A---\\R(.*?\\R)---\\R", Pattern.DOTALL);

    public NewPostmortem {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(date, "date");
        title = title == null || title.isBlank() ? null : title.strip().replaceAll("\\s+", " ");
        author = author == null || author.isBlank() ? null : author.strip().replaceAll("\\s+", " ");
    }

    /** {@code YYYY/MM.system.event.md}. */
    public String relativePath() {
        return String.format(Locale.ROOT, "%d/%02d.%s.%s.md", date.getYear(), date.getMonthValue(), system, event);
    }

    /**
     * Writes the postmortem into {@code archive} and makes its attachment folder.
     *
     * @return the new file
     * @throws IllegalArgumentException when the name breaks the archive's rules, naming the rule
     * @throws FileAlreadyExistsException when the postmortem exists
     */
    public Path create(Path archive) throws IOException {
        String relative = relativePath();
        String name = relative.substring(relative.indexOf('/') + 1);
        Optional<String> why = Archive.nameProblem(name);
        if (why.isPresent()) {
            throw new IllegalArgumentException(relative + ": " + why.get());
        }
        Path file = archive.resolve(relative);
        if (Files.exists(file)) {
            throw new FileAlreadyExistsException(relative, null, "a postmortem with this name exists; choose another "
                    + "event name or edit it");
        }
        String text = fill(template(archive));
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        Files.createDirectories(file.resolveSibling(name.substring(0, name.length() - 3)));
        return file;
    }

    private static String template(Path archive) throws IOException {
        Path own = archive.resolve("TEMPLATE.md");
        if (Files.isRegularFile(own)) {
            return Files.readString(own, StandardCharsets.UTF_8);
        }
        try (InputStream in = NewPostmortem.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IOException("the built-in TEMPLATE.md is missing from the plugin");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The template with this postmortem's facts in place: in front matter if it has one, else in field lines. */
    String fill(String template) {
        String text = template.replace("\r\n", "\n");
        Matcher front = FRONT_MATTER.matcher(text);
        if (front.find()) {
            String yaml = front.group(1);
            yaml = key(yaml, "date", date.toString());
            yaml = key(yaml, "status", "Draft");
            yaml = key(yaml, "system", system);
            if (author != null) {
                yaml = key(yaml, "authors", "[" + quoted(author) + "]");
            }
            if (title != null) {
                yaml = key(yaml, "title", quoted(title));
            }
            text = "---\n" + yaml + "---\n" + text.substring(front.end());
        }
        text = field(text, "Date", date.toString());
        text = field(text, "Status", "Draft");
        if (author != null) {
            text = field(text, "Authors", author);
        }
        if (title != null) {
            text = text.replaceFirst("(?m)^# .*$", Matcher.quoteReplacement("# " + title));
        }
        return text;
    }

    /** Replaces a {@code **Name:** value} line's value; a template without the line is left as it is. */
    private static String field(String text, String name, String value) {
        return text.replaceFirst("(?m)^(\\*\\*" + name + ":\\*\\*)[ \\t]*.*$", "$1 " + Matcher.quoteReplacement(value));
    }

    private static String key(String yaml, String key, String value) {
        return yaml.replaceFirst("(?m)^(" + key + ":)[ \\t]*.*$", "$1 " + Matcher.quoteReplacement(value));
    }

    /** The author git knows for this directory ({@code git config user.name}), if git is there and knows one. */
    public static Optional<String> gitAuthor(Path directory) {
        try {
            Process git = new ProcessBuilder("git", "config", "user.name").directory(directory.toFile())
                    .redirectErrorStream(true).start();
            git.getOutputStream().close();
            String out = new String(git.getInputStream().readNBytes(1000), StandardCharsets.UTF_8).strip();
            if (!git.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                git.destroyForcibly();
                return Optional.empty();
            }
            return git.exitValue() == 0 && !out.isEmpty() && out.lines().count() == 1 ? Optional.of(out)
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // no git on this machine
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
