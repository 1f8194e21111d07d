package co.rumbo.tracking;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

/** One goal-year budget execution of a batch load ({@link GoalValues#replaceSource}); blanks are null. */
public record BudgetWrite(
        UUID goalId,
        int year,
        BigDecimal appropriation,
        BigDecimal commitments,
        BigDecimal obligations,
        BigDecimal payments) {

    public BudgetWrite {
        Objects.requireNonNull(goalId, "goalId");
        if (year < 2000 || year > 2100) {
            throw new IllegalArgumentException("Año fuera de rango: " + year);
        }
        GoalValueRules.nonNegative(appropriation, "de la apropiación");
        GoalValueRules.nonNegative(commitments, "de los compromisos");
        GoalValueRules.nonNegative(obligations, "de las obligaciones");
        GoalValueRules.nonNegative(payments, "de los pagos");
    }
}
