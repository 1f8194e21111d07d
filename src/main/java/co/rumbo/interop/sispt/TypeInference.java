package co.rumbo.interop.sispt;

import java.math.BigDecimal;
import java.util.List;

/**
 * The programming type given to a goal, and whether it was inferred, for the import report.
 *
 * <p>"Acumulativo" is {@link ProgrammingType#SUMA}, as written. "No acumulativo" does not say which
 * kind of level, so it is inferred from the yearly targets: all equal → CONSTANTE; never falling →
 * CRECIENTE; never rising → DECRECIENTE; rising and falling → CONSTANTE, with a warning. A blank or
 * unknown "Tipo de acumulación" is inferred too: SUMA when the yearly targets add up to the four-year
 * target, otherwise as "No acumulativo". Blank yearly targets count as 0 here (SisPT writes 0 or
 * nothing for a year without target, and the inference must not depend on which).
 *
 * @param sheet the goal's sheet
 * @param code the goal's SisPT code
 * @param row the goal's row
 * @param accumulation "Tipo de acumulación" as written, {@code null} when blank
 * @param type the type given
 * @param inferred whether the type was deduced from the targets rather than read
 * @param reason why, in Spanish, for the import report
 * @param ambiguous whether the targets fit none of the types (rising and falling), so that the type is
 *     a default that a person should confirm
 */
public record TypeInference(
        SisptSheet sheet,
        String code,
        int row,
        String accumulation,
        ProgrammingType type,
        boolean inferred,
        String reason,
        boolean ambiguous) {

    /**
     * The type of a goal.
     *
     * @param series the targets by period in order (four years, or the SGR biennia), blank as 0
     * @param fourYearTarget "Meta del cuatrienio", {@code null} when blank
     */
    public static TypeInference of(
            SisptSheet sheet,
            String code,
            int row,
            String accumulation,
            List<BigDecimal> series,
            BigDecimal fourYearTarget) {
        String kind = Headers.normalize(accumulation);
        if (kind.equals("acumulativo")) {
            return new TypeInference(
                    sheet, code, row, accumulation, ProgrammingType.SUMA, false, "«Acumulativo» es SUMA.", false);
        }
        if (kind.equals("no acumulativo")) {
            return fromShape(sheet, code, row, accumulation, series, "«No acumulativo»");
        }
        String what = accumulation == null
                ? "Tipo de acumulación en blanco"
                : "Tipo de acumulación desconocido («" + accumulation + "»)";
        if (fourYearTarget != null && sum(series).compareTo(fourYearTarget) == 0) {
            return new TypeInference(
                    sheet,
                    code,
                    row,
                    accumulation,
                    ProgrammingType.SUMA,
                    true,
                    what + " y las metas anuales (" + Numbers.format(series) + ") suman la meta del cuatrienio: SUMA.",
                    false);
        }
        return fromShape(sheet, code, row, accumulation, series, what + ";");
    }

    private static TypeInference fromShape(
            SisptSheet sheet, String code, int row, String accumulation, List<BigDecimal> series, String what) {
        String targets = " metas anuales (" + Numbers.format(series) + ")";
        if (allEqual(series)) {
            return new TypeInference(
                    sheet,
                    code,
                    row,
                    accumulation,
                    ProgrammingType.CONSTANTE,
                    true,
                    what + " con" + targets + " iguales: CONSTANTE.",
                    false);
        }
        if (never(series, 1)) {
            return new TypeInference(
                    sheet,
                    code,
                    row,
                    accumulation,
                    ProgrammingType.CRECIENTE,
                    true,
                    what + " con" + targets + " que nunca bajan: CRECIENTE.",
                    false);
        }
        if (never(series, -1)) {
            return new TypeInference(
                    sheet,
                    code,
                    row,
                    accumulation,
                    ProgrammingType.DECRECIENTE,
                    true,
                    what + " con" + targets + " que nunca suben: DECRECIENTE.",
                    false);
        }
        return new TypeInference(
                sheet,
                code,
                row,
                accumulation,
                ProgrammingType.CONSTANTE,
                true,
                what + " con" + targets + " que suben y bajan: no encaja en ningún tipo; se asume CONSTANTE."
                        + " Confírmelo o corríjalo.",
                true);
    }

    private static boolean allEqual(List<BigDecimal> series) {
        return series.stream().allMatch(v -> v.compareTo(series.get(0)) == 0);
    }

    /** Whether the series never goes in the opposite direction of {@code sign}: 1 never falls, -1 never rises. */
    private static boolean never(List<BigDecimal> series, int sign) {
        for (int i = 1; i < series.size(); i++) {
            if (series.get(i).compareTo(series.get(i - 1)) * sign < 0) {
                return false;
            }
        }
        return true;
    }

    static BigDecimal sum(List<BigDecimal> series) {
        return series.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
