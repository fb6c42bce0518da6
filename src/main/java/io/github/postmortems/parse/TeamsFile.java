package io.github.postmortems.parse;

import io.github.postmortems.Problem;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the archive's {@code teams.yml}:
 * <pre>
 * teams:
 *   payments:
 *     name: Payments
 *     systems: [payments, checkout]
 *     contacts: ["#payments-oncall", payments@example.com]
 * </pre>
 * Every mistake is a finding at its line ({@code teams.yml:LINE}, rule {@code teams}); what can be read is kept, so
 * one typo does not take every team off the site.
 */
public final class TeamsFile {

    public static final String NAME = "teams.yml";
    static final String RULE = "teams";

    /** Team ids name pages, so they follow the file names' rule for systems; {@code index} is the list's page. */
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Set<String> TEAM_KEYS = Set.of("name", "systems", "contacts");
    /** teams → team → key → list: anything deeper is not a teams file. */
    private static final int MAX_DEPTH = 4;
    /** Far beyond any organisation's teams file; bounds what a hostile one costs. */
    private static final long MAX_BYTES = 1 << 20;

    /** What was read, and what is wrong with it. */
    public record Result(Teams teams, List<Problem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    private TeamsFile() {
    }

    /** The teams of the archive in {@code archiveDirectory}; {@link Teams#NONE} when it has no teams.yml. */
    public static Result read(Path archiveDirectory) throws IOException {
        Path file = archiveDirectory.resolve(NAME);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return new Result(Teams.NONE, List.of());
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return failed(1, NAME + " is not a regular file (a link, folder or device); it is not read");
        }
        if (Files.size(file) > MAX_BYTES) {
            return failed(1, NAME + " is larger than 1 MiB; it is not read");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            return failed(1, NAME + " is not valid UTF-8; save it as UTF-8");
        }
        return parse(text);
    }

    /** Reads the text of a teams.yml. */
    public static Result parse(String text) {
        Node root;
        try {
            LoadSettings settings = LoadSettings.builder().setMaxAliasesForCollections(0).build();
            refuseCostlyShapes(new Parse(settings).parseString(text));
            Optional<Node> composed = new Compose(settings).composeString(text);
            if (composed.isEmpty()) {
                return failed(1, NAME + " is empty; list the teams under 'teams:'");
            }
            root = composed.get();
        } catch (Invalid e) {
            return failed(e.line, e.getMessage());
        } catch (MarkedYamlEngineException e) {
            return failed(e.getProblemMark().map(m -> m.getLine() + 1).orElse(1), NAME + " is not valid YAML: "
                    + e.getProblem());
        } catch (YamlEngineException e) {
            return failed(1, NAME + " is not valid YAML: " + e.getMessage());
        }
        List<Problem> problems = new ArrayList<>();
        NodeTuple teamsEntry = root instanceof MappingNode map ? entry(map, "teams") : null;
        if (teamsEntry == null || !(teamsEntry.getValueNode() instanceof MappingNode teamNodes)) {
            return failed(teamsEntry == null ? 1 : line(teamsEntry.getKeyNode()),
                    NAME + " must hold 'teams:' and under it one entry per team id (see the README)");
        }
        List<Team> teams = new ArrayList<>();
        Map<String, Team> owner = new HashMap<>();
        Set<String> ids = new java.util.HashSet<>();
        for (NodeTuple t : teamNodes.getValue()) {
            String id = text(t.getKeyNode());
            int line = line(t.getKeyNode());
            if (id == null || !ID.matcher(id).matches() || id.equals("index")) {
                problems.add(problem(line, "team id '" + (id == null ? "" : id) + "' is not lowercase letters, "
                        + "digits and hyphens (it names the page teams/<id>.html; 'index' is taken)"));
                continue;
            }
            if (!ids.add(id)) {
                problems.add(problem(line, "team '" + id + "' is listed twice; merge the two entries"));
                continue;
            }
            Optional<Team> team = team(id, line, t.getValueNode(), owner, problems);
            team.ifPresent(teams::add);
        }
        return new Result(new Teams(teams, true, line(teamsEntry.getKeyNode())), problems);
    }

