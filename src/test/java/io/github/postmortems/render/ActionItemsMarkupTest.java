package io.github.postmortems.render;

import io.github.postmortems.TestPostmortems;
import io.github.postmortems.parse.Postmortem;
import io.github.postmortems.parse.Section;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** An author's action items as a page shows them: cells that name their column, ticket ids kept whole. */
class ActionItemsMarkupTest {

    private static String actionItems(String markdown) {
        Postmortem p = TestPostmortems.parse("2024/03.payments.card-timeouts.md", markdown);
        Section s = p.sections().stream().filter(x -> "action-items".equals(x.key())).findFirst().orElseThrow();
        return ActionItemsMarkup.of(s.html(), p.actionItems());
    }

    @Test
    void aTableNamesEachCellsColumnAndKeepsTicketIdsWhole() {
        assertEquals("""
                <table tabindex="0" class="cards">
                <thead>
                <tr><th>Action Item</th><th>Owner</th><th>Ticket</th><th>Status</th></tr>
                </thead>
                <tbody>
                <tr><td data-label="Action Item">Raise the pool past PAY-4090</td><td data-label="Owner">@sam</td><td data-label="Ticket"><a href="https://t.example/PAY-409" class="nowrap">PAY-409</a></td><td data-label="Status">Done</td></tr>
                <tr><td data-label="Action Item">Alert on saturation, as <span class="nowrap">PAY-410</span> says</td><td data-label="Owner">TBD</td><td data-label="Ticket"><span class="nowrap">PAY-410</span></td><td data-label="Status">Open</td></tr>
                </tbody>
                </table>
                """, actionItems("""
                # Card timeouts

                ## Action Items

                | Action Item | Owner | Ticket | Status |
                |---|---|---|---|
                | Raise the pool past PAY-4090 | @sam | [PAY-409](https://t.example/PAY-409) | Done |
                | Alert on saturation, as PAY-410 says | TBD | PAY-410 | Open |
                """));
    }

    @Test
    void aTaskListKeepsItsTicketIdsWhole() {
        assertEquals("""
                <ul>
                <li class="task-list-item"><input type="checkbox" class="task-list-item-checkbox" disabled aria-label="not done"> Add a canary stage — owner: @mira, ticket: <span class="nowrap">PAY-412</span></li>
                </ul>
                """, actionItems("""
                # Card timeouts

                ## Action Items

                - [ ] Add a canary stage — owner: @mira, ticket: PAY-412
                """));
    }
}
