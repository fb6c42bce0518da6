package io.github.postmortems.parse;

import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads a GFM table as a header and rows of cells, finding columns by the names authors use. */
final class Tables {

    /** A cell's plain text and the first link in it, if any. */
    record Cell(String text, String url) {
    }

    record Row(int line, List<Cell> cells) {
        Cell cell(int column) {
            return column >= 0 && column < cells.size() ? cells.get(column) : new Cell("", null);
        }
    }

    private Tables() {
    }

    static List<String> header(TableBlock table) {
        List<String> names = new ArrayList<>();
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            if (section instanceof TableHead) {
                Node row = section.getFirstChild();
                if (row instanceof TableRow) {
                    for (Node c = row.getFirstChild(); c != null; c = c.getNext()) {
                        names.add(Vocabulary.normalise(Markdown.text(c)));
                    }
                }
                break;
            }
        }
        return names;
    }

    static List<Row> rows(TableBlock table) {
        List<Row> rows = new ArrayList<>();
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            if (!(section instanceof TableBody)) {
                continue;
            }
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                List<Cell> cells = new ArrayList<>();
                for (Node c = row.getFirstChild(); c != null; c = c.getNext()) {
                    if (c instanceof TableCell) {
                        cells.add(new Cell(Markdown.text(c), firstLink(c)));
                    }
                }
                rows.add(new Row(row.getStartLineNumber() + 1, cells));
            }
        }
        return rows;
    }

    /** The first column whose normalised name is one of {@code names}, or -1. */
    static int column(List<String> header, Map<String, Boolean> names) {
        for (int i = 0; i < header.size(); i++) {
            if (names.containsKey(header.get(i))) {
                return i;
            }
        }
        for (int i = 0; i < header.size(); i++) {
            for (String n : names.keySet()) {
                if (header.get(i).startsWith(n + " ")) { // "time (utc)", "owner(s)"
                    return i;
                }
            }
        }
        return -1;
    }

    static Map<String, Boolean> names(String... names) {
        Map<String, Boolean> m = new java.util.HashMap<>();
        for (String n : names) {
            m.put(n, Boolean.TRUE);
        }
        return m;
    }

    private static String firstLink(Node node) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Link link) {
                return link.getUrl().toString();
            }
            String inner = firstLink(n);
            if (inner != null) {
                return inner;
            }
        }
        return null;
    }
}
