package co.rumbo.planning;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A change to a programmed goal of an approved plan: new target, quarters and money, with its reasons. */
public record ModificationRequest(
        UUID goalId,
        BigDecimal target,
        List<BigDecimal> quarters,
        List<BudgetLine> budget,
        String justification,
        String letterReference) {

    public ModificationRequest {
        if (goalId == null) {
            throw new IllegalArgumentException("Falta la meta (goalId)");
        }
        if (justification == null || justification.isBlank()) {
            throw new IllegalArgumentException("La solicitud de modificación necesita una justificación");
        }
        if (letterReference == null || letterReference.isBlank()) {
            throw new IllegalArgumentException("Indique el oficio con el que se pide la modificación");
        }
        justification = justification.strip();
        letterReference = letterReference.strip();
        // Reuses the checks of a programmed decision (four quarters, no negatives).
        GoalDecision d = new GoalDecision(goalId, target, quarters, budget, null);
        if (target == null) {
            throw new IllegalArgumentException("Indique la meta del año modificada");
        }
        quarters = d.quarters();
        budget = d.budget();
    }

    GoalDecision asDecision() {
        return new GoalDecision(goalId, target, quarters, budget, null);
    }
}
