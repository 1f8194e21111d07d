package co.rumbo.dashboard;

import static co.rumbo.dashboard.ReportFixture.columns;
import static co.rumbo.dashboard.ReportFixture.sheet;
import static co.rumbo.dashboard.ReportFixture.sheetNames;
import static co.rumbo.tracking.CaptureFixture.require;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.rumbo.progress.GoalState;
import co.rumbo.progress.TrafficLight;
import co.rumbo.structure.GoalEditor;
import co.rumbo.support.ApiClient.Answer;
import co.rumbo.support.RumboIntegrationTest;
import co.rumbo.support.TestData;
import co.rumbo.tracking.BudgetExecutions;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The monthly and quarterly reports: generated only from closed periods, with the tablero's figures at
 * the same cut (compared one by one in the stored workbook), kept as immutable numbered versions whose
 * files open.
 */
@RumboIntegrationTest
class ReportsTest {

    private static final Locale ES = Locale.forLanguageTag("es-CO");
    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    GoalEditor goals;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BudgetExecutions budgets;

    @Autowired
    Dashboards dashboards;

    @Autowired
    MessageSource messages;

    ReportFixture f;

    @BeforeEach
    void marchCapturedAndClosed() {
        f = new ReportFixture(port, data, goals, jdbc, budgets);
    }

    // ---------------------------------------------------------------- same figures as the tablero

    @Test
    void theMonthlyReportsFiguresEqualTheDashboardsAtTheSameCutLineByLineAndOfficeByOffice() {
        String id = f.generate("MENSUAL", "2026-03");
        byte[] xlsx = f.planner.bytes("/api/v1/reports/" + id + "/xlsx");
        Dashboard d = dashboards.dashboard(f.org, f.planId, MARCH);

        assertThat(d.strategicLines()).hasSize(2);
        assertThat(d.offices()).extracting(GroupFigures::name).contains(f.c.officeA.name(), f.c.officeB.name());
        assertGroupsEqual(sheet(xlsx, "Líneas estratégicas"), d.strategicLines());
        assertGroupsEqual(sheet(xlsx, "Dependencias"), d.offices());
        // Sanity: the fixture's money reaches the report to the peso (2025's and 2026's, nothing after the cut).
        GroupFigures officeA = group(d.offices(), f.c.officeA.id().toString());
        assertThat(officeA.financial().appropriation()).isEqualByComparingTo("2720000.50");
        assertThat(officeA.financial().commitments()).isEqualByComparingTo("1350000.35");
        assertThat(officeA.financial().payments()).isEqualByComparingTo("800000.10");
    }

    @Test
    void theSummaryOfTheReportIsThePlansFiguresOnTheDashboard() {
        String id = f.generate("MENSUAL", "2026-03");
        byte[] xlsx = f.planner.bytes("/api/v1/reports/" + id + "/xlsx");
        Dashboard d = dashboards.dashboard(f.org, f.planId, MARCH);
        PlanFigures plan = d.figures();
        List<Row> summary = sheet(xlsx, "Resumen");

        assertExact(number(summary, "Avance a la fecha"), plan.progressToCut());
        assertExact(number(summary, "Avance sobre el total del cuatrienio"), plan.progressTotal());
        assertExact(number(summary, "Avance esperado al corte"), plan.expectedToCut());
        assertThat(text(summary, "Semáforo")).isEqualTo(light(plan.trafficLight()));
        assertThat(number(summary, "Metas").orElseThrow()).isEqualByComparingTo(BigDecimal.valueOf(plan.goals()));
        for (GoalState state : GoalState.values()) {
            assertThat(number(summary, state(state)).orElseThrow())
                    .as(state.name())
                    .isEqualByComparingTo(BigDecimal.valueOf(plan.count(state)));
        }
        Financial money = plan.financial();
        assertExact(number(summary, "Costo programado (Plan Plurianual)"), money.programmedCost());
        assertExact(number(summary, "Apropiación"), money.appropriation());
        assertExact(number(summary, "Compromisos"), money.commitments());
        assertExact(number(summary, "Obligaciones"), money.obligations());
        assertExact(number(summary, "Pagos"), money.payments());
        assertExact(number(summary, "% ejecutado (compromisos / apropiación)"), money.executionRatio());
        assertThat(text(summary, "Periodo")).isEqualTo("2026-03 (marzo de 2026)");
        assertThat(text(summary, "Versión")).isEqualTo("1");

        Answer meta = f.planner.get("/api/v1/reports/" + id);
        assertThat(new BigDecimal(meta.<Object>json("$.summary.progressToCut").toString()))
                .isEqualByComparingTo(plan.progressToCut());
        assertThat(meta.<Integer>json("$.summary.lagging")).isEqualTo(plan.lagging());
        assertThat(new BigDecimal(meta.<Object>json("$.summary.commitments").toString()))
                .isEqualByComparingTo(money.commitments());
    }

