package co.rumbo.tracking;

import co.rumbo.calendar.Period;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

/** One goal-period value of a batch load ({@link GoalValues#replaceSource}); blanks are null. */
public record ValueWrite(UUID goalId, Period period, BigDecimal programmed, BigDecimal executed) {

    public ValueWrite {
        Objects.requireNonNull(goalId, "goalId");
        Objects.requireNonNull(period, "period");
        GoalValueRules.nonNegative(programmed, "programado");
        GoalValueRules.nonNegative(executed, "ejecutado");
    }
}
