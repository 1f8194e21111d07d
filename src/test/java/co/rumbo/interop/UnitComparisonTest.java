package co.rumbo.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnitComparisonTest {

    private static final UnitComparison.RumboSide PLAIN = new UnitComparison.RumboSide(List.of(), true, null);

    private static BigDecimal n(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    /** DNP's avance: the double ratio written with 15 significant digits. */
    private static BigDecimal dnpProgress(String programmed, String executed) {
        double ratio = Double.parseDouble(executed) / Double.parseDouble(programmed);
        return new BigDecimal(ratio).round(new MathContext(15, RoundingMode.HALF_UP));
    }

    @Test
    void comparesProgressToDnpsFifteenDigitsNotExactly() {
        BigDecimal exact = UnitComparison.progress(n("3"), n("1"));

        assertThat(exact).isNotEqualByComparingTo("0.333333333333333");
        assertThat(UnitComparison.sameProgress(n("0.333333333333333"), exact)).isTrue();
        assertThat(UnitComparison.sameProgress(n("0.333333333333334"), exact)).isTrue();
        assertThat(UnitComparison.sameProgress(n("0.333333333333336"), exact)).isFalse();
        assertThat(UnitComparison.sameProgress(n("0.3333"), exact)).isFalse();
    }

    @Test
    void acceptsTheLastDigitOfDnpsBinaryDivision() {
        // 0.4 / 0.7 in binary floating point prints 0.571428571428572; the exact ratio rounds to ...571
        BigDecimal dnp = dnpProgress("0.7", "0.4");
        BigDecimal exact = UnitComparison.progress(n("0.7"), n("0.4"));

        assertThat(dnp).isEqualByComparingTo("0.571428571428572");
        assertThat(exact.round(UnitComparison.FIFTEEN_DIGITS)).isEqualByComparingTo("0.571428571428571");
        assertThat(UnitComparison.sameProgress(dnp, exact)).isTrue();
    }

    @Test
    void progressIsBlankWhenNothingWasExecutedOrProgrammed() {
        assertThat(UnitComparison.progress(n("2"), null)).isNull();
        assertThat(UnitComparison.progress(n("0"), n("1"))).isNull();
        assertThat(UnitComparison.progress(null, n("1"))).isNull();
        assertThat(UnitComparison.progress(n("4"), n("5"))).isEqualByComparingTo("1.25");
    }

    @Test
    void blankProgrammingIsTheZeroDnpPrints() {
        assertThat(UnitComparison.sameProgrammed(n("0"), null)).isTrue();
        assertThat(UnitComparison.sameProgrammed(n("1.50"), n("1.5"))).isTrue();
        assertThat(UnitComparison.sameProgrammed(n("1"), null)).isFalse();
    }

    @Test
    void agreesWhenEveryFigureAgrees() {
        Reconciliation.Figures dnp = new Reconciliation.Figures(
                n("2"), n("1"), n("0.5"), "Lo ejecutado está por debajo de lo programado en la vigencia");

        Reconciliation.Row row =
                UnitComparison.compare(List.of("IP-1"), dnp, UnitComparison.rumbo(n("2"), n("1"), true), true, PLAIN);

        assertThat(row.agree()).isTrue();
        assertThat(row.reason()).isNull();
    }

    @Test
    void explainsAProgrammingDifference() {
        Reconciliation.Figures dnp = new Reconciliation.Figures(
                n("600"), n("330"), n("0.55"), "Lo ejecutado está por debajo de lo programado en la vigencia");

        Reconciliation.Row row = UnitComparison.compare(
                List.of("IP-282", "IP-288"), dnp, UnitComparison.rumbo(n("330"), n("330"), true), true, PLAIN);

        assertThat(row.agree()).isFalse();
        assertThat(row.reason())
                .startsWith("Lo programado difiere: DNP (SisPT) tiene 600 y el Plan Indicativo de Rumbo 330 (suma de "
                        + "IP-282, IP-288).")
                .contains("Por eso la explicación también difiere");
    }

    @Test
    void namesDnpsOwnInconsistencyWhenOnlyItsTextDisagreesWithItsNumbers() {
        // Cajicá, row 99, IP-100, 2024: 1 programmed, 1 executed, but DNP wrote "below"
        Reconciliation.Figures dnp = new Reconciliation.Figures(
                n("1"), n("1"), n("1"), "Lo ejecutado está por debajo de lo programado en la vigencia");

        Reconciliation.Row row =
                UnitComparison.compare(List.of("IP-100"), dnp, UnitComparison.rumbo(n("1"), n("1"), true), true, PLAIN);

        assertThat(row.agree()).isFalse();
        assertThat(row.reason()).contains("inconsistencia del informe de DNP");
    }

    @Test
    void explainsAnExecutionSetByAPerson() {
        Reconciliation.Figures dnp = new Reconciliation.Figures(
                n("2"), n("1"), n("0.5"), "Lo ejecutado está por debajo de lo programado en la vigencia");

        Reconciliation.Row row = UnitComparison.compare(
                List.of("IP-1"),
                dnp,
                UnitComparison.rumbo(n("2"), n("2"), true),
                true,
                new UnitComparison.RumboSide(List.of(), true, "valor anual de fuente «Registro manual»"));

        assertThat(row.reason())
                .startsWith(
                        "Lo ejecutado difiere: DNP (PIIP) tiene 1 y Rumbo 2 (valor anual de fuente «Registro manual»).");
    }

    @Test
    void namesTheGoalsThePlanDoesNotHave() {
        Reconciliation.Figures dnp = new Reconciliation.Figures(n("1"), null, null, "No se encontró ejecución en PIIP");

        Reconciliation.Row row = UnitComparison.compare(
                List.of("IP-999"),
                dnp,
                UnitComparison.rumbo(null, null, false),
                true,
                new UnitComparison.RumboSide(List.of("IP-999"), false, null));

        assertThat(row.reason()).startsWith("El plan de Rumbo no tiene la meta IP-999.");
    }
}
