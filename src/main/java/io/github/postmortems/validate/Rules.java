package io.github.postmortems.validate;

import io.github.postmortems.Problem;
import io.github.postmortems.parse.Postmortem;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Checks a postmortem against the archive's conventions. Pure: a postmortem in, findings out. */
public final class Rules {

    private Rules() {
    }

    public static List<Problem> check(Postmortem p) {
        List<Problem> problems = new ArrayList<>();
        dateMatchesFileName(p, problems);
        return problems;
    }

    /** The file's folder and month prefix say when it happened; the Date must agree, or lists lie. */
    static void dateMatchesFileName(Postmortem p, List<Problem> problems) {
        if (p.date() == null) {
            return;
        }
        if (p.date().getYear() != p.year() || p.date().getMonthValue() != p.month()) {
            problems.add(Problem.error(p.sourcePath(), p.lineOf("date"), "date-mismatch",
                    String.format(Locale.ROOT,
                            "Date %s is in %d-%02d but the file name says %d-%02d; fix the Date or move the file",
                            p.date(), p.date().getYear(), p.date().getMonthValue(), p.year(), p.month())));
        }
    }
}
