package co.rumbo.interop.dnp;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;

/**
 * A row of "Detalle seguimiento físico": one product indicator of the plan (possibly several SisPT
 * goals added up by DNP), its yearly programming in SisPT and its yearly execution in PIIP.
 *
 * @param rowNumber the 1-based row in the sheet
 * @param goal what the row is about
 * @param indicatorCode MGA product indicator code ("320400100")
 * @param indicatorName MGA product indicator name
 * @param cumulative "Acumulativo": true for "Sí", false for "No", null when blank
 * @param unit "Unidad de Medida"
 * @param fourYearTarget "Meta del Cuatrenio (SisPT)"; null when blank
 * @param programmed "Programado <año> (SisPT)" by year; a blank year is absent
 * @param years the execution years found in the sheet, in ascending order
 */
public record DnpPhysicalRow(
        int rowNumber,
        DnpGoalRef goal,
        String indicatorCode,
        String indicatorName,
        Boolean cumulative,
        String unit,
        BigDecimal fourYearTarget,
        SortedMap<Integer, BigDecimal> programmed,
        List<DnpPhysicalYear> years) {

    public DnpPhysicalRow {
        if (rowNumber < 1) {
            throw new IllegalArgumentException("rowNumber is 1-based: " + rowNumber);
        }
        if (goal == null) {
            throw new IllegalArgumentException("goal is required");
        }
        programmed = DnpYears.copyOf(programmed);
        years = years == null ? List.of() : List.copyOf(years);
    }

    /** The value programmed for {@code year}, or null when blank or not in the file. */
    public BigDecimal programmed(int year) {
        return programmed.get(year);
    }

    /** The execution data of {@code year}, if the sheet has that year. */
    public Optional<DnpPhysicalYear> year(int year) {
        return years.stream().filter(y -> y.year() == year).findFirst();
    }
}
