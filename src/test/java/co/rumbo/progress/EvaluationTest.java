package co.rumbo.progress;

import static co.rumbo.progress.Decimals.dec;
import static co.rumbo.progress.Decimals.series;
import static co.rumbo.progress.ProgrammingType.CONSTANTE;
import static co.rumbo.progress.ProgrammingType.CRECIENTE;
import static co.rumbo.progress.ProgrammingType.DECRECIENTE;
import static co.rumbo.progress.ProgrammingType.SUMA;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Rules of progress-rules §2–§4 that the golden cases do not pin down. */
class EvaluationTest {

    @Test
    void justBelowEightyPercentIsBehindEvenThoughItPrintsAsEighty() {
        Evaluation evaluation = series(SUMA, null, "1000", "799.99").evaluateAt(1);

        assertThat(evaluation.progressToCut()).isEqualByComparingTo("0.79999");
        assertThat(evaluation.state()).isEqualTo(GoalState.ATRASADA);
        assertThat(evaluation.trafficLight()).isEqualTo(TrafficLight.AMARILLO);
    }

    @Test
    void constanteAtExactlyEightyPercentIsOnTimeEvenWhenItsMeansDoNotTerminate() {
        // Means 4/3 and 5/3 would round in opposite directions; P must still be exactly 0.8.
        Evaluation evaluation = series(CONSTANTE, null, "2|2|1", "4|0|0").evaluateAt(3);

        assertThat(evaluation.progressToCut()).isEqualByComparingTo("0.8");
        assertThat(evaluation.state()).isEqualTo(GoalState.AL_DIA);
    }

    @Test
    void crecienteTargetEqualToBaselineGetsPartialCreditBelowIt() {
        Evaluation evaluation = series(CRECIENTE, "50", "50|50", "40|").evaluateAt(1);

        assertThat(evaluation.progressToCut()).isEqualByComparingTo("0.8");
        assertThat(evaluation.state()).isEqualTo(GoalState.AL_DIA);
    }

    @Test
    void decrecienteTargetEqualToBaselineGetsPartialCreditAboveIt() {
        Evaluation evaluation = series(DECRECIENTE, "4", "4|4", "5|").evaluateAt(1);

        assertThat(evaluation.progressToCut()).isEqualByComparingTo("0.8");
        assertThat(evaluation.progressTotal()).isEqualByComparingTo("0.8");
    }

    @Test
    void progressToCutAndTotalCompareWithTheBaselineEachOnItsOwn() {
        // T equals the baseline (keep 50 in Q1) but TT does not (reach 60 by Q2).
        Evaluation evaluation = series(CRECIENTE, "50", "50|60", "50|").evaluateAt(1);

        assertThat(evaluation.progressToCut()).isEqualByComparingTo("1");
        assertThat(evaluation.progressTotal()).isEqualByComparingTo("0");
        assertThat(evaluation.state()).isEqualTo(GoalState.AL_DIA);
    }

    @Test
    void levelReportedWithoutTargetIsSinProgramacionNotEjecucionSinProgramacion() {
        Evaluation evaluation = series(CRECIENTE, null, "||30", "10||").evaluateAt(2);

        assertThat(evaluation.state()).isEqualTo(GoalState.SIN_PROGRAMACION);
        assertThat(evaluation.valueToCut()).isNull();
    }

    @Test
    void constanteExecutedOnlyWhereNothingWasProgrammedIsEjecucionSinProgramacion() {
        Evaluation evaluation = series(CONSTANTE, null, "|50", "80|").evaluateAt(1);

        assertThat(evaluation.state()).isEqualTo(GoalState.EJECUCION_SIN_PROGRAMACION);
        assertThat(evaluation.trafficLight()).isEqualTo(TrafficLight.GRIS);
    }

    @Test
    void organizationThresholdsDecideTheColours() {
        Thresholds strict = new Thresholds(dec("0.6"), dec("0.9"), dec("1.1"));

        Evaluation behind = series(SUMA, null, "100|100", "85|").evaluateAt(1, strict);
        Evaluation red = series(SUMA, null, "100|100", "55|").evaluateAt(1, strict);
        Evaluation over = series(SUMA, null, "100|100", "115|").evaluateAt(1, strict);

        assertThat(behind.state()).isEqualTo(GoalState.ATRASADA);
        assertThat(behind.trafficLight()).isEqualTo(TrafficLight.AMARILLO);
        assertThat(red.trafficLight()).isEqualTo(TrafficLight.ROJO);
        assertThat(over.state()).isEqualTo(GoalState.SOBREEJECUTADA);
    }

    @Test
    void laggingGoalsAreTheNotStartedAndTheBehindOnes() {
        assertThat(series(SUMA, null, "10|10", "|").evaluateAt(1).isLagging()).isTrue();
        assertThat(series(SUMA, null, "10|10", "2|").evaluateAt(1).isLagging()).isTrue();
        assertThat(series(SUMA, null, "10|10", "10|").evaluateAt(1).isLagging()).isFalse();
        assertThat(series(SUMA, null, "0|10", "|").evaluateAt(1).isLagging()).isFalse();
    }

    @Test
    void scoreIsProgressCappedToOneAndMissingForGoalsWithoutFigures() {
        Evaluation over = series(SUMA, null, "10|10", "30|").evaluateAt(1);
        Evaluation unprogrammed = series(SUMA, null, "0|10", "|").evaluateAt(1);

        assertThat(over.score(ProgressView.TO_CUT))
                .hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("1"));
        assertThat(over.score(ProgressView.TOTAL))
                .hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("1"));
        assertThat(unprogrammed.score(ProgressView.TO_CUT)).isEmpty();
        assertThat(unprogrammed.hasFigures()).isFalse();
    }

    @Test
    void valueAtKeepsAnExecutionWithoutProgramming() {
        Series series = series(SUMA, null, "0|0|0|12", "3|||");

        assertThat(series.evaluateAt(2).valueToCut()).isNull();
        assertThat(series.valueAt(2)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("3"));
    }

    @Test
    void valueAtMatchesTheEvaluationWhenItHasFigures() {
        Series series = series(CONSTANTE, null, "100|100|100|100", "100||100|");

        assertThat(series.valueAt(3)).contains(series.evaluateAt(3).valueToCut());
    }
}
