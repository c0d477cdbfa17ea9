package app.rapport.relationships;

/** Which connections the review lists by their keep: HIDE the kept ones (the default), INCLUDE them, or ONLY them. */
public enum KeptFilter {
    HIDE("AND r.kept_at IS NULL"), INCLUDE(""), ONLY("AND r.kept_at IS NOT NULL");

    final String sql;

    KeptFilter(String sql) {
        this.sql = sql;
    }
}
