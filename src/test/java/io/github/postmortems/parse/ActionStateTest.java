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
}
