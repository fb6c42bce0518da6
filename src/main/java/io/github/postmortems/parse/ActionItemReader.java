package io.github.postmortems.parse;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.util.ast.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the action plan, written as a table (Action Item | Type | Owner | Ticket | Status) or as a list
 * ({@code - [ ] Add a canary stage — type: prevent, owner: @mira, ticket: PAY-412}). A sub-heading inside the
 * section ("### Prevent") gives the type of the items under it.
 */
final class ActionItemReader {

    private static final Map<String, Boolean> DESCRIPTION = Tables.names("action item", "action items", "action",
            "actions", "item", "description", "what", "task", "follow-up", "follow up");
    private static final Map<String, Boolean> TYPE = Tables.names("type", "kind", "category");
    private static final Map<String, Boolean> OWNER = Tables.names("owner", "owners", "assignee", "who",
            "responsible");
    private static final Map<String, Boolean> TICKET = Tables.names("ticket", "tickets", "bug", "issue", "jira",
            "tracking", "link");
    private static final Map<String, Boolean> STATUS = Tables.names("status", "state", "done");
    private static final Map<String, Boolean> DUE = Tables.names("due", "due date", "deadline", "target date", "by");
    private static final Pattern DATE = Pattern.compile("\\b(\\d{4}-\\d{2}-\\d{2})\\b");

    private static final Pattern PLACEHOLDER = Pattern.compile(
            "(?i)|-+|—|–|\\?+|tbd|tba|n/?a|none|unassigned|nobody|todo|unknown|\\(none\\)");
    private static final Pattern KEYED = Pattern.compile(
            "(?i)\\b(type|owner|ticket|status|due)\\s*:\\s*([^,;)]+)");
    private static final Pattern KEYED_START = Pattern.compile("(?i)\\s*[(—–-]*\\s*\\b(type|owner|ticket|status|due)\\s*:");
    private static final Pattern HANDLE = Pattern.compile("(?<![\\w.])@[\\w.-]+");
    private static final Pattern TICKET_KEY = Pattern.compile("\\b[A-Z][A-Z0-9]+-\\d+\\b");

    private ActionItemReader() {
    }

    static List<ActionItem> read(List<Node> nodes) {
        List<ActionItem> items = new ArrayList<>();
        String groupType = null;
        for (Node node : nodes) {
            if (node instanceof Heading h) {
                groupType = Markdown.text(h).toLowerCase(Locale.ROOT);
            } else if (node instanceof TableBlock table) {
                readTable(table, groupType, items);
            } else if (node instanceof ListBlock list) {
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                    if (item instanceof ListItem li) {
                        items.add(readListItem(li, groupType));
                    }
                }
            }
        }
        return items;
    }

    private static void readTable(TableBlock table, String groupType, List<ActionItem> items) {
        List<String> header = Tables.header(table);
        int description = Tables.column(header, DESCRIPTION);
        int type = Tables.column(header, TYPE);
        int owner = Tables.column(header, OWNER);
        int ticket = Tables.column(header, TICKET);
        int status = Tables.column(header, STATUS);
        int due = Tables.column(header, DUE);
        if (description < 0) {
            description = 0;
        }
        for (Tables.Row row : Tables.rows(table)) {
            String what = row.cell(description).text();
            if (what.isEmpty()) {
                continue;
            }
            Tables.Cell ticketCell = row.cell(ticket);
            items.add(new ActionItem(row.line(), what, orDefault(present(row.cell(type).text()), groupType),
                    present(row.cell(owner).text()), present(ticketCell.text()), ticketCell.url(),
                    ActionState.read(row.cell(status).text()).orElse(ActionState.OPEN), date(row.cell(due).text())));
        }
    }

    private static ActionItem readListItem(ListItem item, String groupType) {
        Node first = item.getFirstChild();
        String text = first == null ? "" : Markdown.text(first);
        String type = null;
        String owner = null;
        String ticket = null;
        ActionState state = item instanceof TaskListItem task && task.isItemDoneMarker() ? ActionState.DONE
                : ActionState.OPEN;
        java.time.LocalDate due = null;
        Matcher keyed = KEYED.matcher(text);
        while (keyed.find()) {
            String value = keyed.group(2).strip();
            switch (keyed.group(1).toLowerCase(Locale.ROOT)) {
                case "type" -> type = present(value);
                case "owner" -> owner = present(value);
                case "ticket" -> ticket = present(value);
                case "due" -> due = date(value);
                default -> state = ActionState.read(value).orElse(state);
            }
        }
        String description = text;
        Matcher start = KEYED_START.matcher(text);
        if (start.find()) {
            description = text.substring(0, start.start()).strip();
        } else {
            Matcher handle = HANDLE.matcher(text);
            owner = handle.find() ? handle.group() : null;
            Matcher key = TICKET_KEY.matcher(text);
            ticket = key.find() ? key.group() : null;
        }
        String url = first == null ? null : firstLinkIn(first);
        return new ActionItem(item.getStartLineNumber() + 1, description, orDefault(type, groupType), owner,
                ticket, ticket == null ? null : url, state, due);
    }

    /** The first ISO day in the text, or null: due dates are written as YYYY-MM-DD. */
    private static java.time.LocalDate date(String text) {
        Matcher m = DATE.matcher(text);
        if (!m.find()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(m.group(1));
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static String firstLinkIn(Node node) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof com.vladsch.flexmark.ast.Link link) {
                return link.getUrl().toString();
            }
        }
        return null;
    }

    /** Null for an empty cell or a placeholder such as "TBD". */
    static String present(String value) {
        String v = value == null ? "" : value.strip();
        return PLACEHOLDER.matcher(v).matches() ? null : v;
    }

    private static String orDefault(String value, String fallback) {
        return value != null ? value : fallback;
    }
}