    private static Optional<Team> team(String id, int line, Node value, Map<String, Team> owner,
                                       List<Problem> problems) {
        if (!(value instanceof MappingNode fields)) {
            problems.add(problem(line, "team '" + id + "' must have 'systems:' (and optionally 'name:' and 'contacts:')"));
            return Optional.empty();
        }
        String name = id;
        List<ScalarNode> systems = List.of();
        List<ScalarNode> contacts = List.of();
        for (NodeTuple f : fields.getValue()) {
            String key = text(f.getKeyNode());
            int at = line(f.getKeyNode());
            if (key == null || !TEAM_KEYS.contains(key)) {
                problems.add(problem(at, "unknown key '" + (key == null ? "" : key) + "' in team '" + id
                        + "'; expected name, systems or contacts"));
            } else if (key.equals("name")) {
                String text = text(f.getValueNode());
                if (text == null || text.isBlank()) {
                    problems.add(problem(at, "team '" + id + "': name must be text"));
                } else {
                    name = text.strip();
                }
            } else {
                Optional<List<ScalarNode>> list = texts(f.getValueNode());
                if (list.isEmpty()) {
                    problems.add(problem(at, "team '" + id + "': " + key + " must be a list of text, such as ["
                            + (key.equals("systems") ? "payments, checkout" : "\"#payments-oncall\"") + "]"));
                } else if (key.equals("systems")) {
                    systems = list.get();
                } else {
                    contacts = list.get();
                }
            }
        }
        Set<String> owned = new LinkedHashSet<>();
        for (ScalarNode s : systems) {
            String system = s.getValue().strip();
            Team earlier = owner.get(system);
            if (!ID.matcher(system).matches()) {
                problems.add(problem(line(s), "team '" + id + "': '" + system + "' is not a system name as file "
                        + "names write it (lowercase letters, digits and hyphens)"));
            } else if (earlier != null) {
                problems.add(problem(line(s), "system '" + system + "' is listed under team '" + earlier.id()
                        + "' (line " + earlier.line() + ") and team '" + id + "'; a system has one owning team"));
            } else {
                owned.add(system);
            }
        }
        Team team = new Team(id, name, List.copyOf(owned), contacts.stream().map(c -> c.getValue().strip())
                .filter(c -> !c.isEmpty()).toList(), line);
        owned.forEach(s -> owner.put(s, team));
        return Optional.of(team);
    }

    private static Result failed(int line, String message) {
        return new Result(new Teams(List.of(), true, 1), List.of(problem(line, message)));
    }

    private static Problem problem(int line, String message) {
        return Problem.error(NAME, line, RULE, message);
    }

    private static NodeTuple entry(MappingNode map, String key) {
        for (NodeTuple t : map.getValue()) {
            if (key.equals(text(t.getKeyNode()))) {
                return t;
            }
        }
        return null;
    }

    /** A scalar's text, or null for a list or a mapping. */
    private static String text(Node node) {
        return node instanceof ScalarNode s ? s.getValue() : null;
    }

    /** A list of scalars (or one scalar, read as a list of one); empty when it is anything else. */
    private static Optional<List<ScalarNode>> texts(Node node) {
        if (node instanceof ScalarNode s) {
            return Optional.of(List.of(s));
        }
        if (!(node instanceof SequenceNode seq)) {
            return Optional.empty();
        }
        List<ScalarNode> items = new ArrayList<>();
        for (Node item : seq.getValue()) {
            if (!(item instanceof ScalarNode s)) {
                return Optional.empty();
            }
            items.add(s);
        }
        return Optional.of(items);
    }

    private static int line(Node node) {
        return node.getStartMark().map(m -> m.getLine() + 1).orElse(1);
    }

    /** A teams file that cannot be read safely. */
    private static final class Invalid extends Exception {
        final int line;

        Invalid(int line, String message) {
            super(message);
            this.line = line;
        }
    }

    /**
     * The same bounds as front matter's: no aliases (a few lines could expand to gigabytes) and no deep nesting
     * (the stack); and no half characters such as {@code "\ud800"}, which no page can hold.
     */
    private static void refuseCostlyShapes(Iterable<Event> events) throws Invalid {
        int depth = 0;
        for (Event event : events) {
            int line = event.getStartMark().map(m -> m.getLine() + 1).orElse(1);
            switch (event.getEventId()) {
                case Alias -> throw new Invalid(line, NAME + " uses an alias (*name); write the value out");
                case MappingStart, SequenceStart -> {
                    if (++depth > MAX_DEPTH) {
                        throw new Invalid(line, NAME + " is nested more than " + MAX_DEPTH + " levels deep; "
                                + "see the README for its shape");
                    }
                }
                case MappingEnd, SequenceEnd -> depth--;
                case Scalar -> {
                    String value = ((org.snakeyaml.engine.v2.events.ScalarEvent) event).getValue();
                    if (value.codePoints().anyMatch(c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE)) {
                        throw new Invalid(line, NAME + " holds half of a character (an unpaired surrogate); "
                                + "write the character itself");
                    }
                }
                default -> {
                }
            }
        }
    }
}
