package co.rumbo.tracking;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The budget execution of a project and funding source, in COP, year to date at the period's end.
 * Blank (null) figures are not reported. Each figure is ≥ 0 and, when both are given, compromisos ≤
 * apropiación, obligaciones ≤ compromisos and pagos ≤ obligaciones.
 *
 * @param version the line's version the person saw (optimistic locking); ignored for the treasury
 */
public record BudgetEntry(
        String projectBpin,
        String sourceCode,
        BigDecimal appropriation,
        BigDecimal commitments,
        BigDecimal obligations,
        BigDecimal payments,
        Integer version) {

    public BudgetEntry {
        Objects.requireNonNull(projectBpin, "projectBpin");
        Objects.requireNonNull(sourceCode, "sourceCode");
        projectBpin = projectBpin.strip();
        sourceCode = sourceCode.strip();
        check(appropriation, "La apropiación");
        check(commitments, "Los compromisos");
        check(obligations, "Las obligaciones");
        check(payments, "Los pagos");
        order(commitments, appropriation, "Los compromisos", "la apropiación");
        order(obligations, commitments, "Las obligaciones", "los compromisos");
        order(payments, obligations, "Los pagos", "las obligaciones");
    }

    private static void check(BigDecimal value, String what) {
        if (value == null) return;
        if (value.signum() < 0) {
            throw new CaptureValidationException(
                    "budget", what + ": no se admiten valores negativos (" + value.toPlainString() + ").");
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw new CaptureValidationException("budget", what + ": los valores en pesos admiten hasta 2 decimales.");
        }
        if (value.compareTo(new BigDecimal("999999999999999999")) > 0) {
            throw new CaptureValidationException("budget", what + ": el valor es demasiado grande.");
        }
    }

    private static void order(BigDecimal lower, BigDecimal upper, String lowerName, String upperName) {
        if (lower != null && upper != null && lower.compareTo(upper) > 0) {
            throw new CaptureValidationException("budget", lowerName + " no pueden superar " + upperName + ".");
        }
    }

    BudgetLine.Figures figures() {
        return new BudgetLine.Figures(appropriation, commitments, obligations, payments);
    }
}
