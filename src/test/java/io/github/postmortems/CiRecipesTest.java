package io.github.postmortems;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The CI recipes in docs/ci/ name goals and properties the plugin has: a renamed goal or parameter fails here,
 * not in a user's pipeline. (The ci-recipes integration test runs the same commands with Maven.)
 */
class CiRecipesTest {

    private static final Pattern MVN = Pattern.compile("\\bmvn\\s+(.*)$", Pattern.MULTILINE);
    private static final Pattern GOAL = Pattern.compile("(?<!\\S)postmortem:([\\w-]+)");
    private static final Pattern PROPERTY = Pattern.compile("(?<!\\S)-D([\\w.]+)=");

    @ParameterizedTest
    @ValueSource(strings = {"github-actions.yml", "gitlab-ci.yml"})
    void everyGoalAndPropertyARecipeUsesExists(String recipe) throws Exception {
        Document plugin = Jsoup.parse(Files.readString(Path.of("target/classes/META-INF/maven/plugin.xml")), "",
                Parser.xmlParser());
        String text = Files.readString(Path.of("docs/ci", recipe));
        Matcher command = MVN.matcher(text);
        List<String> checked = new ArrayList<>();
        while (command.find()) {
            String line = command.group(1);
            // a lifecycle phase runs the goal the archive's pom binds to it: site runs postmortem:site
            String goal = GOAL.matcher(line).find() ? GOAL.matcher(line).results().findFirst().orElseThrow().group(1)
                    : line.matches("(-B\\s+)?site\\b.*") ? "site" : null;
            assertTrue(goal != null, recipe + ": no postmortem goal or site phase in 'mvn " + line + "'");
            Element mojo = plugin.select("mojo").stream().filter(m -> m.selectFirst("> goal").text().equals(goal))
                    .findFirst().orElse(null);
            assertFalse(mojo == null, recipe + ": the plugin has no goal '" + goal + "'");
            Matcher property = PROPERTY.matcher(line);
            while (property.find()) {
                String expression = "${" + property.group(1) + "}";
                assertTrue(mojo.select("configuration > *").stream().anyMatch(p -> p.text().equals(expression)),
                        recipe + ": goal '" + goal + "' has no parameter set by -D" + property.group(1));
            }
            checked.add(goal);
        }
        assertEquals(List.of("check", "site"), checked, recipe + ": the gate on pull requests, the site on main");
    }
}
