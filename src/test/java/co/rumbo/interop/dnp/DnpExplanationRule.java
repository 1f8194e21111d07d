package co.rumbo.interop.dnp;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Test-only transcription of progress-rules.md §7 (DNP's explanation of a yearly figure), used to
 * check the rule against DNP's own files. The product's implementation lives elsewhere
 * ({@code co.rumbo.progress.DnpExplanation}); this one only measures how the files agree with it.
 */
final class DnpExplanationRule {

    private DnpExplanationRule() {}

    /**
     * The text DNP prints for a goal-year of the physical sheet.
     *
     * @param programmed the year's programmed value (SisPT); null is taken as 0
     * @param executed the year's execution (PIIP); null means no execution found
     * @param hasBpin whether the goal has a BPIN code
     */
    static String dnpExplanation(BigDecimal programmed, BigDecimal executed, boolean hasBpin) {
        return explanation(programmed, executed, hasBpin, Wording.PHYSICAL);
    }

    /** The same rule as DNP words it in the financial sheet (CUIPO obligations vs SisPT programming). */
    static String dnpFinancialExplanation(BigDecimal programmed, BigDecimal obligations, boolean hasBpin) {
        return explanation(programmed, obligations, hasBpin, Wording.FINANCIAL);
    }

    /**
     * DNP's "Avance físico (%)": executed ÷ programmed computed in binary floating point and written
     * with 15 significant digits; null when nothing was executed or nothing programmed.
     */
    static BigDecimal dnpProgress(BigDecimal programmed, BigDecimal executed) {
        if (executed == null || programmed == null || programmed.signum() == 0) {
            return null;
        }
        double ratio = executed.doubleValue() / programmed.doubleValue();
        return new BigDecimal(ratio).round(new MathContext(15, RoundingMode.HALF_UP));
    }

    private static String explanation(BigDecimal programmed, BigDecimal executed, boolean hasBpin, Wording wording) {
        BigDecimal target = programmed == null ? BigDecimal.ZERO : programmed;
        if (executed == null) {
            return hasBpin
                    ? "No se encontró ejecución en " + wording.source
                    : "Por falta de código BPIN, no se encontró ejecución en " + wording.source;
        }
        if (target.signum() == 0) {
            return executed.signum() == 0
                    ? "No se programó ni ejecutó en la vigencia"
                    : "Se ejecutó un producto no programado en la vigencia";
        }
        if (executed.signum() == 0) {
            return "No se ejecutó en la vigencia";
        }
        int comparison = executed.compareTo(target);
        if (comparison == 0) {
            return "Se ejecutó el 100% de lo programado en la vigencia";
        }
        return comparison < 0
                ? wording.below + " está por debajo de lo programado en la vigencia"
                : "Hubo ejecución por encima de lo programado en SisPT";
    }

    private enum Wording {
        PHYSICAL("PIIP", "Lo ejecutado"),
        FINANCIAL("CUIPO", "Lo obligado");

        final String source;
        final String below;

        Wording(String source, String below) {
            this.source = source;
            this.below = below;
        }
    }
}
