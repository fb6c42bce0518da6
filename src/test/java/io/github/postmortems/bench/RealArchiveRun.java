package io.github.postmortems.bench;

import io.github.postmortems.Report;
import io.github.postmortems.adopt.ArchiveImport;
import io.github.postmortems.adopt.ImportPlan;
import io.github.postmortems.build.BuildFailure;
import io.github.postmortems.build.BuildResult;
import io.github.postmortems.build.SiteBuilder;
import io.github.postmortems.config.SiteSettings;
import io.github.postmortems.model.IncidentTimes;
import io.github.postmortems.model.Summarizer;
import io.github.postmortems.model.Summary;
import io.github.postmortems.newsletter.Digests;
import io.github.postmortems.parse.ParsedFile;
import io.github.postmortems.parse.PostmortemParser;
import io.github.postmortems.scan.Archive;
import io.github.postmortems.scan.SourceFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One collection of bench/real-archives: {@code RealArchiveRun SOURCE WORK NAME} imports the copy of a collection in
 * SOURCE into a fresh archive WORK/archive with {@link ArchiveImport} (files that name no system get NAME), builds its
 * site as {@code mvn site} does, and prints one tab-separated line of numbers. Asserts nothing.
 *
 * <p>"States start and end" is read from the source's own front matter, apart from the parser: a start stamp
 * ({@code start_time}, {@code started}, a {@code date} with a time, ...) and an end stamp ({@code end_time},
 * {@code resolvedWhen}, ...); the time to resolve the build derived counts as within a minute when it is within 60
 * seconds of end minus start.
 */
public final class RealArchiveRun {

