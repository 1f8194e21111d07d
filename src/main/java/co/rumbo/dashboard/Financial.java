package co.rumbo.dashboard;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Money of a goal or a group up to the cut's year: the programmed cost (Plan Plurianual de
 * Inversiones) and the budget execution (apropiación, compromisos, obligaciones, pagos). A
 * {@code null} amount means nothing was recorded, which is not the same as 0.
 */
public record Financial(
        BigDecimal programmedCost,
        BigDecimal appropriation,
        BigDecimal commitments,
        BigDecimal obligations,
        BigDecimal payments) {

    public static final Financial NONE = new Financial(null, null, null, null, null);

    /** Compromisos ÷ costo programado; blank without programmed cost. */
    public BigDecimal commitmentsRatio() {
        return ratio(commitments);
    }

    /** Obligaciones ÷ costo programado; blank without programmed cost. */
    public BigDecimal obligationsRatio() {
        return ratio(obligations);
    }

    /**
     * Budget execution as the treasury measures it: compromisos ÷ apropiación (definitiva); blank
     * without an appropriation recorded (the monthly and quarterly reports' "% ejecutado").
     */
    public BigDecimal executionRatio() {
        if (appropriation == null || appropriation.signum() <= 0) {
            return null;
        }
        return (commitments == null ? BigDecimal.ZERO : commitments).divide(appropriation, MathContext.DECIMAL128);
    }

    /** Whether some money was committed. */
    public boolean hasCommitments() {
        return commitments != null && commitments.signum() > 0;
    }

    /** Whether the plan programmed some cost for the goal up to the cut's year. */
    public boolean hasProgrammedCost() {
        return programmedCost != null && programmedCost.signum() > 0;
    }

    public Financial plus(Financial other) {
        return new Financial(
                add(programmedCost, other.programmedCost),
                add(appropriation, other.appropriation),
                add(commitments, other.commitments),
                add(obligations, other.obligations),
                add(payments, other.payments));
    }

    private BigDecimal ratio(BigDecimal amount) {
        if (!hasProgrammedCost()) {
            return null;
        }
        return (amount == null ? BigDecimal.ZERO : amount).divide(programmedCost, MathContext.DECIMAL128);
    }

    /** Blank plus blank stays blank; blank plus a number is the number. */
    static BigDecimal add(BigDecimal a, BigDecimal b) {
        if (a == null) return b;
        if (b == null) return a;
        return a.add(b);
    }
}
