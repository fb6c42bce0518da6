package io.github.postmortems.parse;

import io.github.postmortems.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TeamsFileTest {

    private static List<String> problems(String yaml) {
        return TeamsFile.parse(yaml).problems().stream().map(Problem::toString).toList();
    }

    @Test
    void readsTeamsWithTheirSystemsAndContacts() {
        TeamsFile.Result r = TeamsFile.parse("""
                # who owns what
                teams:
                  payments:
                    name: Payments
                    systems: [payments, checkout]
                    contacts: ["#payments-oncall", payments@example.com]
                  search:
                    systems:
                      - search
                """);
        assertEquals(List.of(), r.problems());
        assertEquals(List.of(
                new Team("payments", "Payments", List.of("payments", "checkout"),
                        List.of("#payments-oncall", "payments@example.com"), 3),
                new Team("search", "search", List.of("search"), List.of(), 7)), r.teams().teams());
        assertTrue(r.teams().declared());
        assertEquals(2, r.teams().line());
        assertEquals("payments", r.teams().bySystem().get("checkout").id());
    }

    @Test
    void aSystemUnderTwoTeamsIsAFindingAtItsSecondListing() {
        assertEquals(List.of("teams.yml:6: error: system 'checkout' is listed under team 'payments' (line 2) and "
                + "team 'storefront'; a system has one owning team [teams]"), problems("""
                teams:
                  payments:
                    systems: [payments, checkout]
                  storefront:
                    systems:
                      - checkout
                      - catalog
                """));
    }

    @Test
    void badYamlIsAFindingAtItsLine() {
        assertEquals(List.of("teams.yml:4: error: teams.yml is not valid YAML: mapping values are not allowed here "
                + "[teams]"), problems("""
                teams:
                  payments:
                    name: Payments
                    systems: payments: checkout
                """));
        assertEquals(List.of("teams.yml:3: error: teams.yml uses an alias (*name); write the value out [teams]"),
                problems("teams:\n  a: &x {systems: [a]}\n  b: *x\n"));
        assertEquals(List.of("teams.yml:1: error: teams.yml must hold 'teams:' and under it one entry per team id "
                + "(see the README) [teams]"), problems("payments: [payments]\n"));
    }

    @Test
    void mistakesInATeamAreFindingsAndTheRestIsKept() {
        TeamsFile.Result r = TeamsFile.parse("""
                teams:
                  Payments Team:
                    systems: [payments]
                  search:
                    sytems: [search]
                    contacts: {slack: "#search"}
                  web:
                    systems: [Web Front]
                """);
        assertEquals(List.of(
                "teams.yml:2: error: team id 'Payments Team' is not lowercase letters, digits and hyphens (it names "
                        + "the page teams/<id>.html; 'index' is taken) [teams]",
                "teams.yml:5: error: unknown key 'sytems' in team 'search'; expected name, systems or contacts [teams]",
                "teams.yml:6: error: team 'search': contacts must be a list of text, such as [\"#payments-oncall\"] [teams]",
                "teams.yml:8: error: team 'web': 'Web Front' is not a system name as file names write it (lowercase "
                        + "letters, digits and hyphens) [teams]"),
                r.problems().stream().map(Problem::toString).toList());
        assertEquals(List.of("search", "web"), r.teams().teams().stream().map(Team::id).toList());
    }

    @Test
    void anArchiveWithoutTeamsYmlHasNoTeams(@TempDir Path archive) throws Exception {
        TeamsFile.Result none = TeamsFile.read(archive);
        assertEquals(Teams.NONE, none.teams());
        assertFalse(none.teams().declared());
        Files.write(archive.resolve("teams.yml"), new byte[] {'t', 'e', 'a', 'm', 's', ':', ' ', (byte) 0xC3});
        assertEquals(List.of("teams.yml:1: error: teams.yml is not valid UTF-8; save it as UTF-8 [teams]"),
                TeamsFile.read(archive).problems().stream().map(Problem::toString).toList());
    }
}
