package co.rumbo.tracking;

import co.rumbo.calendar.PeriodKind;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;

/**
 * A goal's executed value for a whole year, as Rumbo knows it (see {@link GoalValueSet#executedInYear}).
 *
 * @param executed the value; never null (a year with nothing reported has no YearExecution)
 * @param from {@link PeriodKind#YEAR} when the year has its own row, otherwise the kind of the
 *     periods it was derived from
 * @param sources where the values it comes from were taken
 */
public record YearExecution(int year, BigDecimal executed, PeriodKind from, Set<ValueSource> sources) {

    public YearExecution {
        Objects.requireNonNull(executed, "executed");
        Objects.requireNonNull(from, "from");
        sources = Set.copyOf(sources);
    }
}
