package co.rumbo.progress;

import java.math.BigDecimal;

/**
 * A child of a group in a roll-up (progress-rules §5).
 *
 * @param weight ponderación, ≥ 0; {@code null} means 1, 0 leaves the child out
 * @param score the child's score, or {@code null} when it has none (goals in states 1–3, groups
 *     without scored children); a goal's raw P may be passed, it is capped to [0, 1]
 */
public record Weighted(BigDecimal weight, BigDecimal score) {

    public Weighted {
        if (weight != null && weight.signum() < 0) {
            throw new IllegalArgumentException("La ponderación no puede ser negativa: " + weight.toPlainString());
        }
    }

    /** A child with the default weight 1. */
    public static Weighted of(BigDecimal score) {
        return new Weighted(null, score);
    }

    BigDecimal effectiveWeight() {
        return weight == null ? BigDecimal.ONE : weight;
    }

    /** Whether the child enters both sums of the weighted mean. */
    boolean counts() {
        return score != null && effectiveWeight().signum() > 0;
    }
}
