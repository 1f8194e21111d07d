package co.rumbo.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import co.rumbo.TestTenants;
import co.rumbo.identity.Role;
import co.rumbo.identity.Users;
import co.rumbo.organization.Organization;
import co.rumbo.organization.Organizations;
import co.rumbo.progress.ProgrammingType;
import co.rumbo.structure.PlanStore;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GoalValueApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlanStore planStore;

    @Autowired
    Organizations organizations;

    @Autowired
    Users users;

    Organization org;
    String planner;
    String leader;
    String control;
    UUID goal;
    UUID otherOrgGoal;
    String otherPlanner;

    @BeforeAll
    void organizationWithAPlan() {
        TestTenants tenants = new TestTenants(organizations, users);
        org = tenants.organization("Municipio de valores");
        planner = tenants.user(org, Role.PLANEACION);
        leader = tenants.user(org, Role.LIDER);
        control = tenants.user(org, Role.CONTROL);
        UUID plan = TestPlans.save(
                planStore,
                org.id(),
                TestPlans.plan(
                        TestPlans.goal("IP-1", ProgrammingType.SUMA, "2", "3", "3", "2"),
                        TestPlans.goal("IP-2", ProgrammingType.CONSTANTE, "1", "1", "1", "1")));
        goal = goalId(plan, "IP-1");
        Organization other = tenants.organization("Otro municipio");
        otherPlanner = tenants.user(other, Role.PLANEACION);
        otherOrgGoal = goalId(
                TestPlans.save(
                        planStore,
                        other.id(),
                        TestPlans.plan(TestPlans.goal("IP-1", ProgrammingType.SUMA, "1", "1", "1", "1"))),
                "IP-1");
    }

    private UUID goalId(UUID plan, String code) {
        return jdbc.sql("select id from product_goal where plan_id = ? and sispt_code = ?")
                .params(plan, code)
                .query(UUID.class)
                .single();
    }

    private ResultActions putValue(String user, UUID goalId, String period, String body) throws Exception {
        return mvc.perform(put("/api/v1/goals/{id}/periods/{period}", goalId, period)
                .with(httpBasic(user, TestTenants.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    @Test
    void planningOfficeSetsAQuarterValue() throws Exception {
        putValue(planner, goal, "2025-Q3", "{\"programmed\": 1.5, \"executed\": 0.75}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.period").value("2025-Q3"))
                .andExpect(jsonPath("$.programmed").value(1.5))
                .andExpect(jsonPath("$.executed").value(0.75))
                .andExpect(jsonPath("$.source").value("MANUAL"));

        Map<String, Object> row = jdbc.sql(
                        "select programmed, executed, source from goal_value where goal_id = ? and period = ?")
                .params(goal, "2025-Q3")
                .query()
                .singleRow();
        assertThat(row).containsEntry("source", "MANUAL");
        assertThat(row.get("executed").toString()).isEqualTo("0.750000");
    }

    @Test
    void theChangeIsInTheAuditTrailWithItsActor() throws Exception {
        putValue(planner, goal, "2025-09", "{\"programmed\": 4, \"executed\": 1}")
                .andExpect(status().isOk());
        putValue(planner, goal, "2025-09", "{\"programmed\": 4, \"executed\": 2}")
                .andExpect(status().isOk());

        var trail = jdbc.sql("""
                        select operation, actor, before ->> 'executed' as before, after ->> 'executed' as after
                        from audit_log where organization_id = ? and table_name = 'goal_value'
                          and after ->> 'goal_id' = ? and after ->> 'period' = '2025-09' order by id""").params(org.id(), goal.toString()).query().listOfRows();
        assertThat(trail).hasSize(2);
        assertThat(trail.get(0)).containsEntry("operation", "I").containsEntry("actor", planner);
        assertThat(trail.get(1))
                .containsEntry("operation", "U")
                .containsEntry("actor", planner)
                .containsEntry("before", "1.000000")
                .containsEntry("after", "2.000000");
    }

    @Test
    void settingTheSameFiguresAgainChangesNothing() throws Exception {
        putValue(planner, goal, "2024", "{\"programmed\": null, \"executed\": 2}")
                .andExpect(jsonPath("$.version").value(0));
        putValue(planner, goal, "2024", "{\"executed\": 2.000}")
                .andExpect(jsonPath("$.version").value(0));
        putValue(planner, goal, "2024", "{\"executed\": 3}")
                .andExpect(jsonPath("$.version").value(1));
    }

    @Test
    void refusesAStaleVersion() throws Exception {
        putValue(planner, goal, "2026-Q1", "{\"executed\": 1}").andExpect(status().isOk());
        putValue(planner, goal, "2026-Q1", "{\"executed\": 2, \"version\": 0}").andExpect(status().isOk());
        putValue(planner, goal, "2026-Q1", "{\"executed\": 3, \"version\": 0}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Versión desactualizada"));
    }

    @Test
    void onlyThePlanningOfficeSetsValues() throws Exception {
        putValue(leader, goal, "2025-Q1", "{\"executed\": 1}")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("No tiene permiso para esta acción"));
        putValue(control, goal, "2025-Q1", "{\"executed\": 1}").andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/goals/{id}/periods/2025-Q1", goal)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"executed\": 1}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void anotherOrganizationsGoalIsNotFound() throws Exception {
        putValue(planner, otherOrgGoal, "2025-Q1", "{\"executed\": 1}")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("La meta no existe"));
        putValue(otherPlanner, goal, "2025-Q1", "{\"executed\": 1}").andExpect(status().isNotFound());
        putValue(planner, UUID.randomUUID(), "2025-Q1", "{\"executed\": 1}").andExpect(status().isNotFound());
    }

    @Test
    void refusesABadPeriod() throws Exception {
        for (String period : new String[] {"2025-Q5", "2025-13", "25", "2025-3", "ayer"}) {
            putValue(planner, goal, period, "{\"executed\": 1}")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail", containsString("Periodo no válido")));
        }
    }

    @Test
    void refusesANegativeValueOrAnEmptyBody() throws Exception {
        putValue(planner, goal, "2025-Q2", "{\"programmed\": 1, \"executed\": -0.5}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("El valor ejecutado no puede ser negativo (-0.5)."));
        putValue(planner, goal, "2025-Q2", "{\"programmed\": -1}").andExpect(status().isBadRequest());
        putValue(planner, goal, "2025-Q2", "{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Indique el valor programado, el ejecutado o ambos."));
        putValue(planner, goal, "2025-Q2", "{\"executed\": \"mucho\"}").andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select count(*) from goal_value where goal_id = ? and period = '2025-Q2'")
                        .param(goal)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void refusesAPeriodOutsideThePlansYears() throws Exception {
        putValue(planner, goal, "2023-Q4", "{\"executed\": 1}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail")
                        .value("El periodo 2023-Q4 está fuera de los años del plan (2024 a 2027)."));
    }

    @Test
    void readsAGoalsValues() throws Exception {
        putValue(planner, goal, "2027-Q4", "{\"programmed\": 2, \"executed\": null}")
                .andExpect(status().isOk());

        mvc.perform(get("/api/v1/goals/{id}/values", goal).with(httpBasic(control, TestTenants.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.periods[?(@.period == '2027-Q4')].programmed")
                        .value(2))
                .andExpect(jsonPath("$.budgetExecution").isArray());
    }
}
