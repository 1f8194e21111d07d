package co.rumbo.dashboard.internal;

import static org.assertj.core.api.Assertions.assertThat;

import co.rumbo.calendar.PeriodKind;
import co.rumbo.dashboard.GoalFigures;
import co.rumbo.dashboard.PlanInfo;
import co.rumbo.progress.GoalState;
import co.rumbo.progress.ProgrammingType;
import co.rumbo.progress.Thresholds;
import co.rumbo.progress.TrafficLight;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The rules of how a goal's series is made from its recorded values (docs/decisions.md, tablero). */
class GoalCalculatorTest {

    private static final PlanInfo PLAN = new PlanInfo(UUID.randomUUID(), UUID.randomUUID(), "E", "1", "P", 2024, 2027);

    @Test
    void theFinestRecordedPeriodsFollowTheYear() {
        assertThat(GoalCalculator.finestKind(List.of())).isNull();
        assertThat(GoalCalculator.finestKind(List.of(value("2025"), value("2025-Q1"))))
                .isEqualTo(PeriodKind.QUARTER);
        assertThat(GoalCalculator.finestKind(List.of(value("2025-Q1"), value("2025-03"), value("2025"))))
                .isEqualTo(PeriodKind.MONTH);
    }

    @Test
    void thePeriodsThatCountAreThoseEndedByTheCutMonth() {
        YearMonth august = YearMonth.of(2025, 8);
        assertThat(GoalCalculator.cutInYear(2025, PeriodKind.MONTH, august)).isEqualTo(8);
        assertThat(GoalCalculator.cutInYear(2025, PeriodKind.QUARTER, august)).isEqualTo(2);
        assertThat(GoalCalculator.cutInYear(2025, PeriodKind.QUARTER, YearMonth.of(2025, 9)))
                .isEqualTo(3);
        assertThat(GoalCalculator.cutInYear(2024, PeriodKind.QUARTER, august)).isEqualTo(4);
        assertThat(GoalCalculator.cutInYear(2026, PeriodKind.MONTH, august)).isZero();
        // A yearly value is the year's report: it counts from its own year on.
        assertThat(GoalCalculator.cutInYear(2025, PeriodKind.YEAR, august)).isEqualTo(1);
    }

    @Test
    void theYearsProgrammingIsThePlanIndicativoTargetAndADifferentRecordedOneIsWarned() {
        GoalData goal = GoalData.of(facts(ProgrammingType.SUMA, null, false))
                .withTarget(2024, dec("10"))
                .withValue("2024", dec("12"), dec("10"));
        GoalCalculator.Result result = GoalCalculator.compute(goal, PLAN, YearMonth.of(2024, 12), Thresholds.DEFAULT);
        assertThat(result.figures().targetToCut()).isEqualByComparingTo("10");
        assertThat(result.figures().state()).isEqualTo(GoalState.CUMPLIDA);
        assertThat(result.figures().warnings())
                .containsExactly("2024: El valor programado registrado para el año (12) difiere de la meta del Plan"
                        + " Indicativo (10); se usa la meta del Plan Indicativo.");
    }

    @Test
    void monthsAfterTheCutDoNotCount() {
        GoalData goal = GoalData.of(facts(ProgrammingType.SUMA, null, false)).withTarget(2024, dec("12"));
        for (int month = 1; month <= 12; month++) {
            goal.withValue("2024-%02d".formatted(month), BigDecimal.ONE, month <= 3 ? BigDecimal.ONE : dec("100"));
        }
        GoalCalculator.Result result = GoalCalculator.compute(goal, PLAN, YearMonth.of(2024, 3), Thresholds.DEFAULT);
        assertThat(result.withinYear().valueToCut()).isEqualByComparingTo("3");
        assertThat(result.figures().valueToCut()).isEqualByComparingTo("3");
        assertThat(result.years().get(0).periods()).filteredOn(p -> p.counts()).hasSize(3);
    }

    @Test
    void aGoalTheEngineRefusesHasNoStateAndSaysWhy() {
        GoalData goal =
                GoalData.of(facts(ProgrammingType.DECRECIENTE, null, false)).withTarget(2024, dec("5"));
        GoalFigures figures = GoalCalculator.figures(goal, PLAN, YearMonth.of(2024, 6), Thresholds.DEFAULT);
        assertThat(figures.state()).isNull();
        assertThat(figures.trafficLight()).isEqualTo(TrafficLight.GRIS);
        assertThat(figures.problem()).contains("línea base");
    }

    @Test
    void anEliminatedGoalIsEliminadaWhateverItsData() {
        GoalData goal =
                GoalData.of(facts(ProgrammingType.DECRECIENTE, null, true)).withTarget(2024, dec("5"));
        GoalFigures figures = GoalCalculator.figures(goal, PLAN, YearMonth.of(2024, 6), Thresholds.DEFAULT);
        assertThat(figures.state()).isEqualTo(GoalState.ELIMINADA);
        assertThat(figures.problem()).isNull();
    }

    private static GoalData.Value value(String period) {
        return GoalData.Value.of(period, null, BigDecimal.ONE);
    }

    private static GoalData.Facts facts(ProgrammingType type, BigDecimal baseline, boolean eliminated) {
        return new GoalData.Facts(
                UUID.randomUUID(),
                "IP-1",
                "ORDINARIO",
                "Meta",
                "Número",
                "45",
                "Gobierno",
                "4501",
                "Programa",
                null,
                null,
                type,
                baseline,
                null,
                eliminated);
    }

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }
}
