package co.rumbo.progress;

import java.math.BigDecimal;

/**
 * One year of a four-year plan (progress-rules §6): its target from the Plan Indicativo and, once it
 * is followed, the series of its months or quarters with the cut reached in it.
 *
 * @param annualTarget the year's target in the Plan Indicativo; null when the year has none
 * @param periods the year's months or quarters; null while the year is not followed yet
 * @param cut closed periods of the year: 0 while none is, {@code periods.periods()} for a closed year
 */
public record PlanYear(BigDecimal annualTarget, Series periods, int cut) {

    public PlanYear {
        int available = periods == null ? 0 : periods.periods();
        if (cut < 0 || cut > available) {
            throw new InvalidSeriesException(
                    "El corte %d del año está fuera de sus %d periodos.".formatted(cut, available));
        }
    }

    /** A year not followed yet: it contributes its target, and a blank execution. */
    public static PlanYear notStarted(BigDecimal annualTarget) {
        return new PlanYear(annualTarget, null, 0);
    }

    /** A closed year: its value is V at its last period. */
    public static PlanYear closed(BigDecimal annualTarget, Series periods) {
        return new PlanYear(annualTarget, periods, periods.periods());
    }

    /** The year in progress, with {@code cut} of its periods closed. */
    public static PlanYear inProgress(BigDecimal annualTarget, Series periods, int cut) {
        return new PlanYear(annualTarget, periods, cut);
    }

    /** The year's executed value in the four-year series: its V at its cut; null when it has none. */
    public BigDecimal value() {
        if (periods == null || cut == 0) {
            return null;
        }
        return periods.valueAt(cut).orElse(null);
    }
}
