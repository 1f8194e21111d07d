package co.rumbo.audit;

import java.time.LocalDate;

/** Filters of the audit trail; every field optional. {@code to} is inclusive. */
public record AuditFilter(String actor, String table, LocalDate from, LocalDate to, String record) {

    public AuditFilter {
        actor = blankToNull(actor);
        table = blankToNull(table);
        record = blankToNull(record);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
