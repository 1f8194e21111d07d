package co.rumbo.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import co.rumbo.calendar.Period;
import co.rumbo.calendar.PeriodKind;
import co.rumbo.progress.ProgrammingType;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class GoalValueSetTest {

    private static final UUID GOAL = UUID.randomUUID();

    private static PeriodValue value(String period, String programmed, String executed, ValueSource source) {
        return new PeriodValue(
                Period.parse(period),
                programmed == null ? null : new BigDecimal(programmed),
                executed == null ? null : new BigDecimal(executed),
                source,
                0,
                null);
    }

    @Test
    void sortsYearsBeforeTheirQuartersAndMonths() {
        GoalValueSet set = new GoalValueSet(
                GOAL,
                List.of(
                        value("2025-02", "1", "1", ValueSource.MANUAL),
                        value("2025-Q1", "1", "1", ValueSource.MANUAL),
                        value("2025", "1", "1", ValueSource.MANUAL),
                        value("2024-Q4", "1", "1", ValueSource.MANUAL)),
                List.of());

        assertThat(set.values())
                .extracting(v -> v.period().toString())
                .containsExactly("2024-Q4", "2025", "2025-Q1", "2025-02");
        assertThat(set.withinYear(2025, PeriodKind.QUARTER)).hasSize(1);
    }

    @Test
    void takesTheYearsOwnValueFirst() {
        GoalValueSet set = new GoalValueSet(
                GOAL,
                List.of(value("2025", null, "7", ValueSource.DNP), value("2025-Q1", "2", "2", ValueSource.MUNICIPIO)),
                List.of());

        YearExecution year = set.executedInYear(2025, ProgrammingType.SUMA).orElseThrow();

        assertThat(year.executed()).isEqualByComparingTo("7");
        assertThat(year.from()).isEqualTo(PeriodKind.YEAR);
        assertThat(year.sources()).containsExactly(ValueSource.DNP);
    }

    @Test
    void addsUpTheQuartersOfASumGoal() {
        GoalValueSet set = new GoalValueSet(
                GOAL,
                List.of(
                        value("2024-Q1", "1", "1", ValueSource.MUNICIPIO),
                        value("2024-Q2", "1", null, ValueSource.MUNICIPIO),
                        value("2024-Q3", "1", "0.5", ValueSource.MUNICIPIO)),
                List.of());

        YearExecution year = set.executedInYear(2024, ProgrammingType.SUMA).orElseThrow();

        assertThat(year.executed()).isEqualByComparingTo("1.5");
        assertThat(year.from()).isEqualTo(PeriodKind.QUARTER);
    }

    @Test
    void takesTheLastReportedLevelOfADecreasingGoalWithoutNeedingItsBaseline() {
        GoalValueSet set = new GoalValueSet(
                GOAL,
                List.of(
                        value("2024-Q1", "9", "10", ValueSource.MANUAL),
                        value("2024-Q2", "8", "8.5", ValueSource.MANUAL)),
                List.of());

        assertThat(set.executedInYear(2024, ProgrammingType.DECRECIENTE)
                        .orElseThrow()
                        .executed())
                .isEqualByComparingTo("8.5");
    }

    @Test
    void averagesTheProgrammedQuartersOfAConstantGoal() {
        GoalValueSet set = new GoalValueSet(
                GOAL,
                List.of(
                        value("2024-Q1", "1", "1", ValueSource.MANUAL),
                        value("2024-Q2", "1", "0.5", ValueSource.MANUAL)),
                List.of());

        assertThat(set.executedInYear(2024, ProgrammingType.CONSTANTE)
                        .orElseThrow()
                        .executed())
                .isEqualByComparingTo("0.75");
    }

    @Test
    void hasNoYearValueWhenNothingIsReported() {
        GoalValueSet set =
                new GoalValueSet(GOAL, List.of(value("2024-Q1", "1", null, ValueSource.MUNICIPIO)), List.of());

        assertThat(set.executedInYear(2024, ProgrammingType.SUMA)).isEmpty();
        assertThat(set.executedInYear(2025, ProgrammingType.SUMA)).isEmpty();
    }
}
