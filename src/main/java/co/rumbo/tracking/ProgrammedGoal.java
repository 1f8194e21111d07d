package co.rumbo.tracking;

import co.rumbo.calendar.Period;
import co.rumbo.calendar.PeriodKind;
import co.rumbo.progress.ProgrammingType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A goal as the approved action plan programs it for a year (view {@code tracking_programmed_goal}):
 * its year's target and quarters. A month's programming is its quarter's value in the quarter's last
 * month and nothing in the other two (never prorated).
 */
record ProgrammedGoal(
        UUID goalId,
        String code,
        String name,
        String unit,
        ProgrammingType type,
        BigDecimal baseline,
        boolean eliminated,
        String programCode,
        String programName,
        BigDecimal target,
        List<BigDecimal> quarters) {

    ProgrammedGoal {
        quarters = java.util.Collections.unmodifiableList(new ArrayList<>(quarters));
    }

    /** The quarter's programming seen from a month before the quarter's last one; null otherwise. */
    ProgressReport.QuarterProgramming quarterAhead(Period period) {
        if (period.kind() != PeriodKind.MONTH || period.number() % 3 == 0) {
            return null;
        }
        int quarter = (period.number() - 1) / 3 + 1;
        BigDecimal value = quarters.get(quarter - 1);
        return value == null
                ? null
                : new ProgressReport.QuarterProgramming(
                        quarter, value, java.time.YearMonth.of(period.year(), quarter * 3));
    }

    /** Programmed in a month or quarter of the plan's year; null when nothing is. */
    BigDecimal programmed(Period period) {
        return switch (period.kind()) {
            case QUARTER -> quarters.get(period.number() - 1);
            case MONTH -> period.number() % 3 == 0 ? quarters.get(period.number() / 3 - 1) : null;
            case YEAR -> target;
        };
    }

    /** The programming of each period of the year of a kind, in order. */
    List<BigDecimal> programmedByPeriod(int year, PeriodKind kind) {
        BigDecimal[] values = new BigDecimal[kind.perYear()];
        for (Period p : Period.ofYear(year).subPeriods(kind)) {
            values[p.number() - 1] = programmed(p);
        }
        return Arrays.asList(values);
    }

    /** Something is programmed in the period, in the sense of the goal's type (progress-rules §2). */
    boolean programmedIn(Period period) {
        BigDecimal value = programmed(period);
        return value != null && (isLevel() || value.signum() > 0);
    }

    boolean isLevel() {
        return type == ProgrammingType.CRECIENTE || type == ProgrammingType.DECRECIENTE;
    }

    /** Units like "%", "Porcentaje", "Porcentaje de cobertura". */
    boolean percent() {
        String u = unit == null ? "" : unit.toLowerCase(Locale.ROOT);
        return u.contains("%") || u.contains("porcentaje");
    }

    /**
     * The plan writes this percentage as a fraction (0.25 = 25 %, as Tenjo's workbook does): every
     * programmed value of the year is at most 1.
     */
    boolean percentAsFraction() {
        if (!percent()) {
            return false;
        }
        List<BigDecimal> all = new ArrayList<>(quarters);
        all.add(target);
        boolean any = false;
        for (BigDecimal v : all) {
            if (v == null) continue;
            if (v.compareTo(BigDecimal.ONE) > 0) return false;
            if (v.signum() > 0) any = true;
        }
        return any;
    }
}
