package co.rumbo.interop;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What an import of a SisPT file did, or why it did nothing: the JSON answer of the API and the
 * report page. {@code totals} are the product goals' cost columns (ordinary budget) added up exactly
 * by year and by source, not the file's "Total" column.
 */
public record SisptImportReport(
        Outcome outcome,
        OrganizationRef organization,
        PlanRef plan,
        Counts counts,
        Totals totals,
        List<Problem> warnings,
        List<Problem> errors,
        List<InferredType> inferredTypes,
        List<String> eliminatedGoals,
        boolean organizationCreated,
        long millis) {

    /** SAVED: the plan was created or updated; INVALID: validation failed (422); UNREADABLE: not a readable xlsx (400). */
    public enum Outcome {
        SAVED,
        INVALID,
        UNREADABLE
    }

    public record OrganizationRef(UUID id, String daneCode, String name) {}

    public record PlanRef(UUID id, String name) {}

    public record Counts(int strategicLines, int outcomeGoals, int productGoals, int sgrProductGoals) {}

    public record Totals(Map<String, BigDecimal> byYear, Map<String, BigDecimal> bySource, BigDecimal total) {}

    public record Problem(String sheet, Integer row, String column, String message) {}

    public record InferredType(String sisptCode, String accumulation, String type, String reason, boolean ambiguous) {}
}
