package co.rumbo.tracking;

import static co.rumbo.tracking.CaptureFixture.require;
import static org.assertj.core.api.Assertions.assertThat;

import co.rumbo.structure.GoalEditor;
import co.rumbo.support.ApiClient;
import co.rumbo.support.Browser;
import co.rumbo.support.Form;
import co.rumbo.support.Page;
import co.rumbo.support.RumboIntegrationTest;
import co.rumbo.support.TestData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The capture pages as people use them: periods, the grid saved row by row, review, Excel. */
@RumboIntegrationTest
class CapturePagesTest {

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    GoalEditor goals;

    @Autowired
    JdbcClient jdbc;

    CaptureFixture f;
    Browser planner;
    Browser liaison;

    @BeforeEach
    void organizationWithApprovedPlans() {
        f = new CaptureFixture(port, data, goals, jdbc);
        planner = Browser.loggedIn(port, f.planner.username, TestData.PASSWORD);
        liaison = Browser.loggedIn(port, f.liaisonA.username, TestData.PASSWORD);
    }

    private String sheet(String period) {
        return "/captura/hojas/" + f.officeA.id() + "/" + period;
    }

    private String row(String period, UUID goal) {
        return sheet(period) + "/filas/" + goal;
    }

    private BigDecimal executed(UUID goal) {
        return jdbc.sql("""
                        select w.executed from progress_report_row w join progress_report r on r.id = w.report_id
                        where r.office_id = ? and r.period = '2026-03' and w.goal_id = ?""")
                .params(f.officeA.id(), goal)
                .query((rs, n) -> java.util.Optional.ofNullable(rs.getBigDecimal(1)))
                .single()
                .orElse(null);
    }

    @Test
    void thePlanningOfficeOpensAPeriodFromThePeriodsPage() {
        Page index = planner.get("/captura");
        Page opened = planner.post("/captura/periodos", Form.of("period", "2026-03"));
        Page period = planner.get("/captura/periodos/2026-03");

        assertThat(index.body()).contains("Abrir el periodo");
        assertThat(opened.redirectsTo("/captura/periodos/2026-03"))
                .as("%s", opened)
                .isTrue();
        assertThat(period.body()).contains("Periodo marzo de 2026", f.officeA.name(), f.officeB.name(), "Borrador");
    }

    /** A quarter's value falls in its last month: the months before it say what the quarter programs and when. */
    @Test
    void aMonthBeforeTheQuarterEndsShowsTheQuartersProgramming() {
        f.open("2026-02");
        f.open("2026-03");

        assertThat(liaison.get(sheet("2026-02")).body()).contains("Trimestre 1: 2, en marzo");
        assertThat(liaison.get(sheet("2026-03")).body()).doesNotContain("Trimestre 1:");
    }