    @Test
    void theReportSaysWhichOfficesReportedThePeriod() {
        String id = f.generate("MENSUAL", "2026-03");
        List<Row> rows = sheet(f.planner.bytes("/api/v1/reports/" + id + "/xlsx"), "Reporte de las hojas");

        assertThat(rows).hasSize(3);
        Map<String, Integer> col = columns(rows.get(0));
        Map<String, String> status = new java.util.HashMap<>();
        for (Row r : rows.subList(1, rows.size())) {
            status.put(r.getCellText(col.get("Dependencia")), r.getCellText(col.get("Estado")));
        }
        assertThat(status)
                .containsEntry(f.c.officeA.name(), "Aceptada")
                .containsEntry(f.c.officeB.name(), "No reportó");
        assertThat(f.planner.get("/api/v1/reports/" + id).<Integer>json("$.summary.notReported"))
                .isEqualTo(1);
    }

    @Test
    void theBudgetOfTheSheetsShowsTheTreasurysFigure() {
        String id = f.generate("MENSUAL", "2026-03");
        List<Row> rows = sheet(f.planner.bytes("/api/v1/reports/" + id + "/xlsx"), "Ejecución por proyecto");

        Map<String, Integer> col = columns(rows.get(1));
        Row line = rows.get(2);
        assertThat(line.getCellText(col.get("BPIN"))).isEqualTo("2024520010001");
        assertThat(line.getCellAsNumber(col.get("Compromisos")).orElseThrow()).isEqualByComparingTo("300000.45");
        assertThat(line.getCellText(col.get("Origen"))).isEqualTo("Hacienda");
        assertThat(line.getCellText(col.get("Diferencia con lo escrito por la dependencia")))
                .isEqualTo("Sí");
        assertThat(rows.get(3).getCellText(0)).isEqualTo("Total");
    }

    // ---------------------------------------------------------------- only closed periods

    @Test
    void aReportOfAnOpenPeriodIsRefusedWithTheReason() {
        f.c.open("2026-04");

        Answer monthly = f.planner.post("/api/v1/reports", "{\"kind\":\"MENSUAL\",\"period\":\"2026-04\"}");
        Answer quarterly = f.planner.post("/api/v1/reports", "{\"kind\":\"TRIMESTRAL\",\"period\":\"2026-Q2\"}");

        assertThat(monthly.status()).as("%s", monthly).isEqualTo(409);
        assertThat(monthly.<String>json("$.detail"))
                .contains("El periodo 2026-04 está abierto")
                .contains("solo con periodos cerrados");
        assertThat(quarterly.status()).as("%s", quarterly).isEqualTo(409);
        assertThat(quarterly.<String>json("$.detail")).contains("2026-04 está abierto");
        assertThat(f.planner.get("/api/v1/reports").body()).isEqualTo("[]");
    }

