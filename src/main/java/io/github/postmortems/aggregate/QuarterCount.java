package io.github.postmortems.aggregate;

/** Incidents in one calendar quarter. */
public record QuarterCount(int year, int quarter, int count) {

    public String label() {
        return year + " Q" + quarter;
    }
}
