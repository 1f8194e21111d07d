package co.rumbo.progress;

import java.math.BigDecimal;

/**
 * The text DNP's seguimiento prints for a goal-year when SisPT's programming is compared with PIIP's
 * execution (progress-rules §7). The first matching constant, in declaration order, applies.
 */
public enum DnpExplanation {
    NO_BPIN("Por falta de código BPIN, no se encontró ejecución en PIIP"),
    NO_EXECUTION_FOUND("No se encontró ejecución en PIIP"),
    NEITHER_PROGRAMMED_NOR_EXECUTED("No se programó ni ejecutó en la vigencia"),
    EXECUTED_WITHOUT_PROGRAMMING("Se ejecutó un producto no programado en la vigencia"),
    NOT_EXECUTED("No se ejecutó en la vigencia"),
    FULLY_EXECUTED("Se ejecutó el 100% de lo programado en la vigencia"),
    BELOW_PROGRAMMED("Lo ejecutado está por debajo de lo programado en la vigencia"),
    ABOVE_PROGRAMMED("Hubo ejecución por encima de lo programado en SisPT");

    private final String text;

    DnpExplanation(String text) {
        this.text = text;
    }

    /** DNP's exact Spanish text. */
    public String text() {
        return text;
    }

    /**
     * DNP's explanation text for a goal-year.
     *
     * @param programmed the year's programming in SisPT; null counts as 0 (nothing programmed)
     * @param executed the year's execution in PIIP; null when no execution was found
     * @param hasBpin whether the goal has a BPIN project code
     */
    public static String of(BigDecimal programmed, BigDecimal executed, boolean hasBpin) {
        return reasonFor(programmed, executed, hasBpin).text();
    }

    /** The rule of §7 that applies, for callers that group or count by reason. */
    public static DnpExplanation reasonFor(BigDecimal programmed, BigDecimal executed, boolean hasBpin) {
        if (executed == null) {
            return hasBpin ? NO_EXECUTION_FOUND : NO_BPIN;
        }
        BigDecimal target = programmed == null ? BigDecimal.ZERO : programmed;
        if (target.signum() == 0) {
            return executed.signum() == 0 ? NEITHER_PROGRAMMED_NOR_EXECUTED : EXECUTED_WITHOUT_PROGRAMMING;
        }
        if (executed.signum() == 0) {
            return NOT_EXECUTED;
        }
        int comparison = executed.compareTo(target);
        if (comparison == 0) {
            return FULLY_EXECUTED;
        }
        return comparison < 0 ? BELOW_PROGRAMMED : ABOVE_PROGRAMMED;
    }
}
