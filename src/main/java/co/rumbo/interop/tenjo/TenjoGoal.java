package co.rumbo.interop.tenjo;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A product goal as the workbook defines it. Texts are trimmed, null when blank.
 *
 * @param goalNumber "COD META PRODUCTO", the plan's goal number ("1" to "331"); required
 * @param productCode "PRODUCTO MGA", the MGA product code ("3204001")
 * @param bpin "BPIN" of the project that funds the goal
 * @param projectName "NOMBRE DEL PROYECTO"
 * @param goalText "META DE PRODUCTO"
 * @param indicator "INDICADOR", the goal's own indicator text (SisPT's "Personalización de
 *     Indicador de Producto")
 * @param unit "UNIDAD DE MEDIDA"
 * @param baseline the product's "L.B" (the second "L.B" column; the first is the result goal's),
 *     kept as text because the workbook mixes numbers and sentences
 * @param trend "TENDENCIA INDICADOR" as written: "I" (Incremento, added up like SUMA) or "M"
 *     (Mantenimiento, a level kept like CONSTANTE)
 * @param fourYearTarget "VALOR ESPERADO CUATRIENIO"
 * @param annualTargets "VALOR ESPERADO <año>" by year; a blank year is absent
 */
public record TenjoGoal(
        String goalNumber,
        String productCode,
        String bpin,
        String projectName,
        String goalText,
        String indicator,
        String unit,
        String baseline,
        String trend,
        BigDecimal fourYearTarget,
        SortedMap<Integer, BigDecimal> annualTargets) {

    public TenjoGoal {
        if (goalNumber == null || goalNumber.isBlank()) {
            throw new IllegalArgumentException("goalNumber is required");
        }
        annualTargets = annualTargets == null
                ? Collections.emptySortedMap()
                : Collections.unmodifiableSortedMap(new TreeMap<>(annualTargets));
        if (annualTargets.containsValue(null)) {
            throw new IllegalArgumentException("Leave a blank year out instead of mapping it to null");
        }
    }

    /** The target of {@code year}, or null when blank. */
    public BigDecimal annualTarget(int year) {
        return annualTargets.get(year);
    }
}
