package co.rumbo.interop.sispt;

import static org.assertj.core.api.Assertions.assertThat;

import co.rumbo.interop.sispt.SisptWorkbook.LineRef;
import co.rumbo.interop.sispt.SisptWorkbook.ProductGoal;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SisptReaderTest {

    private static final String PRODUCTS = "Plan indicativo - Productos";

    private final SisptReader reader = new SisptReader();

    private SisptReadResult read(byte[] xlsx) {
        return reader.read(new ByteArrayInputStream(xlsx));
    }

    private SisptWorkbook tenjo() {
        SisptReadResult result = read(TestFiles.tenjo());
        assertThat(result.issues()).isEmpty();
        return result.workbook();
    }

    @Test
    void readsEverySheetOfTenjosExport() {
        SisptWorkbook tenjo = tenjo();

        assertThat(tenjo.organization()).isEqualTo(new SisptWorkbook.Organization("25799", "Tenjo"));
        assertThat(tenjo.planName()).isEqualTo("AHORA ES EL TIEMPO DE TENJO");
        assertThat(tenjo.lineCodes()).containsExactly("LE-2", "LE-3", "LE-4", "LE-5", "LE-6");
        assertThat(tenjo.outcomeGoals()).hasSize(1);
        assertThat(tenjo.productGoals()).hasSize(331);
        assertThat(tenjo.sgrProductGoals()).isEmpty();
        assertThat(tenjo.sgrInitiatives()).isEmpty();
    }

    @Test
    void readsEveryColumnOfAProductGoal() {
        ProductGoal goal = tenjo().productGoals().get(0);

        assertThat(goal.sisptCode()).isEqualTo("IP-155");
        assertThat(goal.row()).isEqualTo(3);
        assertThat(goal.lines()).containsExactly(new LineRef("LE-3", "Progreso y Desarrollo Económico"));
        assertThat(goal.mga())
                .isEqualTo(new SisptWorkbook.Mga(
                        "17",
                        "Agricultura y desarrollo rural",
                        "1702",
                        "Inclusión productiva de pequeños productores rurales",
                        "1702023",
                        "Documentos de planeación",
                        "170202300",
                        "Documentos de planeación elaborados"));
        assertThat(goal.customName()).isEqualTo("Porcentaje de Política Pública  SAN implementado en el cuatrienio");
        assertThat(goal.unit()).isEqualTo("Número");
        assertThat(goal.fourYearTarget()).isEqualTo(new BigDecimal("63.7"));
        assertThat(goal.principal()).isTrue();
        assertThat(goal.odsCode()).isEqualTo("1");
        assertThat(goal.odsName()).isEqualTo("Fin de la pobreza");
        assertThat(goal.accumulation()).isEqualTo("Acumulativo");
        assertThat(goal.yearlyTargets())
                .containsExactly(
                        Map.entry(2024, BigDecimal.TEN),
                        Map.entry(2025, BigDecimal.TEN),
                        Map.entry(2026, BigDecimal.TEN),
                        Map.entry(2027, BigDecimal.TEN));
        assertThat(goal.bpins()).containsExactly("2024257990018");
        assertThat(goal.otherColumns()).isEmpty();
    }

    @Test
    void keepsAmountsExactWithTheScaleOfTheFile() {
        ProductGoal goal = tenjo().productGoals().get(0);

        BigDecimal amount = goal.cost(2027).orElseThrow().amount("Recursos propios");
        assertThat(amount).isEqualTo(new BigDecimal("71591416.002"));
        assertThat(amount.scale()).isEqualTo(3);
        assertThat(goal.cost(2027).orElseThrow().fileTotal()).isEqualTo(new BigDecimal("71591416.002"));
        // blank cells stay blank: they are not zeros
        assertThat(goal.cost(2024).orElseThrow().bySource()).containsOnlyKeys("Recursos propios");
    }

    @Test
    void discoversSourcesAndYearsFromTheHeaders() {
        SisptLayout layout = tenjo().layout();

        assertThat(layout.costYears()).containsExactly(2024, 2025, 2026, 2027);
        assertThat(layout.costSources()).isEqualTo(SisptLayout.standardSources());
        assertThat(layout.sheet(SisptSheet.PRODUCT_GOALS).orElseThrow().headers())
                .hasSize(85);
    }

    @Test
    void cleansTheCarriageReturnJunkOfSectorNames() {
        assertThat(tenjo().productGoals()).extracting(g -> g.mga().sectorName()).allSatisfy(name -> assertThat(name)
                .doesNotContain("_x000D_", "\r", "\n"));
    }

    @Test
    void readsAProductGoalThatNamesSeveralLines() {
        byte[] file = XlsxGrid.of(TestFiles.tenjo())
                .set(
                        PRODUCTS,
                        3,
                        "Línea estratégica",
                        "LE-2-Seguridad Convivencia y Participación Ciudadana,LE-3-Progreso y Desarrollo Económico")
                .toXlsx();

        ProductGoal goal = read(file).workbook().productGoals().get(0);

        assertThat(goal.lineCodes()).containsExactly("LE-2", "LE-3");
        assertThat(goal.lines().get(0).name()).isEqualTo("Seguridad Convivencia y Participación Ciudadana");
    }

    @Test
    void splitsLinesOnlyWhereANewLineCodeStarts() {
        assertThat(SheetColumns.parseLines("LE-1-Ambiente, agua y territorio,LE-12-Paz"))
                .containsExactly(new LineRef("LE-1", "Ambiente, agua y territorio"), new LineRef("LE-12", "Paz"));
        assertThat(SheetColumns.parseLines("Línea 1")).isEmpty();
    }

    @Test
    void readsNumbersStoredAsText() {
        byte[] file = XlsxGrid.of(TestFiles.tenjo())
                .set(PRODUCTS, 3, "Meta del cuatrienio", " 63.70 ")
                .set(PRODUCTS, 3, "Recursos propios 2024", "12300000.5")
                .toXlsx();

        SisptReadResult result = read(file);

        assertThat(result.issues()).isEmpty();
        ProductGoal goal = result.workbook().productGoals().get(0);
        assertThat(goal.fourYearTarget()).isEqualTo(new BigDecimal("63.70"));
        assertThat(goal.cost(2024).orElseThrow().amount("Recursos propios")).isEqualTo(new BigDecimal("12300000.5"));
    }

    @Test
    void findsColumnsByHeaderWhereverTheyAre() {
        // the department's export has one more column, "Fecha de creación del plan", before the SisPT code
        byte[] file = XlsxGrid.of(TestFiles.tenjo())
                .insertColumn(
                        PRODUCTS,
                        "Código de indicador de producto (SisPT)",
                        "Fecha de creación del plan",
                        new BigDecimal("45569.49467450231"))
                .toXlsx();

        SisptReadResult result = read(file);

        assertThat(result.issues()).isEmpty();
        ProductGoal goal = result.workbook().productGoals().get(0);
        assertThat(goal.sisptCode()).isEqualTo("IP-155");
        assertThat(goal.cost(2027).orElseThrow().amount("Recursos propios")).isEqualTo(new BigDecimal("71591416.002"));
        assertThat(goal.otherColumns()).containsExactly(Map.entry("Fecha de creación del plan", "45569.49467450231"));
        assertThat(result.workbook()
                        .layout()
                        .sheet(SisptSheet.PRODUCT_GOALS)
                        .orElseThrow()
                        .headers())
                .hasSize(86);
    }

    @Test
    void findsHeadersWhateverTheirAccentsCaseAndSpacing() {
        byte[] file = XlsxGrid.of(TestFiles.tenjo())
                .set(PRODUCTS, 2, "Meta del cuatrienio", "META  DEL CUATRIENIO")
                .set(PRODUCTS, 2, "Recursos propios 2024", "recursos propios 2024")
                .set(PRODUCTS, 2, "Código de indicador de producto (MGA)", "Codigo de indicador de producto(MGA)")
                .toXlsx();

        SisptReadResult result = read(file);

        assertThat(result.issues()).isEmpty();
        assertThat(result.workbook().productGoals().get(0).fourYearTarget()).isEqualTo(new BigDecimal("63.7"));
        assertThat(result.workbook().layout().costSources()).hasSize(14);
    }

    @Test
    void readsAPathAsWellAsAStream(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = dir.resolve("tenjo.xlsx");
        java.nio.file.Files.write(file, TestFiles.tenjo());

        assertThat(reader.read(file).workbook()).isEqualTo(tenjo());
    }

    @Test
    void keepsTheLayoutOfEverySheet() {
        List<SisptLayout.SheetLayout> sheets = tenjo().layout().sheets();

        assertThat(sheets)
                .extracting(SisptLayout.SheetLayout::name)
                .containsExactly(
                        "Líneas estratégicas",
                        "Indicadores de resultado",
                        "Plan indicativo - Productos",
                        "Plan indicativo SGR - Productos",
                        "Iniciativas SGR");
        assertThat(sheets.get(2).titles())
                .containsExactly(
                        new SisptLayout.TitleCell(0, "PARTE ESTRATÉGICA"),
                        new SisptLayout.TitleCell(20, "PLAN INDICATIVO"));
    }
}
