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

    /** Trailing zeros of numeric(20,6) columns say nothing: 10.000000 is 10. */
    static BigDecimal strip(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
