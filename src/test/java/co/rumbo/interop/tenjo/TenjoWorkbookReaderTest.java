package co.rumbo.interop.tenjo;

import static org.assertj.core.api.Assertions.assertThat;

import co.rumbo.interop.xlsx.SheetIssue;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reads Tenjo's real workbook (a copy in the test resources). */
class TenjoWorkbookReaderTest {

    private static TenjoWorkbookReading reading;
    private static TenjoWorkbook workbook;

    @BeforeAll
    static void readTenjosWorkbook() throws URISyntaxException {
        reading = new TenjoWorkbookReader().read(tenjoFile());
        workbook = reading.content().orElseThrow();
    }

    static Path tenjoFile() throws URISyntaxException {
        return Path.of(TenjoWorkbookReaderTest.class
                .getResource("/tenjo/plan_indicativo_tenjo.xlsx")
                .toURI());
    }

    private static TenjoGoalRow goal(int number) {
        return workbook.byGoalNumber().get(String.valueOf(number));
    }

    @Test
    void readsThe331ProductGoalsInFileOrder() {
        assertThat(workbook.sheet()).isEqualTo("PDM");
        assertThat(workbook.goals()).hasSize(331);
        assertThat(workbook.goals().get(0).rowNumber()).isEqualTo(2);
        assertThat(workbook.goals().get(330).rowNumber()).isEqualTo(332);
        assertThat(workbook.goals())
                .extracting(row -> row.goal().goalNumber())
                .startsWith("1", "2", "3")
                .endsWith("330", "331")
                .doesNotHaveDuplicates();
    }

    @Test
    void warnsAboutTheRepeatedBudgetColumnsAndTheTotalsRowOnly() {
        assertThat(reading.hasErrors()).isFalse();
        assertThat(reading.issues())
                .extracting(SheetIssue::message)
                .containsExactly(
                        "Hoja «PDM»: la columna «APROPIACION DEFINITIVA 2025» aparece 2 veces (BN, BV); se usa la última (BV).",
                        "Hoja «PDM»: la columna «COMPROMISOS 2025» aparece 2 veces (BO, BW); se usa la última (BW).",
                        "Hoja «PDM», fila 333: no tiene «COD META PRODUCTO» ni meta de producto (parece una fila de "
                                + "totales); se omite.");
    }

    @Test
    void identifiesTheGoal() {
        TenjoGoal first = goal(1).goal();
        assertThat(first.productCode()).isEqualTo("3204001");
        assertThat(first.bpin()).isEqualTo("2024257990001");
        assertThat(first.indicator()).isEqualTo("Actividades desarrolladas");
        assertThat(first.goalText()).startsWith("Dar cumplimiento a las estrategias enmarcadas en el art. 111");
        assertThat(first.unit()).isEqualTo("Número");
        assertThat(first.trend()).isEqualTo("I");
        assertThat(goal(5).goal().trend()).isEqualTo("M");
        assertThat(first.fourYearTarget()).isEqualByComparingTo("4");
        assertThat(first.annualTargets()).containsOnlyKeys(2024, 2025, 2026, 2027);
        // Stored as 0.070000000000000007: percentages are written as fractions.
        assertThat(goal(249).goal().annualTarget(2024)).isEqualTo(new BigDecimal("0.07"));
    }

    @Test
    void readsTheProductBaselineNotTheResultOne() {
        assertThat(goal(1).goal().baseline()).startsWith("2 Estrategias (Reforestación");
        assertThat(goal(325).path().resultGoal()).startsWith("Incrementar 10 pts");
        assertThat(goal(325).goal().baseline()).isEqualTo("1");
    }

