package co.rumbo.tracking;

import java.math.BigDecimal;

/**
 * What a person sets for a goal and period: the programmed and the executed value, each ≥ 0 or
 * blank (null). Blank is not 0 (progress-rules §1): a blank executed value means "not reported".
 */
public record ValueEntry(BigDecimal programmed, BigDecimal executed) {

    public ValueEntry {
        programmed = GoalValueRules.nonNegative(programmed, "programado");
        executed = GoalValueRules.nonNegative(executed, "ejecutado");
        if (programmed == null && executed == null) {
            throw new IllegalArgumentException("Indique el valor programado, el ejecutado o ambos.");
        }
    }
}
