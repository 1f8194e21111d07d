package co.rumbo.interop.dnp;

import java.math.BigDecimal;

/**
 * One year of a financial row, as CUIPO reports it. Blank amounts (null) mean DNP found no
 * execution in CUIPO, distinct from 0.
 *
 * @param year the year ("vigencia")
 * @param commitments "Compromisos (CUIPO)", COP
 * @param obligations "Obligaciones (CUIPO)", COP
 * @param payments "Pagos (CUIPO)", COP
 * @param obligationsRatio "Obligaciones como % de lo programado" as a ratio (1 = 100 %)
 * @param explanation "Explicación del valor", DNP's text; null when blank
 */
public record DnpFinancialYear(
        int year,
        BigDecimal commitments,
        BigDecimal obligations,
        BigDecimal payments,
        BigDecimal obligationsRatio,
        String explanation) {

    public DnpFinancialYear {
        DnpYears.requirePlausible(year);
    }
}
