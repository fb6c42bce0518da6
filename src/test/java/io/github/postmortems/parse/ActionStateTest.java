package io.github.postmortems.parse;

import io.github.postmortems.TestPostmortems;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The author's states are kept: "won't do" is closed and not open, "in progress" is open and not "open". */
class ActionStateTest {

    @Test
    void statesAsAuthorsWriteThem() {
        Postmortem p = TestPostmortems.parse("2024/03.idp.saml.md", """
                # SAML

                ## Action Items

                | Action Item | Owner | Ticket | Status |
                |---|---|---|---|
                | Rotate the key | @li | IDN-77 | ✅ |
                | Move to a managed IdP | @ana | IDN-79 | Won't do (cost) |
                | Alert on expiry | @ben | IDN-80 | In Progress |
                | Same as IDN-80 | @ben | IDN-81 | duplicate of IDN-80 |
                | Renew the cert | @li | IDN-82 | blocked: waiting for vendor |
                | Document the runbook | @li | IDN-83 | |

                - [ ] Review the SSO config (status: wontfix)
                - [x] Tell the support team
                """);
        assertEquals(List.of("done", "won't do", "in progress", "duplicate", "blocked", "open", "won't do", "done"),
                p.actionItems().stream().map(a -> a.state().label()).toList());
        assertEquals(List.of(true, true, false, true, false, false, true, true),
                p.actionItems().stream().map(ActionItem::done).toList());
    }

    @Test
    void aDueDayMakesAnOpenItemOverdueOnceItPasses() {
        Postmortem p = TestPostmortems.parse("2024/03.idp.saml.md", """
                # SAML

                ## Action Items

                | Action Item | Owner | Ticket | Status | Due |
                |---|---|---|---|---|
                | Rotate the key | @li | IDN-77 | Done | 2024-03-20 |
                | Alert on expiry | @ben | IDN-80 | In progress | by 2024-04-30 |
                | Document the runbook | @li | IDN-83 | Open | soon |

                - Scan for expiring certificates (owner: @ana, ticket: IDN-90, due: 2024-06-01)
                """);
        assertEquals(java.util.Arrays.asList(java.time.LocalDate.of(2024, 3, 20), java.time.LocalDate.of(2024, 4, 30),
                null, java.time.LocalDate.of(2024, 6, 1)), p.actionItems().stream().map(ActionItem::due).toList());
        java.time.LocalDate today = java.time.LocalDate.of(2024, 5, 15);
        assertEquals(List.of(false, true, false, false),
                p.actionItems().stream().map(a -> a.overdue(today)).toList());
    }
}
