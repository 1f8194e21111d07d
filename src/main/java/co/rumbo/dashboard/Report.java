package co.rumbo.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One generated version of a report: what it covers, who generated it and when, its files (by SHA-256)
 * and, for a quarterly report, its validation by the mayor's office and its sending to the offices. A
 * version never changes; generating again adds the next number.
 *
 * @param period the period the report covers ({@code 2026-03} or {@code 2026-Q1})
 * @param cut the last month that counts ({@code 2026-03}), the tablero's cut
 * @param number the version: 1, 2, … per organization, kind and period
 * @param latest whether no later version of the same kind and period exists
 * @param version the row's version for optimistic locking of validate and send
 */
public record Report(
        UUID id,
        ReportKind kind,
        String period,
        String cut,
        int number,
        boolean latest,
        UUID planId,
        String planName,
        Summary summary,
        String pdfSha256,
        int pdfSize,
        String xlsxSha256,
        int xlsxSize,
        String generatedBy,
        Instant generatedAt,
        String validatedBy,
        Instant validatedAt,
        String sentBy,
        Instant sentAt,
        int version) {

    public Report {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * The headline figures of the report, kept with it for lists and the API.
     *
     * @param progressToCut the plan's progress to date (avance a la fecha), a ratio
     * @param progressTotal the plan's progress on the four-year total, a ratio
     * @param offices offices with a capture sheet in the report's periods
     * @param notReported sheets recorded as not reported in those periods
     * @param alerts inconsistencies listed (quarterly report; 0 in the monthly one)
     */
    public record Summary(
            BigDecimal progressToCut,
            BigDecimal progressTotal,
            String trafficLight,
            int goals,
            int lagging,
            int offices,
            int notReported,
            int alerts,
            BigDecimal appropriation,
            BigDecimal commitments,
            BigDecimal obligations,
            BigDecimal payments) {}

    public boolean validated() {
        return validatedAt != null;
    }

    public boolean sent() {
        return sentAt != null;
    }

    /** {@code informe-trimestral-25799-2026-Q1-v2.pdf}. */
    public String fileName(String daneCode, String extension) {
        return "informe-%s-%s-%s-v%d.%s"
                .formatted(kind == ReportKind.MENSUAL ? "mensual" : "trimestral", daneCode, period, number, extension);
    }
}
