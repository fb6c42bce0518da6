package io.github.postmortems.validate;

import io.github.postmortems.Problem;
import io.github.postmortems.parse.ActionItem;
import io.github.postmortems.parse.Passage;
import io.github.postmortems.parse.Postmortem;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blameless writing: where a postmortem explains why (Root Causes, Trigger, Resolution), wording that blames a
 * person instead of describing the conditions. Hindsight ("should have", "could have") and "failed to" count only
 * with a person as their subject ("we should have", "@dana failed to"): "the alert should have fired" describes a
 * system, and flagging it would teach authors to ignore the rule.
 */
final class Blameless {

    /** Who a sentence can blame: pronouns, roles, and {@code @handles}; the postmortem's own people are added. */
    private static final String PEOPLE = "we|i|he|she|they|you|someone|somebody|nobody|no one|everyone|"
            + "(?:the|an|our|a) (?:team|engineer|developer|operator|on-?call(?: engineer)?|sre|reviewer|admin|"
            + "administrator|intern|contractor|dba|new hire)|@[\\w.-]+";
    private static final String[][] PHRASES = {
        {"\\b(human|operator|pilot) errors?\\b",
            "names a person's error as the cause; describe what made the error easy to make and hard to catch"},
        {"\\b(careless(?:ly|ness)?|negligen(?:t|ce)|sloppy|lazy|incompetent|reckless(?:ly)?|not paying attention)\\b",
            "judges a person's character; describe the situation and the system instead"},
    };

    private Blameless() {
    }

    /** Findings for one postmortem; a finding whose sentence holds an allowed phrase is left out. */
    static List<Problem> check(Postmortem p, List<String> allowed) {
        List<Pattern> patterns = patterns(people(p));
        List<String> messages = List.of(PHRASES[0][1], PHRASES[1][1],
                "is hindsight: it judges a decision by what we know now; say what would have made the right call "
                        + "easy at the time",
                "blames a person for what did not happen; say what did not happen and what made it hard",
                "names a person as the cause; describe what they saw and why their action made sense then");
        List<Problem> problems = new ArrayList<>();
        for (Passage passage : p.passages()) {
            String text = passage.source();
            for (int k = 0; k < patterns.size(); k++) {
                Matcher m = patterns.get(k).matcher(text);
                while (m.find()) {
                    String found = m.group().replaceAll("\\s+", " ");
                    if (isAllowed(sentence(text, m.start(), m.end()), allowed)) {
                        continue;
                    }
                    problems.add(Rule.BLAMELESS.at(p.sourcePath(), passage.lineOf(m.start()), passage.section()
                            + " says \"" + found + "\": it " + messages.get(k)));
                }
            }
        }
        return problems;
    }

    /** The people a postmortem can name: its authors and the owners of its action items, full and first names. */
    private static Set<String> people(Postmortem p) {
        Set<String> names = new LinkedHashSet<>();
        List<String> all = new ArrayList<>(p.authors());
        p.actionItems().stream().map(ActionItem::owner).filter(o -> o != null && !o.startsWith("@")).forEach(all::add);
        for (String name : all) {
            String n = name.strip();
            if (n.length() >= 3 && n.chars().anyMatch(Character::isLetter)) {
                names.add(Pattern.quote(n));
                String first = n.split("\\s+")[0];
                if (first.length() >= 3 && !first.equals(n)) {
                    names.add(Pattern.quote(first));
                }
            }
        }
        return names;
    }

    private static List<Pattern> patterns(Set<String> names) {
        String who = "(?:" + PEOPLE + (names.isEmpty() ? "" : "|" + String.join("|", names)) + ")";
        String subject = "(?<![\\w@])" + who + "\\s+(?:\\w+\\s+){0,2}?";
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        return List.of(
                Pattern.compile(PHRASES[0][0], flags),
                Pattern.compile(PHRASES[1][0], flags),
                Pattern.compile(subject + "(?:should(?:n't| not)?|could|ought to) have\\b", flags),
                Pattern.compile(subject + "failed to\\b", flags),
                Pattern.compile("(?<![\\w@])" + who + "(?:'s|’s)\\s+(?:mistake|fault|error|oversight|negligence)\\b"
                        + "|(?<![\\w@])" + who + "\\s+(?:caused|broke|forgot|ignored|neglected|overlooked|messed up|"
                        + "screwed up)\\b|\\b(?:blame[sd]?|fault of|mistake by|error by)\\s+(?:on\\s+)?" + who
                        + "(?![\\w])", flags));
    }

    private static String sentence(String text, int start, int end) {
        int from = Math.max(text.lastIndexOf('.', start - 1), Math.max(text.lastIndexOf('\n', start - 1),
                text.lastIndexOf(';', start - 1))) + 1;
        int to = end;
        while (to < text.length() && ".;\n".indexOf(text.charAt(to)) < 0) {
            to++;
        }
        return text.substring(from, to).toLowerCase(Locale.ROOT);
    }

    private static boolean isAllowed(String sentence, List<String> allowed) {
        return allowed.stream().anyMatch(a -> !a.isBlank() && sentence.contains(a.strip().toLowerCase(Locale.ROOT)));
    }
}
