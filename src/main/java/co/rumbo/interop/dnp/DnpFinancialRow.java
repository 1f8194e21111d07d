package co.rumbo.interop.dnp;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;

/**
 * A row of "Detalle seguimiento financiero": one product of the plan (possibly several SisPT goals
 * added up by DNP), its yearly financial programming in SisPT and its execution in CUIPO.
 *
 * @param rowNumber the 1-based row in the sheet
 * @param goal what the row is about
 * @param productDescription "Descripción del Producto (MGA)"
 * @param fourYearProgrammed "Programación Cuatrienio SisPT", COP; null when blank
 * @param programmed "Programado <año> (SisPT)" by year, COP; a blank year is absent
 * @param years the execution years found in the sheet, in ascending order
 */
public record DnpFinancialRow(
        int rowNumber,
        DnpGoalRef goal,
        String productDescription,
        BigDecimal fourYearProgrammed,
        SortedMap<Integer, BigDecimal> programmed,
        List<DnpFinancialYear> years) {

    public DnpFinancialRow {
        if (rowNumber < 1) {
            throw new IllegalArgumentException("rowNumber is 1-based: " + rowNumber);
        }
        if (goal == null) {
            throw new IllegalArgumentException("goal is required");
        }
        programmed = DnpYears.copyOf(programmed);
        years = years == null ? List.of() : List.copyOf(years);
    }

    /** The amount programmed for {@code year}, or null when blank or not in the file. */
    public BigDecimal programmed(int year) {
        return programmed.get(year);
    }

    /** The execution data of {@code year}, if the sheet has that year. */
    public Optional<DnpFinancialYear> year(int year) {
        return years.stream().filter(y -> y.year() == year).findFirst();
    }
}