    @Test
    void theSheetIsAGridWithLabelledCellsForTheKeyboard() {
        f.open("2026-03");

        Page page = liaison.get(sheet("2026-03"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("aria-label=\"Ejecutado 2201001-1\"", "data-col=\"0\"", "data-col=\"1\"", "/js/captura.js")
                .contains("Hoja de captura · " + f.officeA.name())
                .doesNotContain("Aceptar la hoja");
    }

    @Test
    void savingARowWithHtmxAnswersTheRowWithItsNewVersionAndFigures() {
        f.open("2026-03");

        Page saved = liaison.postHtmx(
                row("2026-03", f.sumaGoal), Form.of("executed", "2", "description", "", "version", "0"));

        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.body())
                .startsWith("<tr")
                .contains("data-version=\"1\"", "Al día", "Avance 100,0 %", "Guardado");
        assertThat(executed(f.sumaGoal)).isEqualByComparingTo("2");
    }

    @Test
    void aWrongValueIsToldInsideTheRowInSpanishAndNothingIsSaved() {
        f.open("2026-03");

        Page negative = liaison.postHtmx(row("2026-03", f.sumaGoal), Form.of("executed", "-1", "version", "0"));
        Page words = liaison.postHtmx(row("2026-03", f.sumaGoal), Form.of("executed", "dos", "version", "0"));
        Page noDescription = liaison.postHtmx(row("2026-03", f.sumaGoal), Form.of("executed", "0", "version", "0"));

        assertThat(negative.body()).contains("no puede ser negativo", "value=\"-1\"");
        assertThat(words.body()).contains("«dos» no es un número");
        assertThat(noDescription.body()).contains("No se ejecutó nada de lo programado");
        assertThat(executed(f.sumaGoal)).isNull();
    }

    @Test
    void aRowSavedByAnotherPersonIsToldWithTheCurrentValues() {
        f.open("2026-03");
        Browser other = Browser.loggedIn(port, f.secondLiaisonA.username, TestData.PASSWORD);
        liaison.postHtmx(row("2026-03", f.sumaGoal), Form.of("executed", "2", "version", "0"));

        Page stale = other.postHtmx(row("2026-03", f.sumaGoal), Form.of("executed", "2,1", "version", "0"));

        assertThat(stale.body())
                .contains("Otra persona guardó esta fila", "Usted había escrito: «2,1»", "data-version=\"1\"");
        assertThat(executed(f.sumaGoal)).isEqualByComparingTo("2");
    }

    @Test
    void theFiguresFollowTheValueBeingTypedWithoutSavingIt() {
        f.open("2026-03");

        Page preview = liaison.postHtmx(row("2026-03", f.sumaGoal) + "/cifras", Form.of("executed", "3"));

        assertThat(preview.body()).contains("Sobreejecutada", "Avance 150,0 %");
        assertThat(executed(f.sumaGoal)).isNull();
    }

    @Test
    void closingWithOfficesThatHaveNotSubmittedAsksForAConfirmationListingThem() {
        f.open("2026-03");

        Page first = planner.post("/captura/periodos/2026-03/cerrar", Form.of());
        Page confirmation = planner.get("/captura/periodos/2026-03?cerrar=1");
        Page confirmed = planner.post("/captura/periodos/2026-03/cerrar", Form.of("confirm", "true"));
        Page closed = planner.get("/captura/periodos/2026-03");

        assertThat(first.redirectsTo("/captura/periodos/2026-03?cerrar=1"))
                .as("%s", first)
                .isTrue();
        assertThat(confirmation.body()).contains("Confirmar el cierre", f.officeA.name(), f.officeB.name());
        assertThat(confirmed.redirectsTo("/captura/periodos/2026-03")).isTrue();
        assertThat(closed.body()).contains("Cerrado", "No reportó", "Reabrir");
    }

    @Test
    void aClosedPeriodsSheetIsShownWithoutInputsAndRefusesARow() {
        f.open("2026-03");
        require(f.planner.post("/api/v1/periods/2026-03/close?confirm=true", "{}"), 200);

        Page page = liaison.get(sheet("2026-03"));
        Page row = liaison.postHtmx(row("2026-03", f.sumaGoal), Form.of("executed", "2", "version", "0"));

        assertThat(page.body()).contains("Periodo cerrado").doesNotContain("aria-label=\"Ejecutado 2201001-1\"");
        assertThat(row.body()).contains("está cerrado");
    }

    @Test
    void thePlanningOfficeReturnsWithAnObservationAndTheOfficeSeesIt() {
        f.open("2026-03");
        f.fillAndSubmitMarch();

        Page review = planner.get(sheet("2026-03"));
        Page returned = planner.post(
                sheet("2026-03") + "/devolver",
                Form.of("obs-" + f.sumaGoal, "Adjunte el acta de entrega", "comment", "Falta soporte"));
        Page office = liaison.get(sheet("2026-03"));

        assertThat(review.body())
                .contains("Aceptar la hoja", "Devolver con observaciones", "name=\"obs-" + f.sumaGoal + "\"");
        assertThat(returned.redirectsTo(sheet("2026-03"))).as("%s", returned).isTrue();
        assertThat(office.body())
                .contains("Planeación devolvió la hoja", "Adjunte el acta de entrega", "Falta soporte");
    }

    @Test
    void theSettingsPageSavesTheOrganizationsRules() {
        Page saved = planner.post(
                "/captura/configuracion",
                Form.of(
                        "periodKind", "QUARTER",
                        "deadlineDays", "15",
                        "tolerancePercent", "12,5",
                        "maxEvidenceMb", "5",
                        "reminderDays", "2",
                        "version", "0"));

        assertThat(saved.redirectsTo("/captura/configuracion")).isTrue();
        assertThat(planner.get("/captura/configuracion").body()).contains("value=\"15\"", "value=\"12,5\"");
    }

    // ------------------------------------------------------------------ Excel

    private record SheetRow(UUID goal, String executed, String description, int version) {}

    private static byte[] workbook(List<SheetRow> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "prueba", "1.0");
        Worksheet ws = wb.newWorksheet("Hoja de captura");
        ws.value(0, 0, "Hoja de captura");
        String[] headers = {
            "ID de la meta",
            "Código",
            "Meta",
            "Unidad",
            "Programado del periodo",
            "Meta del año",
            "Ejecutado",
            "Descripción",
            "Versión"
        };
        for (int c = 0; c < headers.length; c++) ws.value(2, c, headers[c]);
        int r = 3;
        for (SheetRow row : rows) {
            ws.value(r, 0, row.goal().toString());
            if (row.executed() != null) {
                if (row.executed().matches("[0-9.]+")) ws.value(r, 6, new BigDecimal(row.executed()));
                else ws.value(r, 6, row.executed());
            }
            if (row.description() != null) ws.value(r, 7, row.description());
            ws.value(r, 8, row.version());
            r++;
        }
        wb.finish();
        return out.toByteArray();
    }

