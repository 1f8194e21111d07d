package co.rumbo.progress;

import static co.rumbo.progress.Decimals.dec;
import static co.rumbo.progress.Decimals.list;
import static co.rumbo.progress.Decimals.series;
import static co.rumbo.progress.ProgrammingType.CONSTANTE;
import static co.rumbo.progress.ProgrammingType.CRECIENTE;
import static co.rumbo.progress.ProgrammingType.DECRECIENTE;
import static co.rumbo.progress.ProgrammingType.SUMA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class YearViewsTest {

    @Test
    void consistencyWarningWhenQuartersDoNotAddUpToAnnualTarget() {
        assertThat(YearViews.consistencyWarning(SUMA, dec("100"), list("10|20|30|30")))
                .contains("La programación de los periodos suma 90, pero la meta anual es 100.");
    }

    @Test
    void noWarningWhenQuartersAddUpToAnnualTargetCountingBlanksAsZero() {
        assertThat(YearViews.consistencyWarning(SUMA, dec("100"), list("|50.0||50")))
                .isEmpty();
    }

    @Test
    void sumaWarningWhenPeriodsAreProgrammedButTheYearHasNoTarget() {
        assertThat(YearViews.consistencyWarning(SUMA, null, list("5|||"))).isPresent();
        assertThat(YearViews.consistencyWarning(SUMA, null, list("|||"))).isEmpty();
    }

    @Test
    void crecienteWarningWhenTheLastProgrammedPeriodDoesNotEndAtTheAnnualTarget() {
        assertThat(YearViews.consistencyWarning(CRECIENTE, dec("80"), list("65|70|75|")))
                .contains("La programación de los periodos termina en 75, pero la meta anual es 80.");
        assertThat(YearViews.consistencyWarning(CRECIENTE, dec("80"), list("65|70|80|")))
                .isEmpty();
    }

    @Test
    void decrecienteZeroIsARealTargetToEndAt() {
        assertThat(YearViews.consistencyWarning(DECRECIENTE, dec("0"), list("3|2|1|0")))
                .isEmpty();
        assertThat(YearViews.consistencyWarning(DECRECIENTE, dec("0"), list("3|2|1|")))
                .isPresent();
    }

    @Test
    void levelWarningWhenTheYearHasATargetButNoPeriodIsProgrammed() {
        assertThat(YearViews.consistencyWarning(CRECIENTE, dec("80"), list("|||")))
                .contains("Ningún periodo del año tiene programación, pero la meta anual es 80.");
    }

    @Test
    void constanteWarningWhenAProgrammedQuarterDiffersFromTheAnnualTarget() {
        assertThat(YearViews.consistencyWarning(CONSTANTE, dec("6"), list("5|6|7|")))
                .contains("Cada periodo programado debe mantener la meta anual de 6, pero difieren: "
                        + "periodo 1 (5), periodo 3 (7).");
    }

    @Test
    void constanteUnprogrammedQuartersAreNotInconsistent() {
        assertThat(YearViews.consistencyWarning(CONSTANTE, dec("6"), list("|6|6|0")))
                .isEmpty();
    }

    @Test
    void warningNumbersAreWrittenTheColombianWay() {
        assertThat(YearViews.consistencyWarning(SUMA, dec("1500.5"), list("1000|")))
                .contains("La programación de los periodos suma 1.000, pero la meta anual es 1.500,5.");
    }

    @Test
    void withinTheYearIsTheSeriesOfTheYearsPeriods() {
        Series quarters = series(SUMA, null, "10|20|30|40", "10|15||");

        assertThat(YearViews.withinYear(quarters, 2, Thresholds.DEFAULT)).isEqualTo(quarters.evaluateAt(2));
    }

    @Test
    void fourYearViewUsesEachClosedYearsValueAtItsLastPeriodAndTheCurrentYearsAtItsCut() {
        List<PlanYear> years = List.of(
                PlanYear.closed(dec("10"), series(SUMA, null, "2|3|3|2", "2|3|3|1")),
                PlanYear.inProgress(dec("20"), series(SUMA, null, "5|5|5|5", "5|4||"), 2),
                PlanYear.notStarted(dec("30")),
                PlanYear.notStarted(dec("40")));

        Evaluation overPlan = YearViews.overPlan(SUMA, null, false, years, 2, Thresholds.DEFAULT);

        assertThat(overPlan.targetToCut()).isEqualByComparingTo("30");
        assertThat(overPlan.valueToCut()).isEqualByComparingTo("18");
        assertThat(overPlan.progressToCut()).isEqualByComparingTo("0.6");
        assertThat(overPlan.targetTotal()).isEqualByComparingTo("100");
        assertThat(overPlan.progressTotal()).isEqualByComparingTo("0.18");
        assertThat(overPlan.state()).isEqualTo(GoalState.ATRASADA);
    }

    @Test
    void fourYearViewOfARisingLevelKeepsTheLatestYearThatReported() {
        List<PlanYear> years = List.of(
                PlanYear.closed(dec("20"), series(CRECIENTE, "10", "12|14|16|20", "12|15|16|18")),
                PlanYear.inProgress(dec("30"), series(CRECIENTE, "10", "22|24|26|30", "|||"), 1),
                PlanYear.notStarted(dec("40")),
                PlanYear.notStarted(dec("50")));

        Series plan = YearViews.planSeries(CRECIENTE, dec("10"), false, years);
        Evaluation overPlan = plan.evaluateAt(2);

        assertThat(plan.executed()).containsExactly(dec("18"), null, null, null);
        assertThat(overPlan.valueToCut()).isEqualByComparingTo("18");
        assertThat(overPlan.progressToCut()).isEqualByComparingTo("0.4");
    }

    @Test
    void yearWithNoClosedPeriodContributesNoValue() {
        assertThat(PlanYear.inProgress(dec("10"), series(SUMA, null, "5|5", "|"), 0)
                        .value())
                .isNull();
    }

    @Test
    void rejectsAYearCutBeyondItsPeriods() {
        Series quarters = series(SUMA, null, "5|5", "|");

        assertThatThrownBy(() -> PlanYear.inProgress(dec("10"), quarters, 3))
                .isInstanceOf(InvalidSeriesException.class);
    }
}