    @Test
    void aPeriodNeverOpenedOrAQuarterWithoutItsLastPeriodIsRefused() {
        Answer never = f.planner.post("/api/v1/reports", "{\"kind\":\"MENSUAL\",\"period\":\"2026-02\"}");
        require(f.c.planner.post("/api/v1/periods", "{\"period\":\"2026-04\"}"), 201);
        require(f.c.planner.post("/api/v1/periods/2026-04/close?confirm=true", "{}"), 200);
        Answer unfinished = f.planner.post("/api/v1/reports", "{\"kind\":\"TRIMESTRAL\",\"period\":\"2026-Q2\"}");
        Answer badPeriod = f.planner.post("/api/v1/reports", "{\"kind\":\"MENSUAL\",\"period\":\"marzo\"}");
        Answer badKind = f.planner.post("/api/v1/reports", "{\"kind\":\"SEMANAL\",\"period\":\"2026-03\"}");

        assertThat(never.status()).as("%s", never).isEqualTo(409);
        assertThat(never.<String>json("$.detail")).contains("no se abrió para captura");
        assertThat(unfinished.status()).as("%s", unfinished).isEqualTo(409);
        assertThat(unfinished.<String>json("$.detail")).contains("2026-06");
        assertThat(badPeriod.status()).as("%s", badPeriod).isEqualTo(400);
        assertThat(badKind.status()).as("%s", badKind).isEqualTo(400);
    }

    @Test
    void onlyThePlanningOfficeGenerates() {
        Answer a = f.despacho.post("/api/v1/reports", "{\"kind\":\"MENSUAL\",\"period\":\"2026-03\"}");

        assertThat(a.status()).as("%s", a).isEqualTo(403);
    }

    @Test
    void theReportablePeriodsAreTheClosedOnes() {
        f.c.open("2026-04");

        assertThat(f.planner
                        .get("/api/v1/reports/reportable-periods?kind=MENSUAL")
                        .<List<String>>json("$"))
                .containsExactly("2026-03");
        assertThat(f.planner
                        .get("/api/v1/reports/reportable-periods?kind=TRIMESTRAL")
                        .<List<String>>json("$"))
                .containsExactly("2026-Q1");
    }

    // ---------------------------------------------------------------- versions

    @Test
    void regeneratingKeepsTheOldVersionByteForByteBesideTheNewOne() {
        String first = f.generate("MENSUAL", "2026-03");
        byte[] firstPdf = f.planner.bytes("/api/v1/reports/" + first + "/pdf");
        byte[] firstXlsx = f.planner.bytes("/api/v1/reports/" + first + "/xlsx");

        String second = f.generate("MENSUAL", "2026-03");

        Answer list = f.planner.get("/api/v1/reports?kind=MENSUAL&period=2026-03");
        assertThat(list.<List<Integer>>json("$[*].number")).containsExactly(2, 1);
        assertThat(list.<List<Boolean>>json("$[*].latest")).containsExactly(true, false);
        assertThat(f.planner.bytes("/api/v1/reports/" + first + "/pdf")).isEqualTo(firstPdf);
        assertThat(f.planner.bytes("/api/v1/reports/" + first + "/xlsx")).isEqualTo(firstXlsx);
        assertThat(f.planner.get("/api/v1/reports/" + first).<String>json("$.pdfSha256"))
                .isEqualTo(co.rumbo.platform.files.StoredFiles.sha256(firstPdf));
        assertThat(text(sheet(f.planner.bytes("/api/v1/reports/" + second + "/xlsx"), "Resumen"), "Versión"))
                .isEqualTo("2");
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAGeneratedVersion() {
        UUID id = UUID.fromString(f.generate("MENSUAL", "2026-03"));

        assertThatThrownBy(() -> jdbc.sql("update dashboard_report set period = '2026-02' where id = ?")
                        .param(id)
                        .update())
                .hasMessageContaining("no se cambia");
        assertThatThrownBy(() -> jdbc.sql("update dashboard_report set summary = '{}'::jsonb where id = ?")
                        .param(id)
                        .update())
                .hasMessageContaining("no se cambia");
        assertThatThrownBy(() -> jdbc.sql("delete from dashboard_report where id = ?")
                        .param(id)
                        .update())
                .hasMessageContaining("no se borra");
    }

    // ---------------------------------------------------------------- files

    @Test
    void thePdfOpensWithTheOrganizationThePeriodAndTheFiguresOfEachLine() throws Exception {
        String id = f.generate("MENSUAL", "2026-03");
        var response = f.planner.download("/api/v1/reports/" + id + "/pdf");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("informe-mensual-" + f.c.org.daneCode() + "-2026-03-v1.pdf");
        byte[] pdf = response.body();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        Dashboard d = dashboards.dashboard(f.org, f.planId, MARCH);
        co.rumbo.platform.web.Formats fmt = new co.rumbo.platform.web.Formats();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("Informe mensual de avance")
                    .contains(f.c.org.name())
                    .contains("marzo de 2026")
                    .contains("Versión 1")
                    .contains(f.c.officeA.name())
                    .contains("No reportó")
                    .contains(fmt.percent(d.figures().progressToCut()))
                    .contains(fmt.money(d.figures().financial().commitments()));
            for (GroupFigures line : d.strategicLines()) {
                assertThat(text).contains(line.code() + " · ");
                assertThat(text).contains(fmt.percent(line.score()));
            }
            assertThat(document.getDocumentInformation().getTitle()).contains("Informe mensual de avance");
        }
    }

