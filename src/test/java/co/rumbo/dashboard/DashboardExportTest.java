package co.rumbo.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import co.rumbo.identity.Role;
import co.rumbo.organization.Organizations;
import co.rumbo.structure.PlanStore;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The tablero's xlsx and PDF open and hold the figures the tablero shows ({@link DashboardFiguresTest}). */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardExportTest {

    private static final String NAME = "Municipio de Prueba Exportación Ñuñoa";

    @Autowired
    MockMvc mvc;

    @Autowired
    Organizations organizations;

    @Autowired
    PlanStore planStore;

    @Autowired
    JdbcClient jdbc;

    HandMadePlan plan;

    @BeforeAll
    void createPlan() {
        plan = HandMadePlan.create(organizations, planStore, jdbc, NAME);
    }

    @Test
    void theWorkbookOpensAndHoldsTheFiguresShown() throws Exception {
        byte[] xlsx = mvc.perform(get("/api/v1/plans/{id}/dashboard/export.xlsx", plan.planId)
                        .param("cut", "2025-06")
                        .with(TestUsers.as(plan.organization.id(), Role.DESPACHO)))
                .andExpect(status().isOk())
                .andExpect(header().string(
                                "Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andExpect(header().string(
                                "Content-Disposition",
                                org.hamcrest.Matchers.containsString(
                                        "tablero-" + plan.organization.daneCode() + "-2025-06.xlsx")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(wb.getSheets().map(Sheet::getName))
                    .containsExactly(
                            "Resumen",
                            "Líneas estratégicas",
                            "Sectores",
                            "Programas",
                            "Dependencias",
                            "Metas",
                            "Alertas",
                            "Rezagadas");
            List<Row> summary = rows(wb, "Resumen");
            assertThat(text(summary, "Entidad")).startsWith(NAME);
            assertThat(text(summary, "Corte")).isEqualTo("2025-06 (junio de 2025)");
            assertClose(number(summary, "Avance a la fecha"), ratio(682, 900));
            assertClose(number(summary, "Avance sobre el total del cuatrienio"), ratio(1815, 4500));
            assertClose(number(summary, "Avance esperado al corte"), ratio(214, 450));
            assertThat(text(summary, "Semáforo")).isEqualTo("Amarillo");
            assertThat(number(summary, "Atrasada")).isEqualByComparingTo("2");
            assertThat(number(summary, "Costo programado (Plan Plurianual)")).isEqualByComparingTo("16000");
            assertThat(number(summary, "Compromisos")).isEqualByComparingTo("10900");

            List<Row> lines = rows(wb, "Líneas estratégicas");
            assertThat(lines.get(1).getCellText(0)).isEqualTo("L1");
            assertClose(lines.get(1).getCellAsNumber(3).orElseThrow(), ratio(271, 300));
            assertThat(lines.get(1).getCellText(6)).isEqualTo("Verde");

            List<Row> goals = rows(wb, "Metas");
            assertThat(goals).hasSize(7);
            Row g1 = goals.get(1);
            assertThat(g1.getCellText(0)).isEqualTo("G1");
            assertThat(g1.getCellText(3)).isEqualTo("Secretaría de Gobierno");
            assertThat(g1.getCellText(8)).isEqualTo("Atrasada");
            assertThat(g1.getCellText(9)).isEqualTo("Amarillo");
            assertClose(g1.getCellAsNumber(10).orElseThrow(), ratio(2, 3));
            assertClose(g1.getCellAsNumber(11).orElseThrow(), ratio(1, 3));
            assertThat(goals.get(6).getCellText(8)).isEqualTo("Eliminada");
            assertThat(goals.get(6).getCellAsNumber(10)).isEmpty();

            List<Row> alerts = rows(wb, "Alertas");
            assertThat(alerts).hasSize(3);
            assertThat(alerts.get(1).getCellText(0)).isEqualTo("Compromisos sin avance físico");
            assertThat(alerts.get(1).getCellText(1)).isEqualTo("G4");
            assertThat(alerts.get(2).getCellText(0)).isEqualTo("Avance físico sin compromisos");
            assertThat(alerts.get(2).getCellText(1)).isEqualTo("G5");

            List<Row> lagging = rows(wb, "Rezagadas");
            assertThat(lagging).extracting(r -> r.getCellText(1)).containsExactly("Código SisPT", "G3", "G4", "G1");
        }
    }

    @Test
    void theSummaryIsAPdfWithTheOrganizationTheCutAndTheFigures() throws Exception {
        byte[] pdf = mvc.perform(get("/tablero/resumen.pdf")
                        .param("plan", plan.planId.toString())
                        .param("corte", "2025-06")
                        .with(TestUsers.as(plan.organization.id(), Role.CONTROL)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains(NAME)
                    .contains("Tablero de control")
                    .contains("junio de 2025")
                    .contains("2025-06")
                    .contains("75,8 %")
                    .contains("Secretaría de Salud")
                    .contains("Generado el");
            assertThat(document.getDocumentInformation().getTitle()).contains(NAME);
        }
    }

    @Test
    void thePagesExportTheSameWorkbook() throws Exception {
        byte[] xlsx = mvc.perform(get("/tablero/exportar.xlsx")
                        .param("corte", "2025-06")
                        .with(TestUsers.as(plan.organization.id(), Role.PLANEACION)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            assertClose(number(rows(wb, "Resumen"), "Avance a la fecha"), ratio(682, 900));
        }
    }

    private static List<Row> rows(ReadableWorkbook wb, String sheet) throws java.io.IOException {
        return wb.findSheet(sheet).orElseThrow().read();
    }

    private static Optional<Row> row(List<Row> rows, String label) {
        return rows.stream().filter(r -> label.equals(r.getCellText(0))).findFirst();
    }

    private static String text(List<Row> rows, String label) {
        return row(rows, label).orElseThrow().getCellText(1);
    }

    private static BigDecimal number(List<Row> rows, String label) {
        return row(rows, label).orElseThrow().getCellAsNumber(1).orElseThrow();
    }

    private static BigDecimal ratio(long numerator, long denominator) {
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), MathContext.DECIMAL128);
    }

    /** The workbook keeps a ratio as a double: 15 significant digits. */
    private static void assertClose(BigDecimal actual, BigDecimal expected) {
        assertThat(actual.subtract(expected).abs()).isLessThan(new BigDecimal("1e-12"));
    }
}
