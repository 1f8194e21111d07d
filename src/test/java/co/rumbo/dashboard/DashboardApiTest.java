package co.rumbo.dashboard;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
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

/** {@code GET /api/v1/plans/{id}/dashboard} on {@link HandMadePlan} (figures worked out in {@link DashboardFiguresTest}). */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardApiTest {

    private static final String DASHBOARD = "/api/v1/plans/{id}/dashboard";

    @Autowired
    MockMvc mvc;

    @Autowired
    Organizations organizations;

    @Autowired
    PlanStore planStore;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Dashboards dashboards;

    HandMadePlan plan;
    Organization other;

    @BeforeAll
    void createPlans() {
        plan = HandMadePlan.create(organizations, planStore, jdbc, "Municipio de Prueba API");
        other = organizations.create(HandMadePlan.uniqueDaneCode(), "Otra entidad", OrganizationKind.MUNICIPIO);
    }

    @Test
    void returnsThePlanLinesGroupsAndGoalsWithRatiosAsNumbers() throws Exception {
        mvc.perform(get(DASHBOARD, plan.planId).param("cut", "2025-06").with(planner()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cut").value("2025-06"))
                .andExpect(jsonPath("$.plan.progressTotal").value(0.403333))
                .andExpect(jsonPath("$.plan.progressToCut").value(0.757778))
                .andExpect(jsonPath("$.plan.expectedToCut").value(0.475556))
                .andExpect(jsonPath("$.plan.trafficLight").value("AMARILLO"))
                .andExpect(jsonPath("$.plan.stateCounts.ATRASADA").value(2))
                .andExpect(jsonPath("$.plan.stateCounts.AL_DIA").value(1))
                .andExpect(jsonPath("$.plan.stateCounts.NO_INICIADA").value(1))
                .andExpect(jsonPath("$.plan.stateCounts.SOBREEJECUTADA").value(1))
                .andExpect(jsonPath("$.plan.stateCounts.ELIMINADA").value(1))
                .andExpect(jsonPath("$.plan.stateCounts.CUMPLIDA").value(0))
                .andExpect(jsonPath("$.strategicLines", hasSize(2)))
                .andExpect(jsonPath("$.strategicLines[0].id")
                        .value(plan.lines.get("L1").toString()))
                .andExpect(jsonPath("$.strategicLines[0].name").value("Gobierno cercano"))
                .andExpect(jsonPath("$.strategicLines[0].score").value(0.903333))
                .andExpect(jsonPath("$.strategicLines[0].trafficLight").value("VERDE"))
                .andExpect(jsonPath("$.strategicLines[1].score").value(0.466667))
                .andExpect(jsonPath("$.strategicLines[1].trafficLight").value("ROJO"))
                .andExpect(jsonPath("$.sectors", hasSize(2)))
                .andExpect(jsonPath("$.programs", hasSize(4)))
                .andExpect(jsonPath("$.offices", hasSize(3)))
                .andExpect(jsonPath("$.offices[1].name").value("Secretaría de Gobierno"))
                .andExpect(jsonPath("$.offices[1].score").value(0.879167))
                .andExpect(jsonPath("$.goals", hasSize(6)))
                .andExpect(jsonPath("$.goals[0].id").value(plan.goal("G1").toString()))
                .andExpect(jsonPath("$.goals[0].sisptCode").value("G1"))
                .andExpect(jsonPath("$.goals[0].name").value("Meta G1"))
                .andExpect(jsonPath("$.goals[0].office").value("Secretaría de Gobierno"))
                .andExpect(jsonPath("$.goals[0].state").value("ATRASADA"))
                .andExpect(jsonPath("$.goals[0].trafficLight").value("AMARILLO"))
                .andExpect(jsonPath("$.goals[0].progressToCut").value(0.666667))
                .andExpect(jsonPath("$.goals[0].progressTotal").value(0.333333))
                .andExpect(jsonPath("$.goals[4].progressToCut").value(1.5))
                .andExpect(jsonPath("$.goals[5].state").value("ELIMINADA"))
                .andExpect(jsonPath("$.goals[5].progressToCut").doesNotExist())
                .andExpect(jsonPath("$.alerts.moneyWithoutProgress[0]").value("G4"))
                .andExpect(jsonPath("$.alerts.progressWithoutMoney[0]").value("G5"))
                .andExpect(jsonPath("$.lagging[0].office").value("Secretaría de Salud"))
                .andExpect(jsonPath("$.lagging[0].goals", hasSize(2)))
                // Ratios are JSON numbers, not strings nor percentages.
                .andExpect(content().string(containsString("\"progressToCut\":0.757778")));
    }

    @Test
    void filtersOnlyTheGoalList() throws Exception {
        mvc.perform(get(DASHBOARD, plan.planId)
                        .param("cut", "2025-06")
                        .param("state", "ATRASADA")
                        .with(planner()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.goals", hasSize(2)))
                .andExpect(jsonPath("$.goals[1].sisptCode").value("G3"))
                .andExpect(jsonPath("$.plan.stateCounts.AL_DIA").value(1));
        mvc.perform(get(DASHBOARD, plan.planId)
                        .param("cut", "2025-06")
                        .param("office", plan.officeC.id().toString())
                        .param("q", "g5")
                        .with(planner()))
                .andExpect(jsonPath("$.goals", hasSize(1)))
                .andExpect(jsonPath("$.goals[0].sisptCode").value("G5"));
    }

    @Test
    void withoutACutTheLastClosedQuarterIsUsed() throws Exception {
        String expected = dashboards
                .defaultCut(dashboards.plan(plan.organization.id(), plan.planId))
                .toString();
        mvc.perform(get(DASHBOARD, plan.planId).with(planner()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cut").value(expected));
    }

    @Test
    void aCutThatIsNotAMonthIsABadRequestExplainedInSpanish() throws Exception {
        for (String cut : new String[] {"2025-13", "junio", "2025-6", "2025-Q2"}) {
            mvc.perform(get(DASHBOARD, plan.planId).param("cut", cut).with(planner()))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.title").value("Corte no válido"))
                    .andExpect(jsonPath("$.detail").value(containsString("no es válido: escríbalo como AAAA-MM")));
        }
    }

    @Test
    void aCutOutsideThePlanIsABadRequest() throws Exception {
        mvc.perform(get(DASHBOARD, plan.planId).param("cut", "2031-01").with(planner()))
                .andExpect(status().isBadRequest())
                .andExpect(
                        jsonPath("$.detail")
                                .value(
                                        "El corte 2031-01 está fuera del plan 2024–2027: elija un mes entre 2024-01 y 2027-12."));
    }

    @Test
    void anUnknownStateIsABadRequestExplainedInSpanish() throws Exception {
        mvc.perform(get(DASHBOARD, plan.planId).param("state", "PERDIDA").with(planner()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("El parámetro «state» no admite el valor «PERDIDA»."));
    }

    @Test
    void anotherOrganizationsPlanIsNotFound() throws Exception {
        mvc.perform(get(DASHBOARD, plan.planId).param("cut", "2025-06").with(TestUsers.as(other.id(), Role.PLANEACION)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("El plan no existe"));
        mvc.perform(get("/api/v1/goals/{id}/dashboard", plan.goal("G1"))
                        .with(TestUsers.as(other.id(), Role.PLANEACION)))
                .andExpect(status().isNotFound());
        mvc.perform(get(DASHBOARD + "/export.xlsx", plan.planId).with(TestUsers.as(other.id(), Role.PLANEACION)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aGoalsDashboardHasBothViews() throws Exception {
        mvc.perform(get("/api/v1/goals/{id}/dashboard", plan.goal("G1"))
                        .param("cut", "2025-06")
                        .with(TestUsers.as(plan.organization.id(), Role.ENLACE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.overPlan.state").value("ATRASADA"))
                .andExpect(jsonPath("$.withinYear.state").value("AL_DIA"))
                .andExpect(jsonPath("$.years", hasSize(4)))
                .andExpect(jsonPath("$.years[1].granularity").value("QUARTER"));
    }

    @Test
    void anonymousRequestsAreUnauthorized() throws Exception {
        mvc.perform(get(DASHBOARD, plan.planId)).andExpect(status().isUnauthorized());
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor planner() {
        return TestUsers.as(plan.organization.id(), Role.PLANEACION);
    }
}
