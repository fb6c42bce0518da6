package io.github.postmortems.validate;

import io.github.postmortems.Problem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Findings an archive has accepted for now, as lint tools' baselines do: {@code postmortem:check} then fails only on
 * findings that are not in it, so a team can adopt the gate without rewriting years of postmortems first. A finding
 * is known by its file, rule and message with numbers blanked, not by its line: an edit above it, or a day
 * passing ("still Draft 792 days after ..."), leaves it known. Each entry accepts as many findings as it was written
 * for, so a second copy of a known finding is new.
 */
public final class Baseline {

    /** The file's name in the archive, beside the year folders. */
    public static final String FILE = "postmortem-baseline.txt";
    private static final String HEADER = "# postmortem:check baseline: findings accepted for now, one per line"
            + " (file, rule, message with numbers as #).\n# Regenerate with mvn postmortem:baseline; delete lines"
            + " as the findings are fixed.\n";

    private final Map<String, Integer> accepted;

    private Baseline(Map<String, Integer> accepted) {
        this.accepted = accepted;
    }

    /** The baseline in {@code file}, or an empty one when there is no such file. */
    public static Baseline read(Path file) throws IOException {
        Map<String, Integer> accepted = new HashMap<>();
        if (Files.isRegularFile(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    accepted.merge(line, 1, Integer::sum);
                }
            }
        }
        return new Baseline(accepted);
    }

    /** Writes these findings as the baseline, sorted, so the file diffs well in review. */
    public static void write(Path file, List<Problem> problems) throws IOException {
        List<String> lines = new ArrayList<>(problems.stream().map(Baseline::key).toList());
        lines.sort(null);
        StringBuilder out = new StringBuilder(HEADER);
        lines.forEach(l -> out.append(l).append('\n'));
        Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
    }

    /** The findings this baseline does not accept, in their order. */
    public List<Problem> newFindings(List<Problem> problems) {
        Map<String, Integer> left = new HashMap<>(accepted);
        List<Problem> fresh = new ArrayList<>();
        for (Problem p : problems) {
            String key = key(p);
            Integer n = left.get(key);
            if (n == null || n == 0) {
                fresh.add(p);
            } else {
                left.put(key, n - 1);
            }
        }
        return fresh;
    }

    public boolean isEmpty() {
        return accepted.isEmpty();
    }

    static String key(Problem p) {
        return p.file() + "\t" + p.rule() + "\t" + p.message().replaceAll("[\\r\\n\\t]+", " ").replaceAll("\\d+", "#");
    }
}
