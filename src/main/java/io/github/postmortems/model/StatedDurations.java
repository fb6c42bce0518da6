package io.github.postmortems.model;

import io.github.postmortems.parse.Postmortem;
import io.github.postmortems.parse.Section;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations a postmortem states in so many words: "Time to repair: 1h 5m", "TTD: 4 min", "Duration: 2 hours and
 * 10 minutes". A label starts the line or sentence, so "the duration of the backup: 3 h" in prose is not read.
 */
final class StatedDurations {

    private static final String AMOUNT = "(\\d+(?:[.,]\\d+)?)\\s*(d|days?|h|hrs?|hours?|m|mins?|minutes?|s|secs?|seconds?)\\b";
    private static final Pattern LABEL = Pattern.compile("(?im)(?:^|[.;]\\s+|\\|\\s*)[*_]{0,2}(time to (?:detect(?:ion)?)|"
            + "ttd|mttd|time to (?:repair|resolve|resolution|recover(?:y)?|restore|restoration)|ttr|mttr|"
            + "(?:total |outage |incident |impact )?duration)[*_]{0,2}\\s*[:=|]\\s*[*_]{0,2}\\s*((?:" + AMOUNT
            + "(?:\\s*(?:,|and)?\\s*)){1,3})");
    private static final Pattern PART = Pattern.compile(AMOUNT, Pattern.CASE_INSENSITIVE);

    private StatedDurations() {
    }

    /** {time to detect, time to resolve}, each null when the text states none; sources go into {@code inferred}. */
    static Duration[] read(Postmortem p, Map<String, String> inferred) {
        Duration detect = null;
        Duration resolve = null;
        Duration outage = null;
        String resolveSource = null;
        String outageSource = null;
        StringBuilder text = new StringBuilder(p.summary()).append('\n');
        for (Section s : p.sections()) {
            if (!"timeline".equals(s.key())) {
                text.append(s.text()).append('\n');
            }
        }
        Matcher m = LABEL.matcher(text);
        while (m.find()) {
            Duration d = parse(m.group(2));
            if (d == null) {
                continue;
            }
            String label = m.group(1).toLowerCase(Locale.ROOT);
            String source = (m.group(1) + ": " + m.group(2)).strip().replaceAll("\\s+", " ");
            if (label.contains("detect") || label.endsWith("ttd")) {
                if (detect == null) {
                    detect = d;
                    inferred.put("time to detect", source);
                }
            } else if (label.contains("duration")) {
                if (outage == null) {
                    outage = d;
                    outageSource = source;
                }
            } else if (resolve == null) {
                resolve = d;
                resolveSource = source;
            }
        }
        if (resolve == null && outage != null) { // an outage's stated length is its time to resolve
            resolve = outage;
            resolveSource = outageSource;
        }
        if (resolve != null) {
            inferred.put("time to resolve", resolveSource);
        }
        return new Duration[] {detect, resolve};
    }

    /** "1h 5m", "2 hours and 10 minutes", "45 min", "1.5 h"; null when nothing adds up to a positive duration. */
    static Duration parse(String text) {
        Duration total = Duration.ZERO;
        Matcher m = PART.matcher(text);
        while (m.find()) {
            double n = Double.parseDouble(m.group(1).replace(',', '.'));
            String unit = m.group(2).toLowerCase(Locale.ROOT);
            long seconds = switch (unit.charAt(0)) {
                case 'd' -> 86_400;
                case 'h' -> 3_600;
                case 'm' -> 60;
                default -> 1;
            };
            total = total.plusSeconds(Math.round(n * seconds));
        }
        return total.isZero() ? null : total;
    }
}