    private static final List<String> START_KEYS = List.of("start_time", "started", "started_at", "start", "date");
    private static final List<String> END_KEYS = List.of("end_time", "resolvedwhen", "resolved_at", "resolved",
            "ended", "ended_at", "end");
    private static final Pattern STAMP = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})[T ](\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)\\s*(Z|[+-]\\d{2}:?\\d{2}|UTC)?");

    private RealArchiveRun() {
    }

    public static void main(String[] args) throws Exception {
        Path source = Path.of(args[0]);
        Path work = Path.of(args[1]);
        String name = args[2];
        Path archive = work.resolve("archive");
        Files.createDirectories(archive);

        // what each source states, read before the import moves it
        Map<Path, Duration> stated = new HashMap<>();
        try (var walk = Files.walk(source)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".md")).toList()) {
                Duration d = statedDuration(Files.readString(p, StandardCharsets.UTF_8));
                if (d != null) {
                    stated.put(p.toRealPath(), d);
                }
            }
        } catch (java.nio.charset.MalformedInputException e) {
            // a file that is not UTF-8 states nothing the bench can read
        }
        ImportPlan plan = ArchiveImport.plan(new ArchiveImport.Request(source, archive, name, Map.of()));
        List<String> printed = new java.util.ArrayList<>(plan.lines());
        printed.addAll(ArchiveImport.apply(plan, true));
        Files.write(work.resolve("import.txt"), printed, StandardCharsets.UTF_8);
        Map<String, Duration> statedByTarget = new HashMap<>();
        for (ImportPlan.Move m : plan.moves()) {
            Duration d = stated.get(m.source());
            if (d != null) {
                statedByTarget.put(archive.relativize(m.target()).toString().replace('\\', '/'), d);
            }
        }

        Path site = work.resolve("site");
        LocalDate today = LocalDate.of(2026, 12, 1);
        SiteSettings settings = SiteSettings.defaults(archive, site, today);
        BuildResult result;
        long start = System.nanoTime();
        try {
            result = SiteBuilder.build(settings);
        } catch (BuildFailure e) {
            System.out.println(name + "\tbuild failed: " + Report.oneLine(e.getMessage()));
            return;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        // the lines SiteMojo prints as warnings or errors
        List<String> lines = new java.util.ArrayList<>(Report.byRule(result.problems()).stream()
                .map(Report.RuleLine::text).toList());
        if (!result.leftOut().isEmpty()) {
            lines.add("Postmortem site: " + Report.leftOut(result.leftOut()));
        }
        Digests.baseUrlWarning(settings).ifPresent(lines::add);
        Files.write(work.resolve("warnings.txt"), lines, StandardCharsets.UTF_8);
        int warnings = lines.size();

        PostmortemParser parser = new PostmortemParser(false);
        Summarizer summarizer = new Summarizer(settings.timeZone(), settings.policy());
        int pages = 0;
        int fullDate = 0;
        int detect = 0;
        int resolve = 0;
        int severity = 0;
        int withStated = 0;
        int withinMinute = 0;
        for (SourceFile f : Archive.scan(archive).files()) {
            ParsedFile parsed = parser.parse(f);
            Path page = site.resolve(f.year() + "/" + f.baseName() + ".html");
            if (parsed.postmortem() == null || !Files.isRegularFile(page)) {
                continue;
            }
            pages++;
            Element day = Jsoup.parse(page.toFile(), "UTF-8").selectFirst("dt:containsOwn(Date) + dd time");
            if (day != null && day.attr("datetime").matches("\\d{4}-\\d{2}-\\d{2}")) {
                fullDate++;
            }
            Summary s = summarizer.summarize(parsed.postmortem());
            IncidentTimes times = s.times();
            detect += times.timeToDetect() != null ? 1 : 0;
            resolve += times.timeToResolve() != null ? 1 : 0;
            severity += s.severity() != null ? 1 : 0;
            Duration expected = statedByTarget.get(f.relativePath());
            if (expected != null) {
                withStated++;
                Duration derived = times.timeToResolve();
                if (derived != null && derived.minus(expected).abs().compareTo(Duration.ofMinutes(1)) <= 0) {
                    withinMinute++;
                }
            }
        }
        System.out.printf(Locale.ROOT, "%s\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%.1f%n", name,
                plan.moves().size() + plan.leftCount(), plan.moves().size(), pages, fullDate, detect, resolve,
                withStated, withinMinute, severity, warnings, seconds);
    }

    /** End minus start as the file's front matter states them, or null when it does not state both. */
    static Duration statedDuration(String text) {
        if (!text.startsWith("---")) {
            return null;
        }
        int close = text.indexOf("\n---", 3);
        if (close < 0) {
            return null;
        }
        Object loaded;
        try {
            loaded = new Load(LoadSettings.builder().build()).loadFromString(text.substring(3, close));
        } catch (RuntimeException e) {
            return null;
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            return null;
        }
        Map<String, Object> keys = new HashMap<>();
        map.forEach((k, v) -> keys.putIfAbsent(String.valueOf(k).toLowerCase(Locale.ROOT), v));
        ZonedDateTime start = first(keys, START_KEYS);
        ZonedDateTime end = first(keys, END_KEYS);
        return start == null || end == null ? null : Duration.between(start, end);
    }

    private static ZonedDateTime first(Map<String, Object> keys, List<String> names) {
        for (String n : names) {
            Object v = keys.get(n);
            ZonedDateTime t = v == null ? null : stamp(v.toString());
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    /** A date with a time of day; without a zone it is UTC, as the build reads it. */
    private static ZonedDateTime stamp(String text) {
        Matcher m = STAMP.matcher(text.strip());
        if (!m.lookingAt()) {
            return null;
        }
        String time = m.group(2).length() == 4 ? "0" + m.group(2) : m.group(2);
        if (time.length() == 5) {
            time += ":00";
        }
        try {
            LocalDateTime local = LocalDateTime.parse(m.group(1) + "T" + time, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
            String zone = m.group(3);
            ZoneOffset offset = zone == null || zone.equals("UTC") || zone.equals("Z") ? ZoneOffset.UTC
                    : ZoneOffset.of(zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3) : zone);
            return OffsetDateTime.of(local, offset).toZonedDateTime();
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
