package co.rumbo.tracking;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A sheet's budget execution for one project (BPIN) and funding source, in COP, year to date at the
 * period's end. Blank (null) figures are not reported.
 *
 * @param programmed the money of the approved action plan for the project and source
 * @param origin OFICINA (typed by the office) or HACIENDA (loaded from the treasury; it wins)
 * @param officeFigures what the office had typed when the treasury's figures replaced it, if different
 * @param cutDate the treasury report's cut date, for HACIENDA figures
 */
public record BudgetLine(
        long id,
        String projectBpin,
        String sourceCode,
        String sourceName,
        BigDecimal programmed,
        BigDecimal appropriation,
        BigDecimal commitments,
        BigDecimal obligations,
        BigDecimal payments,
        String origin,
        Figures officeFigures,
        LocalDate cutDate,
        String updatedBy,
        Instant updatedAt,
        int version) {

    /** Apropiación, compromisos, obligaciones and pagos. */
    public record Figures(
            BigDecimal appropriation, BigDecimal commitments, BigDecimal obligations, BigDecimal payments) {}
}
