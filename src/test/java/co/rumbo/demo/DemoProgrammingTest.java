package co.rumbo.demo;

import static co.rumbo.progress.ProgrammingType.CONSTANTE;
import static co.rumbo.progress.ProgrammingType.CRECIENTE;
import static co.rumbo.progress.ProgrammingType.SUMA;
import static org.assertj.core.api.Assertions.assertThat;

import co.rumbo.demo.DemoProgramming.Basis;
import co.rumbo.demo.DemoProgramming.Decision;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoProgrammingTest {

    @Test
    void quartersThatAgreeWithThePlanIndicativoKeepItsTarget() {
        Decision d = DemoProgramming.fromWorkbook(SUMA, bd("10"), quarters("2", "3", null, "5"), 2025);

        assertThat(d.basis()).isEqualTo(Basis.WORKBOOK);
        assertThat(d.target()).isEqualByComparingTo("10");
        assertThat(text(d.quarters())).containsExactly("2", "3", "0", "5");
    }

    @Test
    void quartersInTheWorkbooksOwnUnitsAreKeptWithTheTargetTheyAddUpTo() {
        // a percentage goal of 20 planned as fractions
        Decision d = DemoProgramming.fromWorkbook(SUMA, bd("20"), quarters("0.05", "0.05", "0.05", "0.05"), 2025);

        assertThat(d.basis()).isEqualTo(Basis.WORKBOOK_OWN_TARGET);
        assertThat(d.target()).isEqualByComparingTo("0.2");
        assertThat(text(d.quarters())).containsExactly("0.05", "0.05", "0.05", "0.05");
    }

    @Test
    void aRisingLevelEndsAtItsLastQuarter() {
        Decision d = DemoProgramming.fromWorkbook(CRECIENTE, bd("100"), quarters("0.15", "0.3", "0.3", "0.25"), 2025);

        assertThat(d.basis()).isEqualTo(Basis.WORKBOOK_OWN_TARGET);
        assertThat(d.target()).isEqualByComparingTo("0.25");
    }

    @Test
    void aConstantGoalPlannedAsSharesOfTheYearIsProgrammedWithThePlanIndicativosTargetAndNotRescaled() {
        Decision d = DemoProgramming.fromWorkbook(CONSTANTE, bd("1"), quarters("0.15", "0.35", "0.35", "0.15"), 2025);

        assertThat(d.basis()).isEqualTo(Basis.WORKBOOK_WITH_WARNING);
        assertThat(d.target()).isEqualByComparingTo("1");
        assertThat(text(d.quarters())).containsExactly("0.15", "0.35", "0.35", "0.15");
        assertThat(d.reason()).isNull();
    }

    @Test
    void quartersThatAgreeWithNoTargetAndNoPlanIndicativoTargetAreNotProgrammed() {
        Decision d = DemoProgramming.fromWorkbook(CONSTANTE, null, quarters("0.15", "0.35", "0.35", "0.15"), 2025);

        assertThat(d.programmed()).isFalse();
        assertThat(d.reason())
                .contains("T1 0,15; T2 0,35; T3 0,35; T4 0,15")
                .contains("CONSTANTE")
                .contains("No se reescala");
    }

    @Test
    void negativeQuartersAreNotProgrammed() {
        Decision d = DemoProgramming.fromWorkbook(SUMA, bd("10"), quarters("5", "-1", "3", "3"), 2025);

        assertThat(d.programmed()).isFalse();
        assertThat(d.reason()).contains("valores negativos");
    }

    @Test
    void aConstantGoalThatKeepsOneLevelIsProgrammedAtThatLevel() {
        Decision d = DemoProgramming.fromWorkbook(CONSTANTE, bd("100"), quarters("1", "1", "1", "1"), 2025);

        assertThat(d.basis()).isEqualTo(Basis.WORKBOOK_OWN_TARGET);
        assertThat(d.target()).isEqualByComparingTo("1");
    }

    @Test
    void nothingPlannedIsNotProgrammed() {
        Decision d = DemoProgramming.fromWorkbook(SUMA, bd("7"), quarters("0", null, "0", "0"), 2025);

        assertThat(d.programmed()).isFalse();
        assertThat(d.reason()).contains("no programa avance").contains("2025");
    }

    @Test
    void withoutWorkbookQuartersTheTargetIsSplitByQuarters() {
        assertThat(text(DemoProgramming.split(SUMA, bd("1")))).containsExactly("0", "0", "0", "1");
        assertThat(text(DemoProgramming.split(SUMA, bd("10")))).containsExactly("2", "2", "3", "3");
        assertThat(text(DemoProgramming.split(SUMA, bd("0.5")))).containsExactly("0.125", "0.125", "0.125", "0.125");
        assertThat(text(DemoProgramming.split(SUMA, bd("0.000002")))).containsExactly("0", "0", "0", "0.000002");
        assertThat(text(DemoProgramming.split(CONSTANTE, bd("100")))).containsExactly("100", "100", "100", "100");
        assertThat(DemoProgramming.fromIndicativeTarget(SUMA, null, 2026).programmed())
                .isFalse();
        assertThat(DemoProgramming.fromIndicativeTarget(SUMA, bd("0"), 2026).reason())
                .contains("no fija meta para 2026");
    }

    private static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }

    private static List<BigDecimal> quarters(String... q) {
        return Arrays.stream(q).map(s -> s == null ? null : new BigDecimal(s)).toList();
    }

    private static List<String> text(List<BigDecimal> values) {
        return values.stream().map(BigDecimal::toPlainString).toList();
    }
}
