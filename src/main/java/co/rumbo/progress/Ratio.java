package co.rumbo.progress;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

/**
 * An exact fraction of two decimals. Progress figures are kept as fractions so that comparisons
 * with the thresholds are exact (§4: "never rounded before a comparison"); they are turned into
 * decimals only for display.
 */
record Ratio(BigDecimal numerator, BigDecimal denominator) {

    static final Ratio ZERO = new Ratio(BigDecimal.ZERO, BigDecimal.ONE);
    static final Ratio ONE = new Ratio(BigDecimal.ONE, BigDecimal.ONE);

    Ratio {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        if (denominator.signum() == 0) {
            throw new ArithmeticException("Ratio with a zero denominator");
        }
        // A positive denominator lets compareTo cross-multiply without flipping the inequality.
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
    }

    static Ratio of(BigDecimal numerator, BigDecimal denominator) {
        return new Ratio(numerator, denominator);
    }

    int signum() {
        return numerator.signum();
    }

    /** Negative progress (a level that moved away from its target) counts as no progress. */
    Ratio atLeastZero() {
        return signum() < 0 ? ZERO : this;
    }

    /** Exact comparison with a decimal: n/d ≷ x  ⇔  n ≷ x·d, since d > 0. */
    int compareTo(BigDecimal value) {
        return numerator.compareTo(value.multiply(denominator));
    }

    BigDecimal toDecimal() {
        return numerator.divide(denominator, MathContext.DECIMAL128);
    }
}
