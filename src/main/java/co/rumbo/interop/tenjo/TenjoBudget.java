package co.rumbo.interop.tenjo;

import java.math.BigDecimal;

/**
 * A year's budget execution of a goal, in COP, as the workbook has it. A null amount is a blank
 * cell, or a column the workbook does not have for that year (2024 has no initial appropriation
 * and no payments).
 *
 * @param year the year
 * @param initialAppropriation "APROPIACION INICIAL <año>"
 * @param appropriation "APROPIACION DEFINITIVA <año>", or "APROPIACION <año>" when the year has only
 *     one appropriation column
 * @param commitments "COMPROMISOS <año>"
 * @param payments "PAGOS <año>"
 */
public record TenjoBudget(
        int year,
        BigDecimal initialAppropriation,
        BigDecimal appropriation,
        BigDecimal commitments,
        BigDecimal payments) {

    public TenjoBudget {
        if (year < 2000 || year > 2100) {
            throw new IllegalArgumentException("Implausible year: " + year);
        }
    }
}