    @Test
    void theQuarterlyReportCarriesTheAlerts() {
        String id = f.generate("TRIMESTRAL", "2026-Q1");
        byte[] xlsx = f.planner.bytes("/api/v1/reports/" + id + "/xlsx");
        Dashboard d = dashboards.dashboard(f.org, f.planId, MARCH);

        assertThat(sheetNames(xlsx))
                .containsExactly(
                        "Resumen",
                        "Líneas estratégicas",
                        "Dependencias",
                        "Reporte de las hojas",
                        "Ejecución por proyecto",
                        "Rezagadas",
                        "Inconsistencias",
                        "Dependencias con retraso");
        List<Row> lagging = sheet(xlsx, "Rezagadas");
        List<String> expected = new ArrayList<>();
        d.lagging().forEach(o -> o.goals().forEach(g -> expected.add(g.sisptCode())));
        assertThat(lagging.subList(1, lagging.size()))
                .extracting(r -> r.getCellText(1))
                .containsExactlyElementsOf(expected);
        assertThat(expected).isNotEmpty();

        List<Row> inconsistencies = sheet(xlsx, "Inconsistencias");
        Set<String> kinds = new HashSet<>();
        inconsistencies
                .subList(1, inconsistencies.size())
                .forEach(r -> kinds.add(r.getCellText(0) + "|" + r.getCellText(1)));
        assertThat(kinds)
                .contains("No reportó|" + f.c.officeB.name())
                .contains("Diferencia con Hacienda|" + f.c.officeA.name());

        // B did not report March; A reported it (in November, long after its deadline).
        List<Row> delays = sheet(xlsx, "Dependencias con retraso");
        Map<String, String> notReported = new java.util.HashMap<>();
        Map<String, String> late = new java.util.HashMap<>();
        delays.subList(1, delays.size()).forEach(r -> {
            notReported.put(r.getCellText(0), r.getCellText(1));
            late.put(r.getCellText(0), r.getCellText(2));
        });
        assertThat(notReported).containsEntry(f.c.officeB.name(), "2026-03").containsEntry(f.c.officeA.name(), "");
        assertThat(late).containsEntry(f.c.officeA.name(), "2026-03").containsEntry(f.c.officeB.name(), "");
        assertThat(f.planner.get("/api/v1/reports/" + id).<Integer>json("$.summary.alerts"))
                .isEqualTo(inconsistencies.size() - 1);
    }

