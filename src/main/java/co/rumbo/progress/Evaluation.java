package co.rumbo.progress;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A goal evaluated at a cut (progress-rules §2–§4). Derived, never stored: recompute it from the
 * series whenever a figure is needed. A {@code null} figure is undefined (shown blank), which is
 * not the same as 0.
 *
 * @param targetToCut T, the target up to the cut
 * @param valueToCut V, the value reached up to the cut
 * @param progressToCut P, avance a la fecha (not capped: 1.4 is 140 %)
 * @param targetTotal TT, the target of the whole series
 * @param progressTotal PT, avance sobre la meta total
 * @param state the first matching rule of §4
 * @param trafficLight the colour that goes with the state
 */
public record Evaluation(
        BigDecimal targetToCut,
        BigDecimal valueToCut,
        BigDecimal progressToCut,
        BigDecimal targetTotal,
        BigDecimal progressTotal,
        GoalState state,
        TrafficLight trafficLight) {

    public Evaluation {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(trafficLight, "trafficLight");
        if (state.isScored() == (progressToCut == null)) {
            throw new IllegalArgumentException(
                    "A goal has a progress figure exactly when its state is scored: " + state);
        }
    }

    /** An evaluation without figures (eliminated, or nothing programmed up to the cut). */
    static Evaluation withoutFigures(GoalState state) {
        return new Evaluation(null, null, null, null, null, state, TrafficLight.GRIS);
    }

    /** Rezagada: NO_INICIADA or ATRASADA. */
    public boolean isLagging() {
        return state.isLagging();
    }

    /** Whether the goal shows figures at this cut (states 4–8). */
    public boolean hasFigures() {
        return state.isScored();
    }

    /**
     * The goal's score for a roll-up (§5): P or PT capped to [0, 1]; empty for states 1–3, which are
     * left out of every group.
     */
    public Optional<BigDecimal> score(ProgressView view) {
        BigDecimal progress = view == ProgressView.TOTAL ? progressTotal : progressToCut;
        return Optional.ofNullable(progress).map(RollUp::cap);
    }
}
