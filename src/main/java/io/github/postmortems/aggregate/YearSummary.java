package io.github.postmortems.aggregate;

import io.github.postmortems.model.Summary;

import java.util.List;

/** A year's postmortems grouped by month, newest month first. */
public record YearSummary(int year, List<MonthGroup> months) {

    public YearSummary {
        months = List.copyOf(months);
    }

    /** One month of a year, its postmortems newest first. */
    public record MonthGroup(int month, String name, List<Summary> postmortems) {
        public MonthGroup {
            postmortems = List.copyOf(postmortems);
        }
    }

    public int count() {
        return months.stream().mapToInt(m -> m.postmortems().size()).sum();
    }

    public String pagePath() {
        return year + "/index.html";
    }
}