    @Test
    void theFourthQuarterCarriesTheYearsCumulativeMatrixOfLaggingGoals() {
        approvedPlan2025(f.c.officeA.id(), Map.of(f.c.sumaGoal, "10,2,3,3,2", f.c.constantGoal, "1,1,1,1,1"));
        approvedPlan2025(f.c.officeB.id(), Map.of(f.c.growingGoal, "60,52,55,58,60"));
        f.c.open("2025-12");
        require(f.c.planner.post("/api/v1/periods/2025-12/close?confirm=true", "{}"), 200);

        String id = f.generate("TRIMESTRAL", "2025-Q4");

        List<Row> rows = sheet(f.planner.bytes("/api/v1/reports/" + id + "/xlsx"), "Rezagadas del año");
        assertThat(rows.get(0).getCellText(3)).isEqualTo("Estado a 2025-03");
        assertThat(rows.get(0).getCellText(6)).isEqualTo("Estado a 2025-12");
        assertThat(rows.get(0).getCellText(7)).isEqualTo("Trimestres rezagada");
        List<Map<UUID, GoalFigures>> quarters = new ArrayList<>();
        for (int month = 3; month <= 12; month += 3) {
            quarters.add(dashboards
                    .dashboard(f.org, f.planId, YearMonth.of(2025, month))
                    .goalsById());
        }
        Map<String, String> expected = new java.util.HashMap<>();
        for (GoalFigures g : quarters.get(3).values()) {
            List<String> states = new ArrayList<>();
            int lagging = 0;
            for (Map<UUID, GoalFigures> q : quarters) {
                GoalState state = q.get(g.id()).state();
                states.add(state(state));
                lagging += state.isLagging() ? 1 : 0;
            }
            if (lagging > 0) {
                expected.put(g.sisptCode(), String.join("|", states) + "|" + lagging);
            }
        }
        Map<String, String> actual = new java.util.HashMap<>();
        for (Row r : rows.subList(1, rows.size())) {
            actual.put(
                    r.getCellText(1),
                    String.join(
                            "|",
                            r.getCellText(3),
                            r.getCellText(4),
                            r.getCellText(5),
                            r.getCellText(6),
                            r.getCellText(7)));
        }
        assertThat(expected).isNotEmpty();
        assertThat(actual).isEqualTo(expected);
        assertThat(f.planner
                        .get("/api/v1/reports/reportable-periods?kind=TRIMESTRAL")
                        .<List<String>>json("$"))
                .containsExactly("2026-Q1", "2025-Q4");
    }

    private void approvedPlan2025(UUID office, Map<UUID, String> goals) {
        UUID plan = jdbc.sql("""
                        insert into action_plan (organization_id, office_id, year, state, round, approved_on,
                                                 minutes_reference)
                        values (?, ?, 2025, 'APROBADO', 1, date '2025-01-20', 'Acta 001 de 2025') returning id""").params(f.org, office).query(UUID.class).single();
        goals.forEach((goal, programming) -> {
            String[] v = programming.split(",");
            jdbc.sql("""
                            insert into action_plan_goal (plan_id, goal_id, organization_id, programmed, target, q1, q2,
                                                          q3, q4)
                            values (?, ?, ?, true, ?::numeric, ?::numeric, ?::numeric, ?::numeric, ?::numeric)""")
                    .params(plan, goal, f.org, v[0], v[1], v[2], v[3], v[4])
                    .update();
        });
    }

    // ---------------------------------------------------------------- who reads

    @Test
    void officesReadMonthlyReportsAndOnlyValidatedQuarterlyOnes() {
        String monthly = f.generate("MENSUAL", "2026-03");
        String quarterly = f.generate("TRIMESTRAL", "2026-Q1");

        assertThat(f.leaderA.get("/api/v1/reports").<List<String>>json("$[*].id"))
                .containsExactly(monthly);
        assertThat(f.leaderA.get("/api/v1/reports/" + quarterly).status()).isEqualTo(404);
        assertThat(f.leaderA.download("/api/v1/reports/" + quarterly + "/pdf").statusCode())
                .isEqualTo(404);
        assertThat(f.control.get("/api/v1/reports").<List<String>>json("$[*].id"))
                .containsExactlyInAnyOrder(monthly, quarterly);

        require(f.despacho.post("/api/v1/reports/" + quarterly + "/validate", "{}"), 200);

        assertThat(f.leaderA.get("/api/v1/reports").<List<String>>json("$[*].id"))
                .containsExactlyInAnyOrder(monthly, quarterly);
        assertThat(f.leaderA.download("/api/v1/reports/" + quarterly + "/pdf").statusCode())
                .isEqualTo(200);
    }

