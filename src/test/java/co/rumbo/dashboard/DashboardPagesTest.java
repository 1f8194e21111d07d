package co.rumbo.dashboard;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import co.rumbo.identity.Role;
import co.rumbo.organization.Organization;
import co.rumbo.organization.OrganizationKind;
import co.rumbo.organization.Organizations;
import co.rumbo.structure.PlanStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The tablero's pages on {@link HandMadePlan}: figures in Colombian formats, drill-down, a goal's page. */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Organizations organizations;

    @Autowired
    PlanStore planStore;

    @Autowired
    JdbcClient jdbc;

    HandMadePlan plan;
    Organization empty;

    @BeforeAll
    void createPlan() {
        plan = HandMadePlan.create(organizations, planStore, jdbc, "Municipio de Prueba Páginas");
        empty = organizations.create(HandMadePlan.uniqueDaneCode(), "Entidad sin plan", OrganizationKind.MUNICIPIO);
    }

    /** The layout's header (organization, DANE code, the menu of the person's roles); nothing of it in a redirect. */
    @Test
    void everyPageHasTheLayoutOfThePersonAndTheOrganization() throws Exception {
        mvc.perform(get("/tablero").param("corte", "2025-06").with(as(Role.DESPACHO)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(plan.organization.name() + " · DANE " + plan.organization.daneCode())))
                .andExpect(content().string(containsString("id=\"menu\"")));
        mvc.perform(get("/").with(as(Role.DESPACHO)))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/tablero")); // the layout's model stays out of the URL
    }

    @Test
    void theBoardShowsThePlanFiguresAlertsAndChartsData() throws Exception {
        mvc.perform(get("/tablero").param("corte", "2025-06").with(as(Role.DESPACHO)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("junio de 2025")))
                .andExpect(content().string(containsString("40,3 %"))) // progress on the total
                .andExpect(content().string(containsString("75,8 %"))) // progress to the cut
                .andExpect(content().string(containsString("47,6 %"))) // expected
                .andExpect(content().string(containsString("90,3 %"))) // line L1
                .andExpect(content().string(containsString("data-chart=")))
                .andExpect(content().string(containsString("/_static/echarts/6.0.0/dist/echarts.min.js")))
                .andExpect(content().string(containsString("Compromisos sin avance físico")))
                .andExpect(content().string(containsString("G4 · Meta G4")))
                .andExpect(content().string(containsString("G5 · Meta G5")))
                .andExpect(content().string(containsString("Metas rezagadas por dependencia")))
                .andExpect(content().string(containsString("$ 16.000")))
                .andExpect(content().string(not(containsString("<script>"))));
    }

    @Test
    void fromTheFifteenthOfJanuaryTheBoardWarnsWhileTheYearsActionPlanIsUnpublished() throws Exception {
        // This organization has published nothing (Ley 1474 art. 74); the warning starts on 15 January.
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("America/Bogota"));
        boolean due = !today.isBefore(java.time.LocalDate.of(today.getYear(), 1, 15));
        mvc.perform(get("/tablero").param("corte", "2025-06").with(as(Role.PLANEACION)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(
                                due
                                        ? containsString("no se ha publicado")
                                        : org.hamcrest.Matchers.not(containsString("no se ha publicado"))));
    }

    @Test
    void aLineDrillsDownToItsGoals() throws Exception {
        mvc.perform(get("/tablero/metas")
                        .param("plan", plan.planId.toString())
                        .param("corte", "2025-06")
                        .param("linea", plan.lines.get("L1").toString())
                        .with(as(Role.DESPACHO)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("3 de 6 metas")))
                .andExpect(content().string(containsString(">Meta G1<")))
                .andExpect(content().string(containsString(">Meta G5<")))
                .andExpect(content().string(not(containsString(">Meta G3<"))));
    }

    @Test
    void anHtmxRequestGetsOnlyTheList() throws Exception {
        mvc.perform(get("/tablero/metas")
                        .param("corte", "2025-06")
                        .param("estado", "ATRASADA")
                        .header("HX-Request", "true")
                        .with(as(Role.DESPACHO)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2 de 6 metas")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void aGoalsPageShowsBothViewsItsYearsAndItsHistory() throws Exception {
        mvc.perform(get("/tablero/metas/{id}", plan.goal("G1"))
                        .param("corte", "2025-06")
                        .with(as(Role.PLANEACION)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("En el cuatrienio")))
                .andExpect(content().string(containsString("66,7 %")))
                .andExpect(content().string(containsString("En 2025 (dentro del año)")))
                .andExpect(content().string(containsString("100,0 %")))
                .andExpect(content().string(containsString("2025-Q3")))
                .andExpect(content().string(containsString("trimestral · 2 periodo(s) al corte")))
                .andExpect(content().string(containsString("/auditoria?registro=" + plan.goal("G1"))))
                .andExpect(content().string(containsString("goal_value")));
    }

    @Test
    void anOfficeRoleSeesTheGoalWithoutTheAuditTrail() throws Exception {
        mvc.perform(get("/tablero/metas/{id}", plan.goal("G3"))
                        .param("corte", "2025-06")
                        .with(as(Role.ENLACE)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ningún periodo del año tiene programación")))
                .andExpect(content().string(not(containsString("Historial de cambios"))));
    }

    @Test
    void aBadCutOnAPageIsExplainedInSpanish() throws Exception {
        mvc.perform(get("/tablero").param("corte", "2025-13").with(as(Role.DESPACHO)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("no es válido")));
    }

    @Test
    void anotherOrganizationsGoalIsNotFound() throws Exception {
        mvc.perform(get("/tablero/metas/{id}", plan.goal("G1")).with(TestUsers.as(empty.id(), Role.PLANEACION)))
                .andExpect(status().isNotFound());
    }

    @Test
    void anOrganizationWithoutPlanIsToldSo() throws Exception {
        mvc.perform(get("/tablero").with(TestUsers.as(empty.id(), Role.PLANEACION)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("todavía no tiene un Plan de Desarrollo")));
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(Role role) {
        return TestUsers.as(plan.organization.id(), role);
    }
}
