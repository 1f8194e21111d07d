package co.rumbo.interop.dnp;

import static co.rumbo.interop.dnp.DnpExplanationRule.dnpExplanation;
import static co.rumbo.interop.dnp.DnpExplanationRule.dnpProgress;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DnpExplanationRuleTest {

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    @Test
    void followsTheFirstMatchingRuleOfSection7() {
        assertThat(dnpExplanation(n("1"), null, false))
                .isEqualTo("Por falta de código BPIN, no se encontró ejecución en PIIP");
        assertThat(dnpExplanation(n("1"), null, true)).isEqualTo("No se encontró ejecución en PIIP");
        assertThat(dnpExplanation(n("0"), n("0"), true)).isEqualTo("No se programó ni ejecutó en la vigencia");
        assertThat(dnpExplanation(n("0"), n("2"), true))
                .isEqualTo("Se ejecutó un producto no programado en la vigencia");
        assertThat(dnpExplanation(n("3"), n("0"), true)).isEqualTo("No se ejecutó en la vigencia");
        assertThat(dnpExplanation(n("3"), n("3.0"), true))
                .isEqualTo("Se ejecutó el 100% de lo programado en la vigencia");
        assertThat(dnpExplanation(n("3"), n("2.99"), true))
                .isEqualTo("Lo ejecutado está por debajo de lo programado en la vigencia");
        assertThat(dnpExplanation(n("3"), n("3.01"), true))
                .isEqualTo("Hubo ejecución por encima de lo programado en SisPT");
    }

    @Test
    void computesProgressAsDnpPrintsIt() {
        assertThat(dnpProgress(n("7"), n("1.76"))).isEqualByComparingTo("0.251428571428571");
        // The exact ratio 0.88153846153846153… would round up; DNP's double rounds down.
        assertThat(dnpProgress(n("650"), n("573"))).isEqualByComparingTo("0.881538461538461");
        assertThat(dnpProgress(n("0"), n("2"))).isNull();
        assertThat(dnpProgress(n("2"), null)).isNull();
    }
}
