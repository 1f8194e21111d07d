package co.rumbo.planning;

import static co.rumbo.planning.PlanningFixture.YEAR;
import static co.rumbo.planning.PlanningFixture.require;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.rumbo.platform.web.Formats;
import co.rumbo.structure.GoalEditor;
import co.rumbo.support.ApiClient.Answer;
import co.rumbo.support.Browser;
import co.rumbo.support.Form;
import co.rumbo.support.Page;
import co.rumbo.support.RumboIntegrationTest;
import co.rumbo.support.TestData;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The POAI frozen as approved with the budget, beside the current one that modifications keep changing. */
@RumboIntegrationTest
class BudgetApprovedPoaiTest {

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    GoalEditor goals;

    @Autowired
    JdbcClient jdbc;

    PlanningFixture f;
    UUID plan;
    String approved;

    @BeforeEach
    void approvedPlanOfOfficeA() {
        // POAI: 2201 recursos propios 600.000,25 (BPIN …001) and 1903 SGP salud 500.000 (BPIN …010)
        f = new PlanningFixture(port, data, goals);
        plan = f.reviewedPlanA();
        require(
                f.mayor.post(
                        "/api/v1/action-plans/" + plan + "/approve",
                        "{\"approvedOn\":\"%s\",\"minutesReference\":\"Acta 4\"}"
                                .formatted(LocalDate.now(Formats.BOGOTA))),
                200);
        approved = "/api/v1/fiscal-years/" + YEAR + "/poai/approved-with-budget";
    }

    private String act(LocalDate on, String reference) {
        return "{\"approvedOn\":\"%s\",\"actReference\":\"%s\"}".formatted(on, reference);
    }

    private static BigDecimal money(Answer a, String path) {
        Object value = a.json(path);
        if (value instanceof List<?> list) value = list.get(0);
        return new BigDecimal(value.toString());
    }

    /** The office's leader moves the education money to a new project and adds some; planning approves. */
    private void modifyEducationMoney() {
        Answer asked = require(
                f.leaderA.post("/api/v1/action-plans/" + plan + "/modifications", """
                        {"goalId":"%s","target":10,"quarters":[2,3,3,2],
                         "budget":[{"projectBpin":"2024520010005","source":"RECURSOS_PROPIOS","amount":650000}],
                         "justification":"Cambia el proyecto","letterReference":"Oficio 2027-040"}""".formatted(f.sumaGoal)), 201);
        require(
                f.planner.post(
                        "/api/v1/action-plans/" + plan + "/modifications/" + asked.json("$.id") + "/approve", "{}"),
                200);
    }

