package co.rumbo.planning;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * An office's decision on one goal of the Plan Indicativo: programmed (year's target, four quarters,
 * money by project and source) or not programmed this year, with a reason. A null target means "the
 * Plan Indicativo's".
 */
public record GoalDecision(
        UUID goalId,
        BigDecimal target,
        List<BigDecimal> quarters,
        List<BudgetLine> budget,
        String notProgrammedReason) {

    public GoalDecision {
        Objects.requireNonNull(goalId, "Falta la meta (goalId)");
        notProgrammedReason =
                notProgrammedReason == null || notProgrammedReason.isBlank() ? null : notProgrammedReason.strip();
        budget = budget == null ? List.of() : List.copyOf(budget);
        if (notProgrammedReason != null) {
            if (target != null || (quarters != null && !quarters.isEmpty()) || !budget.isEmpty()) {
                throw new IllegalArgumentException(
                        "Una meta no programada lleva solo la razón: sin meta, trimestres ni presupuesto");
            }
            quarters = List.of();
        } else {
            if (quarters == null || quarters.size() != 4) {
                throw new IllegalArgumentException(
                        "La programación trimestral debe tener cuatro valores (q1 a q4); use 0 para un trimestre sin"
                                + " programación, o indique notProgrammedReason si la meta no se programa");
            }
            quarters = Collections.unmodifiableList(new ArrayList<>(quarters));
            for (BigDecimal q : quarters) {
                if (q == null || q.signum() < 0) {
                    throw new IllegalArgumentException("Los trimestres deben ser números mayores o iguales a cero");
                }
            }
            if (target != null && target.signum() < 0) {
                throw new IllegalArgumentException("La meta del año no puede ser negativa");
            }
        }
    }

    public static GoalDecision notProgrammed(UUID goalId, String reason) {
        return new GoalDecision(goalId, null, null, List.of(), reason);
    }

    public boolean programmed() {
        return notProgrammedReason == null;
    }
}
