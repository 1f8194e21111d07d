package co.rumbo.progress;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Scores of groups (program, sector, line, dependency, plan, process…) from their children
 * (progress-rules §5). For a whole tree with state counts, see {@link RollUpTree}.
 */
public final class RollUp {

    private RollUp() {}

    /**
     * score(group) = Σ w·score / Σ w over the children that have a score and a weight above 0; each
     * score is capped to [0, 1] first (a no-op for group scores, the §5 cap for goals' raw P). Empty
     * when no child counts: the group then has no score and is left out of its own parent.
     */
    public static Optional<BigDecimal> score(List<Weighted> children) {
        Objects.requireNonNull(children, "children");
        BigDecimal weightedSum = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (Weighted child : children) {
            if (child.counts()) {
                weightedSum = weightedSum.add(child.effectiveWeight().multiply(cap(child.score())));
                weights = weights.add(child.effectiveWeight());
            }
        }
        if (weights.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(weightedSum.divide(weights, MathContext.DECIMAL128));
    }

    /** A goal's progress as a score: capped to [0, 1], so over-execution cannot hide a late goal. */
    public static BigDecimal cap(BigDecimal progress) {
        if (progress.signum() < 0) {
            return BigDecimal.ZERO;
        }
        return progress.compareTo(BigDecimal.ONE) > 0 ? BigDecimal.ONE : progress;
    }
}
