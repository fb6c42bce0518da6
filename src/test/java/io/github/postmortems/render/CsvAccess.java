package io.github.postmortems.render;

/** Opens the package-private CSV field encoder to tests in other packages. */
public final class CsvAccess {
    private CsvAccess() {
    }

    public static String field(String value) {
        return ActionsCsv.field(value);
    }
}
