package co.rumbo.dashboard;

import static co.rumbo.tracking.CaptureFixture.require;
import static org.assertj.core.api.Assertions.assertThat;

import co.rumbo.structure.GoalEditor;
import co.rumbo.support.Browser;
import co.rumbo.support.Form;
import co.rumbo.support.Page;
import co.rumbo.support.RumboIntegrationTest;
import co.rumbo.support.TestData;
import co.rumbo.tracking.BudgetExecutions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The "Informes" pages in Spanish: generate with a progress indicator, download, validate, send. */
@RumboIntegrationTest
class ReportPagesTest {

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

    ReportFixture f;

    @BeforeEach
    void marchClosed() {
        f = new ReportFixture(port, data, goals, jdbc, budgets);
    }

    private Browser as(String username) {
        return Browser.loggedIn(port, username, TestData.PASSWORD);
    }

    @Test
    void thePlannerGeneratesAMonthlyReportFromTheListAndDownloadsIt() {
        Browser planner = as(f.c.planner.username);
        Page list = planner.get("/informes");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body())
                .contains("href=\"/informes\"")
                .contains("Generar informe mensual")
                .contains("<option value=\"2026-03\">2026-03</option>")
                .contains("Generar informe trimestral con alertas")
                .contains("<option value=\"2026-Q1\">2026-Q1</option>")
                .contains("data-progress=\"generando-mensual\"")
                .contains("puede tardar unos segundos")
                .contains("Aún no se ha generado ningún informe");

        Page generated = planner.post("/informes", Form.of("tipo", "MENSUAL", "periodo", "2026-03"));

        assertThat(generated.status()).isEqualTo(302);
        String location = generated.location().orElseThrow();
        assertThat(location).matches(".*/informes/[0-9a-f-]{36}");
        String path = location.substring(location.indexOf("/informes/"));
        Page detail = planner.get(path);
        assertThat(detail.body())
                .contains("Informe mensual de avance 2026-03")
                .contains("Se generó la versión 1")
                .contains("Descargar PDF")
                .contains("Descargar Excel")
                .contains("no se modifica");
        Page pdf = planner.get(path + "/pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.body()).startsWith("%PDF-");
        assertThat(planner.get("/informes").body()).contains("2026-03").contains(path + "/xlsx");
    }

    @Test
    void anOpenPeriodIsRefusedOnThePageWithTheReason() {
        f.c.open("2026-04");
        Browser planner = as(f.c.planner.username);

        Page refused = planner.post("/informes", Form.of("tipo", "MENSUAL", "periodo", "2026-04"));

        assertThat(refused.redirectsTo("/informes")).as("%s", refused).isTrue();
        assertThat(planner.get("/informes").body()).contains("El periodo 2026-04 está abierto");
    }

    @Test
    void theMayorsOfficeValidatesOnThePageAndThePlannerSendsWithConfirmation() {
        String id = f.generate("TRIMESTRAL", "2026-Q1");
        Browser despacho = as(f.despachoUser.username());
        Page detail = despacho.get("/informes/" + id);
        assertThat(detail.body())
                .contains("Validar informe")
                .contains("data-confirm")
                .contains("El despacho aún no ha validado");
        assertThat(despacho.get("/informes").body()).doesNotContain("Generar informe mensual");

        Page validated = despacho.post("/informes/" + id + "/validar", Form.of("version", "0"));
        assertThat(validated.redirectsTo("/informes/" + id)).as("%s", validated).isTrue();
        assertThat(despacho.get("/informes/" + id).body())
                .contains("El despacho validó la versión 1")
                .contains("Validado")
                .doesNotContain(">Validar informe<");

        Browser planner = as(f.c.planner.username);
        Page beforeSending = planner.get("/informes/" + id);
        assertThat(beforeSending.body()).contains("Enviar a las dependencias").contains("Se envía una sola vez");
        Page sent = planner.post("/informes/" + id + "/enviar", Form.of("version", "1"));
        assertThat(sent.redirectsTo("/informes/" + id)).as("%s", sent).isTrue();
        Page after = planner.get("/informes/" + id);
        assertThat(after.body())
                .contains("Se envió el informe a 2 dependencias")
                .contains("Envío a las dependencias")
                .contains(f.c.officeA.name())
                .contains(f.c.officeB.name())
                .doesNotContain(">Enviar a las dependencias<");
    }

    @Test
    void thePlannerSchedulesABilateralMeetingFromTheQuarterlyReportWithTheOfficeAndPeriodFilledIn() {
        String id = f.generate("TRIMESTRAL", "2026-Q1");
        Browser planner = as(f.c.planner.username);
        String body = planner.get("/informes/" + id).body();
        assertThat(body).contains("Reuniones bilaterales").contains("Programar reunión con " + f.c.officeA.name());
        java.util.regex.Matcher link = java.util.regex.Pattern.compile(
                        "href=\"(/reuniones/nueva\\?dependencia=" + f.c.officeA.id() + "[^\"]*)\"")
                .matcher(body);
        assertThat(link.find()).as("link to schedule a meeting with office A").isTrue();
        String form = planner.get(link.group(1).replace("&amp;", "&")).body();
        assertThat(form).contains("2026-Q1").contains("metas rezagadas en el informe trimestral 2026-Q1");
    }

    @Test
    void anOfficeLeaderSeesNoGenerationAndNoUnvalidatedQuarterlyReport() {
        String quarterly = f.generate("TRIMESTRAL", "2026-Q1");
        Browser leader = as(f.c.leaderA.username);

        Page list = leader.get("/informes");

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).doesNotContain("Generar informe").doesNotContain(quarterly);
        assertThat(leader.get("/informes/" + quarterly).status()).isEqualTo(404);
        require(f.despacho.post("/api/v1/reports/" + quarterly + "/validate", "{}"), 200);
        assertThat(leader.get("/informes/" + quarterly).status()).isEqualTo(200);
    }
}
