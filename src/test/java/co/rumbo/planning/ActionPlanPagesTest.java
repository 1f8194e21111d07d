package co.rumbo.planning;

import static co.rumbo.planning.PlanningFixture.YEAR;
import static org.assertj.core.api.Assertions.assertThat;

import co.rumbo.platform.web.Formats;
import co.rumbo.structure.GoalEditor;
import co.rumbo.support.ApiClient;
import co.rumbo.support.Browser;
import co.rumbo.support.Form;
import co.rumbo.support.Page;
import co.rumbo.support.RumboIntegrationTest;
import co.rumbo.support.TestData;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** One office's plan from draft to approval with one return, through the pages as people use them. */
@RumboIntegrationTest
class ActionPlanPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    GoalEditor goals;

    @Autowired
    JdbcClient jdbc;

    PlanningFixture f;

    @BeforeEach
    void organizationWithTwoOffices() {
        f = new PlanningFixture(port, data, goals);
    }

    private Browser as(ApiClient api) {
        return Browser.loggedIn(port, api.username, TestData.PASSWORD);
    }

    @Test
    void anOfficesPlanGoesFromDraftToApprovalWithOneReturn() {
        Browser planner = as(f.planner);
        Browser treasury = as(f.treasury);
        Browser liaison = as(f.liaisonA);
        Browser leader = as(f.leaderA);
        Browser mayor = as(f.mayor);

        Page opened = planner.post(
                "/planes-de-accion/formulacion",
                form("anio", YEAR, "deadline", LocalDate.now(Formats.BOGOTA).plusDays(15)));
        assertThat(opened.redirectsTo("/planes-de-accion?anio=" + YEAR))
                .as("%s", opened)
                .isTrue();
        treasury.post(
                "/vigencias/" + YEAR + "/techos",
                form(
                        "officeId",
                        f.officeA.id(),
                        "programCode",
                        "2201",
                        "source",
                        "RECURSOS_PROPIOS",
                        "amount",
                        "1.000.000"));
        assertThat(planner.get("/vigencias/" + YEAR + "/techos").body()).contains("$ 1.000.000");

        Page list = liaison.get("/planes-de-accion?anio=" + YEAR);
        assertThat(list.body()).contains("Plan por construir").contains(f.officeA.name());
        Page created = liaison.post("/planes-de-accion", form("officeId", f.officeA.id(), "anio", YEAR));
        UUID id = UUID.fromString(created.location().orElseThrow().replaceAll(".*/planes-de-accion/", ""));
        String plan = "/planes-de-accion/" + id;

        liaison.post(
                plan + "/metas/" + f.sumaGoal,
                form(
                        "decision",
                        "programada",
                        "target",
                        "10",
                        "q1",
                        "2",
                        "q2",
                        "3",
                        "q3",
                        "3",
                        "q4",
                        "2",
                        "bpin_0",
                        "2024520010001",
                        "source_0",
                        "RECURSOS_PROPIOS",
                        "amount_0",
                        "1.200.000"));
        liaison.post(
                plan + "/metas/" + f.constantGoal,
                form("decision", "no-programada", "reason", "Lo financia el departamento"));
        Page overCeiling = leader.get(plan);
        assertThat(overCeiling.body()).contains("Supera el techo").contains("Plan Indicativo: meta");

        leader.post(plan + "/enviar", form());
        assertThat(leader.get(plan).body()).contains("el techo presupuestal es $ 1.000.000");
        liaison.post(
                plan + "/metas/" + f.sumaGoal,
                form(
                        "decision",
                        "programada",
                        "target",
                        "10",
                        "q1",
                        "2",
                        "q2",
                        "3",
                        "q3",
                        "3",
                        "q4",
                        "2",
                        "bpin_0",
                        "2024520010001",
                        "source_0",
                        "RECURSOS_PROPIOS",
                        "amount_0",
                        "900.000,50"));
        liaison.post(
                plan + "/actividades",
                form(
                        "projectBpin",
                        "2024520010001",
                        "name",
                        "Contratar la obra",
                        "responsible",
                        "Secretaría",
                        "startsOn",
                        YEAR + "-02-01",
                        "endsOn",
                        YEAR + "-05-31",
                        "expectedEvidence",
                        "Contrato"));
        assertThat(liaison.get(plan).body()).contains("Contratar la obra");
        leader.post(plan + "/enviar", form());
        assertThat(state(id)).isEqualTo("ENVIADO");

        planner.post(
                plan + "/devolver",
                form("observations", "Ajuste los trimestres", "obs_" + f.sumaGoal, "El T1 es muy alto"));
        assertThat(state(id)).isEqualTo("DEVUELTO");
        assertThat(liaison.get(plan).body())
                .contains("Observación de planeación")
                .contains("El T1 es muy alto");
        liaison.post(
                plan + "/metas/" + f.sumaGoal,
                form(
                        "decision",
                        "programada",
                        "target",
                        "10",
                        "q1",
                        "1",
                        "q2",
                        "3",
                        "q3",
                        "3",
                        "q4",
                        "3",
                        "bpin_0",
                        "2024520010001",
                        "source_0",
                        "RECURSOS_PROPIOS",
                        "amount_0",
                        "900.000,50"));
        leader.post(plan + "/enviar", form());
        planner.post(plan + "/revisar", form());
        assertThat(state(id)).isEqualTo("REVISADO");

        Page refused = liaison.post(
                plan + "/aprobar", form("approvedOn", LocalDate.now(Formats.BOGOTA), "minutesReference", "Acta 3"));
        assertThat(refused.status()).isEqualTo(403);
        mayor.post(plan + "/aprobar", form("approvedOn", LocalDate.now(Formats.BOGOTA), "minutesReference", "Acta 3"));
        assertThat(state(id)).isEqualTo("APROBADO");

        // Each GET shows (and uses up) one pending flash message of the liaison's earlier changes.
        for (int i = 0; i < 3; i++) {
            liaison.get(plan);
        }
        liaison.post(
                plan + "/metas/" + f.constantGoal,
                form("decision", "programada", "target", "1", "q1", "1", "q2", "1", "q3", "1", "q4", "1"));
        assertThat(liaison.get(plan).body()).contains("no se pueden programar metas");
        assertThat(planner.get("/vigencias/" + YEAR + "/poai").body()).contains("$ 900.000,50");
        assertThat(planner.get("/planes-de-accion?anio=" + YEAR).body()).contains("Aprobado en Consejo de Gobierno");
        leader.postMultipart(
                plan + "/modificaciones",
                form(
                        "goalId",
                        f.sumaGoal,
                        "target",
                        "10",
                        "q1",
                        "1",
                        "q2",
                        "3",
                        "q3",
                        "2",
                        "q4",
                        "4",
                        "bpin",
                        "2024520010001",
                        "source",
                        "RECURSOS_PROPIOS",
                        "amount",
                        "950.000",
                        "justification",
                        "Se mueve una entrega",
                        "letterReference",
                        "Oficio 33"),
                "letterFile",
                "oficio-33.pdf",
                "application/pdf",
                ModificationLetterTest.PDF);
        Page asked = planner.get(plan);
        assertThat(asked.body())
                .contains("Se mueve una entrega")
                .contains("PENDIENTE")
                .contains("<td>2201001-1</td>");
        String modification = jdbc.sql("select id from action_plan_modification where plan_id = ?")
                .param(id)
                .query(String.class)
                .single();
        planner.post(plan + "/modificaciones/" + modification + "/aprobar", form());
        Page versions = planner.get(plan + "/versiones");
        assertThat(versions.body()).contains("Versión 1").contains("Versión 2").contains("$ 950.000");
        planner.post("/vigencias/" + YEAR + "/publicaciones", form());
        Page published = planner.get("/vigencias/" + YEAR + "/poai");
        assertThat(published.body())
                .contains("Versiones publicadas")
                .contains("1.xlsx")
                .contains("$ 950.000");
        assertThat(planner.get("/vigencias/" + YEAR + "/publicaciones/1.pdf").status())
                .isEqualTo(200);
    }

    @Test
    void theOfficeAndThePlanningOfficeSeeTheConsistencyWarningOfAGoal() {
        f.openFormulation();
        UUID id = f.planA();
        String plan = "/planes-de-accion/" + id;
        Browser liaison = as(f.liaisonA);

        liaison.post(
                plan + "/metas/" + f.sumaGoal,
                form("decision", "programada", "target", "10", "q1", "2", "q2", "2", "q3", "2", "q4", "2"));

        assertThat(f.liaisonA
                        .get("/api/v1/action-plans/" + id)
                        .<java.util.List<Integer>>json("$.goals[?(@.sisptCode == '2201001-1')].quarters[*]"))
                .containsExactly(2, 2, 2, 2);
        for (Browser who : java.util.List.of(liaison, as(f.planner))) {
            String body = who.get(plan).body();
            assertThat(body)
                    .contains("1 meta con advertencia de coherencia")
                    .contains("text-bg-warning\">Advertencia de coherencia</span>")
                    .contains("La programación trimestral (SUMA) no es coherente con la meta del año:"
                            + " La programación de los periodos suma 8, pero la meta anual es 10.");
        }
    }

    private static Form form(Object... namesAndValues) {
        Form form = Form.of();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.add((String) namesAndValues[i], String.valueOf(namesAndValues[i + 1]));
        }
        return form;
    }

    private String state(UUID id) {
        return jdbc.sql("select state from action_plan where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }
}
