package co.rumbo.interop.tenjo;

import java.math.BigDecimal;

/**
 * A quarter's planned and executed values ("T1. PLANEADO 2024", "T1. EJECUTADO 2024"…), exact, in
 * the goal's unit. The workbook writes percentages as fractions: 0.25 is 25 %.
 *
 * @param year the year
 * @param quarter 1 to 4
 * @param planned null when blank
 * @param executed null when blank (not reported)
 */
public record TenjoQuarter(int year, int quarter, BigDecimal planned, BigDecimal executed) {

    public TenjoQuarter {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter is 1 to 4: " + quarter);
        }
        if (year < 2000 || year > 2100) {
            throw new IllegalArgumentException("Implausible year: " + year);
        }
    }
}
