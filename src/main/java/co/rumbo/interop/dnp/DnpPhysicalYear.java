package co.rumbo.interop.dnp;

import java.math.BigDecimal;

/**
 * One year of a physical row: PIIP's execution, DNP's progress and DNP's explanation.
 *
 * @param year the year ("vigencia")
 * @param executed "Ejecución Física (PIIP)"; null when blank, which DNP uses for "no execution
 *     found in PIIP" (distinct from 0)
 * @param progress "Avance físico (%)" as a ratio (1 = 100 %); null when blank
 * @param explanation "Explicación del valor", DNP's text; null when blank
 */
public record DnpPhysicalYear(int year, BigDecimal executed, BigDecimal progress, String explanation) {

    public DnpPhysicalYear {
        DnpYears.requirePlausible(year);
    }
}
