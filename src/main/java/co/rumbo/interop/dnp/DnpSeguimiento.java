package co.rumbo.interop.dnp;

import java.time.LocalDate;
import java.util.List;

/**
 * The content of one DNP "Informe de Seguimiento al PDT" file.
 *
 * @param dane the entity's DANE code, taken from the file name ({@code Alertas-25799.xlsx}); the
 *     workbook itself does not carry it. Null when the name does not tell
 * @param entityName the entity as DNP names it on "Resumen" ("Tenjo, Cundinamarca"); null if absent
 * @param planName the development plan's name on "Resumen"; null if absent
 * @param cutDate the date of "Informe generado con información de SisPT al: …"; null if absent
 * @param physicalRows the rows of "Detalle seguimiento físico", in file order
 * @param financialRows the rows of "Detalle seguimiento financiero", in file order
 */
public record DnpSeguimiento(
        String dane,
        String entityName,
        String planName,
        LocalDate cutDate,
        List<DnpPhysicalRow> physicalRows,
        List<DnpFinancialRow> financialRows) {

    public DnpSeguimiento {
        if (dane != null && !dane.matches("\\d{2}|\\d{5}")) {
            throw new IllegalArgumentException("A DANE code has 2 (department) or 5 digits: " + dane);
        }
        physicalRows = physicalRows == null ? List.of() : List.copyOf(physicalRows);
        financialRows = financialRows == null ? List.of() : List.copyOf(financialRows);
    }
}