    @Test
    void thePlanningOfficeFreezesThePoaiOnceWithTheActThatApprovedTheBudget() {
        LocalDate on = LocalDate.now(Formats.BOGOTA).minusDays(1);

        assertThat(f.leaderA.post(approved, act(on, "Acuerdo 018")).status()).isEqualTo(403);
        assertThat(f.treasury.post(approved, act(on, "Acuerdo 018")).status()).isEqualTo(403);
        assertThat(f.planner.get(approved).status()).isEqualTo(404);
        Answer taken = f.planner.post(approved, act(on, "Acuerdo 018 de " + (YEAR - 1)));

        assertThat(taken.status()).as("%s", taken).isEqualTo(201);
        assertThat(taken.<String>json("$.actReference")).isEqualTo("Acuerdo 018 de " + (YEAR - 1));
        assertThat(taken.<String>json("$.approvedOn")).isEqualTo(on.toString());
        assertThat(taken.<String>json("$.takenBy")).isEqualTo(f.planner.username);
        assertThat(money(taken, "$.poai.total")).isEqualByComparingTo("1100000.25");
        assertThat(taken.<List<String>>json("$.poai.projects[*].projectBpin"))
                .containsExactlyInAnyOrder("2024520010001", "2024520010010");
        Answer again = f.planner.post(approved, act(on, "Acuerdo 019"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.<String>json("$.detail")).contains("ya se guardó").contains("Acuerdo 018");
        assertThat(money(f.control.get(approved), "$.poai.total")).isEqualByComparingTo("1100000.25");
    }

    @Test
    void theActMustBeOfTheBudgetsYearsAndNotInTheFuture() {
        assertThat(f.planner
                        .post(approved, act(LocalDate.of(YEAR - 2, 12, 1), "Acuerdo 1"))
                        .status())
                .isEqualTo(409);
        assertThat(f.planner
                        .post(approved, act(LocalDate.now(Formats.BOGOTA).plusDays(1), "Acuerdo 1"))
                        .status())
                .isEqualTo(409);
        assertThat(f.planner
                        .post(approved, "{\"approvedOn\":\"%s\"}".formatted(LocalDate.now(Formats.BOGOTA)))
                        .status())
                .isEqualTo(400);
        Answer noPlans = f.planner.post(
                "/api/v1/fiscal-years/" + (YEAR - 1) + "/poai/approved-with-budget",
                act(LocalDate.now(Formats.BOGOTA), "Acuerdo 1"));
        assertThat(noPlans.status()).as("%s", noPlans).isEqualTo(409);
        assertThat(noPlans.<String>json("$.detail")).contains("No hay planes de acción");
    }

    @Test
    void theFrozenPoaiCannotBeChangedOrDeletedEvenInTheDatabase() {
        require(f.planner.post(approved, act(LocalDate.now(Formats.BOGOTA), "Acuerdo 018")), 201);

        assertThatThrownBy(() -> jdbc.sql("update poai_budget_approval set total = 1 where organization_id = ?")
                        .param(f.org.id())
                        .update())
                .hasMessageContaining("no se cambia ni se borra");
        assertThatThrownBy(() -> jdbc.sql("delete from poai_budget_approval where organization_id = ?")
                        .param(f.org.id())
                        .update())
                .hasMessageContaining("no se cambia ni se borra");
    }

    @Test
    void theComparisonShowsWhatModificationsChangedPerProjectAndSourceToThePeso() {
        require(f.planner.post(approved, act(LocalDate.now(Formats.BOGOTA), "Acuerdo 018")), 201);
        modifyEducationMoney();

        Answer c = f.control.get("/api/v1/fiscal-years/" + YEAR + "/poai/comparison");

        assertThat(c.status()).as("%s", c).isEqualTo(200);
        String old = "$.lines[?(@.projectBpin == '2024520010001')]";
        String moved = "$.lines[?(@.projectBpin == '2024520010005')]";
        String health = "$.lines[?(@.projectBpin == '2024520010010')]";
        assertThat(c.<List<String>>json(old + ".change")).containsExactly("RETIRADO");
        assertThat(money(c, old + ".approved")).isEqualByComparingTo("600000.25");
        assertThat(money(c, old + ".current")).isEqualByComparingTo("0");
        assertThat(c.<List<String>>json(moved + ".change")).containsExactly("NUEVO");
        assertThat(money(c, moved + ".difference")).isEqualByComparingTo("650000");
        assertThat(c.<List<String>>json(health + ".change")).containsExactly("SIN_CAMBIO");
        assertThat(money(c, "$.sources[?(@.source == 'RECURSOS_PROPIOS')].difference"))
                .isEqualByComparingTo("49999.75");
        assertThat(money(c, "$.approvedTotal")).isEqualByComparingTo("1100000.25");
        assertThat(money(c, "$.currentTotal")).isEqualByComparingTo("1150000");
        assertThat(c.<Integer>json("$.changedLines")).isEqualTo(2);
        // the frozen one did not move
        assertThat(money(f.control.get(approved), "$.poai.total")).isEqualByComparingTo("1100000.25");
    }

    @Test
    void eitherVersionExportsToExcel() throws Exception {
        require(f.planner.post(approved, act(LocalDate.now(Formats.BOGOTA), "Acuerdo 018")), 201);
        modifyEducationMoney();

        byte[] frozen = f.control.bytes(approved + ".xlsx");
        byte[] current = f.control.bytes("/api/v1/fiscal-years/" + YEAR + "/poai.xlsx");

        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(frozen))) {
            assertThat(wb.getSheets().map(Sheet::getName).toList())
                    .containsExactly("POAI aprobado " + YEAR, "Totales por fuente", "Aprobación");
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows.get(rows.size() - 1).getCellAsNumber(7).orElseThrow())
                    .isEqualByComparingTo("1100000.25");
            List<Row> about = wb.findSheet("Aprobación").orElseThrow().read();
            assertThat(about.get(1).getCellAsString(1)).contains("Acuerdo 018");
        }
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(current))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows.get(rows.size() - 1).getCellAsNumber(7).orElseThrow())
                    .isEqualByComparingTo("1150000");
        }
    }

    @Test
    void anotherOrganizationDoesNotSeeIt() {
        require(f.planner.post(approved, act(LocalDate.now(Formats.BOGOTA), "Acuerdo 018")), 201);
        PlanningFixture other = new PlanningFixture(port, data, goals);

        assertThat(other.planner.get(approved).status()).isEqualTo(404);
    }

    @Test
    void thePagesTakeItAndShowItBesideTheCurrentOne() {
        Browser planner = Browser.loggedIn(port, f.planner.username, TestData.PASSWORD);
        String poai = "/vigencias/" + YEAR + "/poai";
        assertThat(planner.get(poai).body()).contains("Guardar el POAI aprobado con el presupuesto");
        Page leaderView =
                Browser.loggedIn(port, f.leaderA.username, TestData.PASSWORD).get(poai);
        assertThat(leaderView.body()).doesNotContain("Guardar el POAI aprobado con el presupuesto");

        Page taken = planner.post(
                poai + "/aprobado",
                Form.of("approvedOn", LocalDate.now(Formats.BOGOTA).toString(), "actReference", "Acuerdo 018 de 2026"));
        assertThat(taken.redirectsTo(poai)).as("%s", taken).isTrue();
        assertThat(planner.get(poai).body())
                .contains("Se guardó el POAI " + YEAR + " aprobado con el presupuesto")
                .contains("Aprobado con el presupuesto por <strong>Acuerdo 018 de 2026</strong>")
                .contains("/vigencias/" + YEAR + "/poai-aprobado.xlsx")
                .doesNotContain("Guardar el POAI aprobado con el presupuesto</button>");

        modifyEducationMoney();
        String side = planner.get(poai + "/aprobado").body();
        assertThat(side)
                .contains("Retirado")
                .contains("Nuevo")
                .contains("table-danger")
                .contains("table-success")
                .contains("$ 600.000,25")
                .contains("$ 650.000")
                .contains("2 línea(s) cambiaron desde la aprobación del presupuesto");
        assertThat(planner.get("/vigencias/" + YEAR + "/poai-aprobado.xlsx").status())
                .isEqualTo(200);
    }
}