    @Test
    void anotherOrganizationsReportIsNotFound() {
        String id = f.generate("MENSUAL", "2026-03");
        var other = new ReportFixture.Client(
                port,
                data.user(data.organization().id(), co.rumbo.identity.Role.PLANEACION)
                        .username(),
                TestData.PASSWORD);

        assertThat(other.get("/api/v1/reports/" + id).status()).isEqualTo(404);
        assertThat(other.download("/api/v1/reports/" + id + "/xlsx").statusCode())
                .isEqualTo(404);
    }

    // ---------------------------------------------------------------- helpers

    private void assertGroupsEqual(List<Row> rows, List<GroupFigures> groups) {
        Map<String, Integer> col = columns(rows.get(0));
        assertThat(rows).hasSize(groups.size() + 1);
        for (GroupFigures g : groups) {
            Row row = rows.stream()
                    .skip(1)
                    .filter(r -> g.id().equals(r.getCellText(col.get("Id"))))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no row for " + g.name()));
            String what = g.kind() + " " + g.name() + ": ";
            assertThat(row.getCellText(1)).as(what + "name").isEqualTo(g.name());
            assertThat(integer(row, col, "Metas")).as(what + "goals").isEqualTo(g.goals());
            for (GoalState state : GoalState.values()) {
                assertThat(integer(row, col, state(state))).as(what + state).isEqualTo(g.count(state));
            }
            assertThat(integer(row, col, "Rezagadas")).as(what + "lagging").isEqualTo(g.lagging());
            assertExact(cell(row, col, "Avance a la fecha"), g.score());
            assertExact(cell(row, col, "Avance sobre el total"), g.scoreTotal());
            assertExact(cell(row, col, "Avance esperado"), g.expectedToCut());
            assertThat(row.getCellText(col.get("Semáforo"))).as(what + "light").isEqualTo(light(g.trafficLight()));
            Financial m = g.financial();
            assertExact(cell(row, col, "Costo programado"), m.programmedCost());
            assertExact(cell(row, col, "Apropiación"), m.appropriation());
            assertExact(cell(row, col, "Compromisos"), m.commitments());
            assertExact(cell(row, col, "Obligaciones"), m.obligations());
            assertExact(cell(row, col, "Pagos"), m.payments());
            assertExact(cell(row, col, "% ejecutado (compromisos / apropiación)"), m.executionRatio());
            assertExact(cell(row, col, "Compromisos / costo programado"), m.commitmentsRatio());
        }
    }

    private static GroupFigures group(List<GroupFigures> groups, String id) {
        return groups.stream().filter(g -> g.id().equals(id)).findFirst().orElseThrow();
    }

    private static int integer(Row row, Map<String, Integer> col, String header) {
        return cell(row, col, header).orElseThrow().intValueExact();
    }

    private static Optional<BigDecimal> cell(Row row, Map<String, Integer> col, String header) {
        Integer index = col.get(header);
        if (index == null) {
            throw new AssertionError("no column " + header);
        }
        return row.getCellCount() > index ? row.getCellAsNumber(index) : Optional.empty();
    }

    /** Blank is blank (never 0); a number is the same number, to the last digit. */
    private static void assertExact(Optional<BigDecimal> cell, BigDecimal expected) {
        if (expected == null) {
            assertThat(cell).isEmpty();
        } else {
            assertThat(cell).isPresent();
            assertThat(cell.get()).isEqualByComparingTo(expected);
        }
    }

    private static Optional<Row> row(List<Row> rows, String label) {
        return rows.stream().filter(r -> label.equals(r.getCellText(0))).findFirst();
    }

    private static String text(List<Row> rows, String label) {
        return row(rows, label)
                .orElseThrow(() -> new AssertionError("no row " + label))
                .getCellText(1);
    }

    private static Optional<BigDecimal> number(List<Row> rows, String label) {
        Row r = row(rows, label).orElseThrow(() -> new AssertionError("no row " + label));
        return r.getCellCount() > 1 ? r.getCellAsNumber(1) : Optional.empty();
    }

    private String state(GoalState state) {
        return messages.getMessage("dashboard.state." + state.name(), null, ES);
    }

    private String light(TrafficLight light) {
        return messages.getMessage("dashboard.light." + light.name(), null, ES);
    }
}
