package co.rumbo.tracking;

import java.math.BigDecimal;

/** Checks shared by the records of this module. */
final class GoalValueRules {

    private GoalValueRules() {}

    static BigDecimal nonNegative(BigDecimal value, String what) {
        if (value != null && value.signum() < 0) {
            throw new IllegalArgumentException(
                    "El valor " + what + " no puede ser negativo (" + value.toPlainString() + ").");
        }
        return value;
    }
}
