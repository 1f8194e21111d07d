package co.rumbo.tracking;

import static co.rumbo.tracking.CaptureFixture.require;
import static org.assertj.core.api.Assertions.assertThat;

import co.rumbo.platform.web.Formats;
import co.rumbo.structure.GoalEditor;
import co.rumbo.support.ApiClient;
import co.rumbo.support.ApiClient.Answer;
import co.rumbo.support.Browser;
import co.rumbo.support.Page;
import co.rumbo.support.RumboIntegrationTest;
import co.rumbo.support.TestData;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The treasury's page and the overdue list in Spanish: March 2026 is open and its deadline (10 April
 * 2026) has passed, so both offices are overdue.
 */
@RumboIntegrationTest
class TreasuryPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    GoalEditor goals;

    @Autowired
    JdbcClient jdbc;

    CaptureFixture f;

    @BeforeEach
    void marchIsOpenAndOverdue() {
        f = new CaptureFixture(port, data, goals, jdbc);
        f.open("2026-03");
    }

    private Browser as(ApiClient who) {
        return Browser.loggedIn(port, who.username, TestData.PASSWORD);
    }

    @Test
    void theTreasurySeesThePeriodTheTemplatesAndTheUploadsWithTheirConflicts() {
        require(f.liaisonA.put(f.sheetA("2026-03") + "/budget", """
                {"projectBpin":"2024520010001","sourceCode":"RECURSOS_PROPIOS","appropriation":600000,
                 "commitments":200000,"obligations":100000,"payments":100000,"version":0}"""), 200);
        Answer loaded = f.treasury.postFile(
                "/api/v1/periods/2026-03/budget-execution/upload",
                "hacienda-marzo.csv",
                ("BPIN;Fuente;Apropiación definitiva;Compromisos;Obligaciones;Pagos;Fecha de corte\r\n"
                                + "2024520010001;Recursos propios;600000;300000;100000;90000;31/03/2026\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        require(loaded, 200);
        Browser treasury = as(f.treasury);

        Page page = treasury.get("/captura/hacienda");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("Ejecución presupuestal de Hacienda")
                .contains("Marzo de 2026")
                .contains("/captura/hacienda/plantilla?anio=2026&amp;periodo=2026-03&amp;formato=xlsx")
                .contains("hacienda-marzo.csv")
                .contains("data-upload-progress");

        Page result = treasury.get("/captura/hacienda?periodo=2026-03&carga=" + loaded.<String>json("$.id"));
        assertThat(result.body())
                .contains("Se cargó <strong>hacienda-marzo.csv</strong>")
                .contains(f.officeA.name())
                .contains("$ 200.000") // what the office typed
                .contains("$ 300.000") // the treasury's figure
                .contains("$ 100.000"); // the difference

        assertThat(treasury.get("/captura/hacienda/plantilla?anio=2026&formato=csv")
                        .status())
                .isEqualTo(200);
        assertThat(as(f.leaderA).get("/captura/hacienda").status()).isEqualTo(403);
    }

    @Test
    void aClosedPeriodShowsNoUploadForm() {
        require(f.planner.post("/api/v1/periods/2026-03/close?confirm=true", "{}"), 200);

        Page page = as(f.planner).get("/captura/hacienda?periodo=2026-03");

        assertThat(page.body()).contains("El periodo está cerrado").doesNotContain("id=\"form-hacienda\"");
    }

    @Test
    void thePlanningOfficeSeesTheOverdueOfficesWithHowLateAndWhomToCall() {
        LocalDate today = LocalDate.now(Formats.BOGOTA);
        long days = ChronoUnit.DAYS.between(LocalDate.of(2026, 4, 10), today);

        Page page = as(f.planner).get("/captura/vencidas");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("Hojas de captura vencidas")
                .contains(f.officeA.name())
                .contains(f.officeB.name())
                .contains("10/04/2026")
                .contains(f.leaderAUser.email())
                .contains(f.liaisonAUser.email())
                .contains("/captura/hojas/" + f.officeA.id() + "/2026-03")
                .contains(">" + days + "</strong>")
                .contains("Correos de recordatorio")
                .contains("07/04/2026"); // 3 business days before Friday 10 April

        Page mine = as(f.leaderA).get("/captura/vencidas");
        assertThat(mine.body()).contains(f.officeA.name()).doesNotContain(f.officeB.name());
    }

    @Test
    void theOverdueListIsOnTheApiAndLeavesOutWhoSubmitted() {
        require(f.save("2026-03", f.sumaGoal, "2", null), 200);
        require(f.save("2026-03", f.constantGoal, "1", null), 200);
        require(f.leaderA.post(f.sheetA("2026-03") + "/submit", "{}"), 200);

        Answer overdue = f.planner.get("/api/v1/periods/2026-03/overdue");

        assertThat(overdue.status()).as("%s", overdue).isEqualTo(200);
        assertThat(overdue.<List<String>>json("$[*].officeName")).containsExactly(f.officeB.name());
        assertThat(overdue.<String>json("$[0].deadline")).isEqualTo("2026-04-10");
        assertThat(overdue.<Integer>json("$[0].daysOverdue"))
                .isEqualTo((int) ChronoUnit.DAYS.between(LocalDate.of(2026, 4, 10), LocalDate.now(Formats.BOGOTA)));
        assertThat(overdue.<Integer>json("$[0].businessDaysOverdue")).isPositive();
        assertThat(overdue.<List<String>>json("$[0].contacts")).isNotEmpty();
        assertThat(f.leaderA.get("/api/v1/periods/2026-03/overdue").<List<?>>json("$"))
                .as("an office sees only its own")
                .isEmpty();
        assertThat(f.planner.get("/api/v1/periods/2026-04/overdue").status()).isEqualTo(404);
    }
}
