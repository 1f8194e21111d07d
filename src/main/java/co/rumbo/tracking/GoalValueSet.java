package co.rumbo.tracking;

import co.rumbo.calendar.Period;
import co.rumbo.calendar.PeriodKind;
import co.rumbo.progress.ProgrammingType;
import co.rumbo.progress.Series;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Everything tracked for one goal: its values by period (years, quarters, months; sorted by year,
 * then year before quarters before months, then number) and its budget execution by year.
 */
public record GoalValueSet(UUID goalId, List<PeriodValue> values, List<BudgetExecution> budgets) {

    private static final Comparator<Period> ORDER =
            Comparator.comparingInt(Period::year).thenComparing(Period::kind).thenComparingInt(Period::number);

    public GoalValueSet {
        Objects.requireNonNull(goalId, "goalId");
        values = values.stream()
                .sorted(Comparator.comparing(PeriodValue::period, ORDER))
                .toList();
        budgets = budgets.stream()
                .sorted(Comparator.comparingInt(BudgetExecution::year))
                .toList();
    }

    /** A goal with nothing tracked yet. */
    public static GoalValueSet empty(UUID goalId) {
        return new GoalValueSet(goalId, List.of(), List.of());
    }

    public Optional<PeriodValue> value(Period period) {
        return values.stream().filter(v -> v.period().equals(period)).findFirst();
    }

    /** The values of periods of one kind, in order. */
    public List<PeriodValue> ofKind(PeriodKind kind) {
        return values.stream().filter(v -> v.period().kind() == kind).toList();
    }

    /** The values of a year's periods of one kind (its quarters, its months), in order. */
    public List<PeriodValue> withinYear(int year, PeriodKind kind) {
        return values.stream()
                .filter(v -> v.period().kind() == kind && v.period().year() == year)
                .toList();
    }

    public Optional<BudgetExecution> budget(int year) {
        return budgets.stream().filter(b -> b.year() == year).findFirst();
    }

    /**
     * The executed value of a whole year (progress-rules §6): the year's own value when it has one;
     * otherwise V at the end of the year from its quarters (or, without quarters, its months),
     * computed by the progress engine for the goal's programming type. Empty when nothing is
     * reported for the year: "not reported" must stay distinct from 0.
     */
    public Optional<YearExecution> executedInYear(int year, ProgrammingType type) {
        Objects.requireNonNull(type, "type");
        Optional<PeriodValue> own = value(Period.ofYear(year)).filter(v -> v.executed() != null);
        if (own.isPresent()) {
            return Optional.of(new YearExecution(
                    year,
                    own.get().executed(),
                    PeriodKind.YEAR,
                    Set.of(own.get().source())));
        }
        for (PeriodKind kind : List.of(PeriodKind.QUARTER, PeriodKind.MONTH)) {
            List<PeriodValue> reported = withinYear(year, kind).stream()
                    .filter(v -> v.executed() != null)
                    .toList();
            if (!reported.isEmpty()) {
                return derived(year, kind, type, reported);
            }
        }
        return Optional.empty();
    }

    private Optional<YearExecution> derived(int year, PeriodKind kind, ProgrammingType type, List<PeriodValue> any) {
        List<BigDecimal> programmed = new ArrayList<>();
        List<BigDecimal> executed = new ArrayList<>();
        for (Period period : Period.ofYear(year).subPeriods(kind)) {
            Optional<PeriodValue> v = value(period);
            programmed.add(v.map(PeriodValue::programmed).orElse(null));
            executed.add(v.map(PeriodValue::executed).orElse(null));
        }
        // V of a level goal is the last reported value whatever its baseline (§2), and CRECIENTE
        // accepts any target above 0: it stands in for DECRECIENTE, whose series needs a baseline.
        ProgrammingType formula = type == ProgrammingType.DECRECIENTE ? ProgrammingType.CRECIENTE : type;
        Series series = Series.of(formula, null, programmed, executed);
        Set<ValueSource> sources = EnumSet.noneOf(ValueSource.class);
        any.forEach(v -> sources.add(v.source()));
        return series.valueAt(series.periods()).map(value -> new YearExecution(year, value, kind, sources));
    }
}
