package co.rumbo.progress;

import static co.rumbo.progress.Decimals.dec;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DnpExplanationTest {

    @Test
    void noExecutionFoundAndNoBpinBlamesTheMissingBpin() {
        assertThat(DnpExplanation.of(dec("10"), null, false))
                .isEqualTo("Por falta de código BPIN, no se encontró ejecución en PIIP");
    }

    @Test
    void noExecutionFoundWithBpin() {
        assertThat(DnpExplanation.of(dec("10"), null, true)).isEqualTo("No se encontró ejecución en PIIP");
    }

    @Test
    void neitherProgrammedNorExecuted() {
        assertThat(DnpExplanation.of(dec("0"), dec("0"), true)).isEqualTo("No se programó ni ejecutó en la vigencia");
    }

    @Test
    void executedWithoutProgramming() {
        assertThat(DnpExplanation.of(dec("0"), dec("3"), true))
                .isEqualTo("Se ejecutó un producto no programado en la vigencia");
    }

    @Test
    void blankProgrammingCountsAsNothingProgrammed() {
        assertThat(DnpExplanation.reasonFor(null, dec("3"), false))
                .isEqualTo(DnpExplanation.EXECUTED_WITHOUT_PROGRAMMING);
    }

    @Test
    void programmedButNotExecuted() {
        assertThat(DnpExplanation.of(dec("10"), dec("0"), true)).isEqualTo("No se ejecutó en la vigencia");
    }

    @Test
    void executedExactlyAsProgrammedRegardlessOfDecimalPlaces() {
        assertThat(DnpExplanation.of(dec("10"), dec("10.00"), true))
                .isEqualTo("Se ejecutó el 100% de lo programado en la vigencia");
    }

    @Test
    void executedBelowProgrammed() {
        assertThat(DnpExplanation.of(dec("10"), dec("9.99"), true))
                .isEqualTo("Lo ejecutado está por debajo de lo programado en la vigencia");
    }

    @Test
    void executedAboveProgrammed() {
        assertThat(DnpExplanation.of(dec("10"), dec("10.01"), true))
                .isEqualTo("Hubo ejecución por encima de lo programado en SisPT");
    }

    @Test
    void theBpinOnlyMattersWhenNoExecutionWasFound() {
        assertThat(DnpExplanation.of(dec("10"), dec("10"), false)).isEqualTo(DnpExplanation.FULLY_EXECUTED.text());
    }
}
