package co.rumbo.progress;

import static co.rumbo.progress.Decimals.list;
import static co.rumbo.progress.Decimals.series;
import static co.rumbo.progress.ProgrammingType.CRECIENTE;
import static co.rumbo.progress.ProgrammingType.DECRECIENTE;
import static co.rumbo.progress.ProgrammingType.SUMA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeriesValidationTest {

    @Test
    void rejectsDecrecienteWithoutBaseline() {
        assertThatThrownBy(() -> series(DECRECIENTE, null, "9|8", "|"))
                .isInstanceOf(InvalidSeriesException.class)
                .hasMessageContaining("debe tener línea base");
    }

    @Test
    void rejectsCrecienteTargetBelowBaseline() {
        assertThatThrownBy(() -> series(CRECIENTE, "60", "65|55", "|"))
                .isInstanceOf(InvalidSeriesException.class)
                .hasMessageContaining("periodo 2")
                .hasMessageContaining("por debajo de su línea base (60)");
    }

    @Test
    void rejectsDecrecienteTargetAboveBaseline() {
        assertThatThrownBy(() -> series(DECRECIENTE, "10", "9|10.5", "|"))
                .isInstanceOf(InvalidSeriesException.class)
                .hasMessageContaining("10,5")
                .hasMessageContaining("por encima de su línea base (10)");
    }

    @Test
    void acceptsCrecienteWithoutBaselineAsStartingFromZero() {
        Evaluation evaluation = series(CRECIENTE, null, "2|4", "3|").evaluateAt(2);

        assertThat(evaluation.progressToCut()).isEqualByComparingTo("0.75");
    }

    @Test
    void acceptsLevelTargetsEqualToTheBaseline() {
        assertThat(series(DECRECIENTE, "4", "4|4", "|").periods()).isEqualTo(2);
        assertThat(series(CRECIENTE, "4", "4|4", "|").periods()).isEqualTo(2);
    }

    @Test
    void rejectsNegativeExecution() {
        assertThatThrownBy(() -> series(SUMA, null, "10|10", "-1|"))
                .isInstanceOf(InvalidSeriesException.class)
                .hasMessageContaining("negativo");
    }

    @Test
    void rejectsNegativeProgramming() {
        assertThatThrownBy(() -> series(SUMA, null, "10|-10", "|")).isInstanceOf(InvalidSeriesException.class);
    }

    @Test
    void rejectsProgrammingAndExecutionOfDifferentLengths() {
        assertThatThrownBy(() -> series(SUMA, null, "10|10|10", "5|"))
                .isInstanceOf(InvalidSeriesException.class)
                .hasMessageContaining("3 periodos de programación y 2 de ejecución");
    }

    @Test
    void rejectsSeriesWithoutPeriods() {
        assertThatThrownBy(() -> Series.of(SUMA, null, List.of(), List.of()))
                .isInstanceOf(InvalidSeriesException.class);
    }

    @Test
    void rejectsCutOutsideTheSeries() {
        Series series = series(SUMA, null, "10|10", "|");

        assertThatThrownBy(() -> series.evaluateAt(0)).isInstanceOf(InvalidSeriesException.class);
        assertThatThrownBy(() -> series.evaluateAt(3))
                .isInstanceOf(InvalidSeriesException.class)
                .hasMessageContaining("El corte 3");
    }

    @Test
    void keepsBlanksAndCannotBeChangedFromOutside() {
        List<BigDecimal> programmed = list("10||");
        Series series = Series.of(SUMA, null, programmed, list("||"));
        programmed.set(1, BigDecimal.ONE);

        assertThat(series.programmed()).containsExactly(new BigDecimal("10"), null, null);
        assertThatThrownBy(() -> series.executed().set(0, BigDecimal.ONE))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void eliminatedIsAFlagOnTheSameSeries() {
        Series series = series(SUMA, null, "10", "10");

        assertThat(series.markedEliminated().eliminated()).isTrue();
        assertThat(series.markedEliminated().programmed()).isEqualTo(series.programmed());
    }
}