    @Test
    void readsWeightsAndCodesAtExcelsPrecision() {
        TenjoPlanPath path = goal(1).path();
        assertThat(path.axisWeight()).isEqualTo(new BigDecimal("0.235"));
        assertThat(path.axis()).isEqualTo("Eje 1. Ambiente, Conectividad y Ordenamiento y servicios públicos");
        assertThat(path.sectorCode()).isEqualTo("32");
        assertThat(path.programCode()).isEqualTo("3204");
        assertThat(path.subprogramNumber()).isEqualTo("1.1");
        assertThat(path.resultGoalNumber()).isEqualTo("1.1.1");
        assertThat(goal(331).path().axisWeight()).isEqualTo(new BigDecimal("0.084"));
    }

    @Test
    void readsTheQuartersExactlyWithBlanksAsNull() {
        TenjoGoalRow first = goal(1);
        assertThat(first.quarters()).hasSize(8);
        assertThat(first.quarter(2024, 1).orElseThrow().planned()).isNull();
        assertThat(first.quarter(2024, 3).orElseThrow().planned()).isEqualTo(new BigDecimal("0.7"));
        assertThat(first.quarter(2024, 4).orElseThrow().executed()).isEqualTo(new BigDecimal("0.3"));
        assertThat(first.quarter(2025, 4).orElseThrow().planned()).isEqualTo(new BigDecimal("0.15"));
        assertThat(first.quarter(2025, 4).orElseThrow().executed()).isNull();
        // Stored as 7.0000000000000007E-2 and 5.1999999999999998E-2.
        assertThat(goal(331).quarter(2025, 1).orElseThrow().planned()).isEqualTo(new BigDecimal("0.07"));
        assertThat(goal(325).quarter(2025, 1).orElseThrow().planned()).isEqualTo(new BigDecimal("0.052"));
    }

    @Test
    void readsTheBudgetByYearFromTheCompleteBlock() {
        TenjoGoalRow first = goal(1);
        assertThat(first.budget(2024).orElseThrow())
                .isEqualTo(new TenjoBudget(2024, null, new BigDecimal("52700000"), new BigDecimal("52700000"), null));
        assertThat(first.budget(2025).orElseThrow())
                .isEqualTo(new TenjoBudget(
                        2025,
                        new BigDecimal("924152848"),
                        new BigDecimal("3404125267"),
                        new BigDecimal("1405200000"),
                        new BigDecimal("148860000")));
        assertThat(first.financialPlan()).containsEntry(2027, new BigDecimal("1035710435"));
    }

    @Test
    void normalizesTheOfficeAndKeepsTheOriginal() {
        assertThat(workbook.goals())
                .extracting(TenjoGoalRow::office)
                .filteredOn(office -> office.original().equals("Sec.  de Urbanismo"))
                .hasSize(6)
                .allSatisfy(office -> assertThat(office.name()).isEqualTo("Sec. de Urbanismo"));
        assertThat(workbook.goals()).allSatisfy(row -> assertThat(row.office()).isNotNull());
    }

    @Test
    void countsTheGoalsOfEachOffice() {
        Map<String, Long> expected = new LinkedHashMap<>();
        expected.put("Sec. Infraestructura y Obra Pública", 58L);
        expected.put("Sec. Protección Social", 57L);
        expected.put("IMCTT", 40L);
        expected.put("Sec. Gobierno y convivencia ciudadana o quien haga sus veces", 31L);
        expected.put("Secretaría de Desarrollo Económico y Medio Ambiente o quien haga sus veces", 29L);
        expected.put("Sec. Desarrollo Educativo", 28L);
        expected.put("INDERTEN", 22L);
        expected.put("Sec. de Desarrollo Institucional", 16L);
        expected.put("Sec. de Planeación y Desarrollo Territorial", 16L);
        expected.put("Sec Mujer y Equidad de Género", 15L);
        expected.put("Oficina de Prensa y Comunicaciones", 7L);
        expected.put("Sec. de Urbanismo", 6L);
        expected.put("Empresa de Servicios Públicos de Tenjo EMSERTENJO SA ESP", 3L);
        expected.put("Sec. Jurídica y de asuntos legales", 2L);
        expected.put("Sec. de Hacienda", 1L);

        assertThat(workbook.goalCountByOffice()).containsExactlyEntriesOf(expected);
    }
}
