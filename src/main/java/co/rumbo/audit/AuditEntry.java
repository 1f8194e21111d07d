package co.rumbo.audit;

import java.time.Instant;

/** One recorded change: a row inserted (I), updated (U) or deleted (D), with its before and after. */
public record AuditEntry(
        long id,
        String tableName,
        String rowId,
        String operation,
        String before,
        String after,
        String actor,
        Instant at) {

    public String operationLabel() {
        return switch (operation) {
            case "I" -> "Creación";
            case "U" -> "Cambio";
            case "D" -> "Borrado";
            default -> operation;
        };
    }
}
