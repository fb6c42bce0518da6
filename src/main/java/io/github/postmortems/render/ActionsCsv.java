package io.github.postmortems.render;

import io.github.postmortems.model.TicketLinks;
import io.github.postmortems.aggregate.ActionRow;
import io.github.postmortems.aggregate.Catalog;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** {@code actions.csv}: every action item for spreadsheets, RFC 4180 (quoted fields, CRLF line ends). */
final class ActionsCsv {

    private ActionsCsv() {
    }

    /** Writes the file row by row: an archive's action items can be hundreds of thousands. */
    static void write(Catalog catalog, TicketLinks tickets, ReviewView review, Writer out) throws IOException {
        StringBuilder csv = new StringBuilder();
        row(csv, List.of("system", "action_item", "type", "owner", "ticket", "ticket_url", "status", "postmortem",
                "incident_date", "age_days", "page", "due"));
        for (ActionRow a : catalog.actions()) {
            String link = tickets.of(a.item());
            row(csv, List.of(a.postmortem().system(), a.item().description(), orEmpty(a.item().type()),
                    orEmpty(a.item().owner()), orEmpty(a.item().ticket()), orEmpty(link),
                    a.item().state().label(), a.postmortem().title(), a.postmortem().dateText(),
                    a.item().done() ? "" : Long.toString(review.ageDays(a.postmortem())), a.postmortem().pagePath(),
                    a.item().due() == null ? "" : a.item().due().toString()));
            out.append(csv);
            csv.setLength(0);
        }
        out.append(csv);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static void row(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(fields.get(i)));
        }
        csv.append("\r\n");
    }

    /**
     * Quotes every field that needs it. A cell a spreadsheet could read as a formula (one starting with =, +, -, @,
     * a tab or a carriage return) gets a leading apostrophe, as OWASP advises: "-5" and "@mira" included, since
     * spreadsheets differ in what they run.
     */
    static String field(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.indexOf('"') >= 0 || v.indexOf(',') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
