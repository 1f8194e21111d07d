package co.rumbo.progress;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A goal programmed by year and followed by month or quarter, seen within the year and over the
 * four-year plan, with the same rules (progress-rules §6); and the consistency check between a
 * year's period programming and its annual target.
 */
public final class YearViews {

    private YearViews() {}

    /** The goal within one year: the series of that year's months or quarters at its cut. */
    public static Evaluation withinYear(Series yearPeriods, int cut, Thresholds thresholds) {
        return yearPeriods.evaluateAt(cut, thresholds);
    }

    /**
     * The series of the plan's years: each year's programmed value is its annual target, its
     * executed value is its V at its cut ({@link PlanYear#value()}).
     */
    public static Series planSeries(
            ProgrammingType type, BigDecimal baseline, boolean eliminated, List<PlanYear> years) {
        Objects.requireNonNull(years, "years");
        List<BigDecimal> programmed = new ArrayList<>(years.size());
        List<BigDecimal> executed = new ArrayList<>(years.size());
        for (PlanYear year : years) {
            programmed.add(year.annualTarget());
            executed.add(year.value());
        }
        return new Series(programmed, executed, type, baseline, eliminated);
    }

    /**
     * The goal over the four-year plan at {@code cutYear} (1-based: the last year that counts,
     * usually the year in progress).
     */
    public static Evaluation overPlan(
            ProgrammingType type,
            BigDecimal baseline,
            boolean eliminated,
            List<PlanYear> years,
            int cutYear,
            Thresholds thresholds) {
        return planSeries(type, baseline, eliminated, years).evaluateAt(cutYear, thresholds);
    }

    /** {@link #consistencyWarning(ProgrammingType, BigDecimal, List)} for a year's series. */
    public static Optional<String> consistencyWarning(BigDecimal annualTarget, Series yearPeriods) {
        return consistencyWarning(yearPeriods.type(), annualTarget, yearPeriods.programmed());
    }

    /**
     * A warning (in Spanish) when a year's monthly or quarterly programming does not add up to
     * (SUMA), end at (CRECIENTE, DECRECIENTE) or equal in every programmed period (CONSTANTE) the
     * annual target; empty when it is consistent. The plan shows it on the goal; nothing is rescaled.
     *
     * @param annualTarget the year's target; null when the year has none
     * @param periodProgramming the programming of the year's periods, nulls for blanks
     */
    public static Optional<String> consistencyWarning(
            ProgrammingType type, BigDecimal annualTarget, List<BigDecimal> periodProgramming) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(periodProgramming, "periodProgramming");
        return switch (type) {
            case SUMA -> sumWarning(blankAsZero(annualTarget), periodProgramming);
            case CONSTANTE -> constantWarning(blankAsZero(annualTarget), periodProgramming);
            case CRECIENTE, DECRECIENTE -> levelWarning(annualTarget, periodProgramming);
        };
    }

    private static Optional<String> sumWarning(BigDecimal annualTarget, List<BigDecimal> periodProgramming) {
        BigDecimal sum =
                periodProgramming.stream().map(YearViews::blankAsZero).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(annualTarget) == 0) {
            return Optional.empty();
        }
        return Optional.of("La programación de los periodos suma %s, pero la meta anual es %s."
                .formatted(SpanishNumbers.format(sum), SpanishNumbers.format(annualTarget)));
    }

    // A level kept all year: every programmed period must hold the annual level itself; a mean that
    // happens to match (5, 7 for 6) still means the periods were programmed for another target.
    private static Optional<String> constantWarning(BigDecimal annualTarget, List<BigDecimal> periodProgramming) {
        List<Integer> programmed = new ArrayList<>();
        for (int i = 0; i < periodProgramming.size(); i++) {
            BigDecimal value = periodProgramming.get(i);
            if (value != null && value.signum() > 0) {
                programmed.add(i);
            }
        }
        if (programmed.isEmpty()) {
            return annualTarget.signum() == 0 ? Optional.empty() : Optional.of(noPeriodProgrammed(annualTarget));
        }
        String different = programmed.stream()
                .filter(i -> periodProgramming.get(i).compareTo(annualTarget) != 0)
                .map(i -> "periodo %d (%s)".formatted(i + 1, SpanishNumbers.format(periodProgramming.get(i))))
                .collect(Collectors.joining(", "));
        if (different.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("Cada periodo programado debe mantener la meta anual de %s, pero difieren: %s."
                .formatted(SpanishNumbers.format(annualTarget), different));
    }

    // A level rising or falling through the year: the last programmed period is where the year ends.
    private static Optional<String> levelWarning(BigDecimal annualTarget, List<BigDecimal> periodProgramming) {
        BigDecimal last = null;
        for (BigDecimal value : periodProgramming) {
            if (value != null) {
                last = value;
            }
        }
        if (annualTarget == null && last == null) {
            return Optional.empty();
        }
        if (annualTarget == null) {
            return Optional.of("La meta no tiene meta anual, pero la programación de los periodos termina en %s."
                    .formatted(SpanishNumbers.format(last)));
        }
        if (last == null) {
            return Optional.of(noPeriodProgrammed(annualTarget));
        }
        if (last.compareTo(annualTarget) == 0) {
            return Optional.empty();
        }
        return Optional.of("La programación de los periodos termina en %s, pero la meta anual es %s."
                .formatted(SpanishNumbers.format(last), SpanishNumbers.format(annualTarget)));
    }

    private static String noPeriodProgrammed(BigDecimal annualTarget) {
        return "Ningún periodo del año tiene programación, pero la meta anual es %s."
                .formatted(SpanishNumbers.format(annualTarget));
    }

    private static BigDecimal blankAsZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