    @Test
    void theDownloadedWorkbookHasOneRowPerGoalWithItsVersion() throws IOException {
        f.open("2026-03");
        liaison.postHtmx(row("2026-03", f.sumaGoal), Form.of("executed", "2", "version", "0"));

        byte[] xlsx = liaison.bytes(sheet("2026-03") + "/excel");

        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = wb.findSheet("Hoja de captura").orElseThrow().read();
            assertThat(rows.get(2).getCellText(6)).isEqualTo("Ejecutado");
            assertThat(rows).hasSize(5);
            Row suma = rows.stream()
                    .filter(r -> r.getCellText(0).equals(f.sumaGoal.toString()))
                    .findFirst()
                    .orElseThrow();
            assertThat(suma.getCellAsNumber(6).orElseThrow()).isEqualByComparingTo("2");
            assertThat(suma.getCellAsNumber(8).orElseThrow()).isEqualByComparingTo("1");
        }
    }

    @Test
    void anUploadWithAWrongValueNamesItsRowAndColumnAndSavesNothing() throws IOException {
        f.open("2026-03");
        byte[] xlsx =
                workbook(List.of(new SheetRow(f.sumaGoal, "2", null, 0), new SheetRow(f.constantGoal, "uno", null, 0)));

        Page uploaded = liaison.postFile(sheet("2026-03") + "/excel", "file", "hoja.xlsx", xlsx);
        Page page = liaison.get(sheet("2026-03"));

        assertThat(uploaded.redirectsTo(sheet("2026-03"))).as("%s", uploaded).isTrue();
        assertThat(page.body())
                .contains("No se guardó nada")
                .contains("Fila 5, columna G (Ejecutado): «uno» no es un número");
        assertThat(executed(f.sumaGoal)).isNull();
    }

    @Test
    void anUploadWithoutErrorsSavesEveryRow() throws IOException {
        f.open("2026-03");
        byte[] xlsx = workbook(List.of(
                new SheetRow(f.sumaGoal, "1,5", "Una sede quedó para abril", 0),
                new SheetRow(f.constantGoal, "1", null, 0)));

        liaison.postFile(sheet("2026-03") + "/excel", "file", "hoja.xlsx", xlsx);

        assertThat(liaison.get(sheet("2026-03")).body()).contains("Se cargó el archivo: 2 filas guardadas");
        assertThat(executed(f.sumaGoal)).isEqualByComparingTo("1.5");
        assertThat(executed(f.constantGoal)).isEqualByComparingTo("1");
    }

    @Test
    void anUploadIsRefusedOnAClosedPeriodAndOnASubmittedSheet() throws IOException {
        f.open("2026-03");
        f.open("2026-02");
        f.fillAndSubmitMarch();
        require(f.planner.post("/api/v1/periods/2026-02/close?confirm=true", "{}"), 200);
        byte[] xlsx = workbook(List.of(new SheetRow(f.sumaGoal, "3", "Más", 1)));

        liaison.postFile(sheet("2026-03") + "/excel", "file", "hoja.xlsx", xlsx);
        Page submitted = liaison.get(sheet("2026-03"));
        liaison.postFile(sheet("2026-02") + "/excel", "file", "hoja.xlsx", xlsx);
        Page closed = liaison.get(sheet("2026-02"));

        assertThat(submitted.body()).contains("solo lectura");
        assertThat(closed.body()).contains("está cerrado");
        assertThat(executed(f.sumaGoal)).isEqualByComparingTo("2");
    }

    @Test
    void theApiAnswers422WithTheIssuesOfAWrongWorkbook() throws IOException {
        f.open("2026-03");
        byte[] xlsx = workbook(List.of(new SheetRow(f.sumaGoal, "-3", null, 0)));

        ApiClient.Answer a = f.liaisonA.postFile(f.sheetA("2026-03") + "/xlsx", "hoja.xlsx", xlsx);

        assertThat(a.status()).as("%s", a).isEqualTo(422);
        assertThat(a.<Integer>json("$.issues[0].row")).isEqualTo(4);
        assertThat(a.<String>json("$.issues[0].column")).isEqualTo("G (Ejecutado)");
    }
}
