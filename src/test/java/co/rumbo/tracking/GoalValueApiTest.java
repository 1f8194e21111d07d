package co.rumbo.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import co.rumbo.identity.Role;
import co.rumbo.organization.Organization;
import co.rumbo.progress.ProgrammingType;
import co.rumbo.structure.PlanStore;
import co.rumbo.support.ApiClient;
import co.rumbo.support.RumboIntegrationTest;
import co.rumbo.support.TestData;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** PUT /api/v1/goals/{id}/periods/{period}: who may, what is refused, and the audit trail. */
@RumboIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GoalValueApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlanStore planStore;

    @Autowired
    TestData data;

    Organization org;
    ApiClient planner;
    String plannerName;
    ApiClient leader;
    ApiClient control;
    ApiClient otherPlanner;
    UUID goal;
    UUID otherOrgGoal;

    @BeforeAll
    void organizationWithAPlan() {
        org = data.organization();
        plannerName = data.user(org.id(), Role.PLANEACION).username();
        planner = ApiClient.as(port, plannerName, TestData.PASSWORD);
        leader = ApiClient.as(port, data.user(org.id(), Role.LIDER).username(), TestData.PASSWORD);
        control = ApiClient.as(port, data.user(org.id(), Role.CONTROL).username(), TestData.PASSWORD);
        UUID plan = TestPlans.save(
                planStore,
                org.id(),
                TestPlans.plan(
                        TestPlans.goal("IP-1", ProgrammingType.SUMA, "2", "3", "3", "2"),
                        TestPlans.goal("IP-2", ProgrammingType.CONSTANTE, "1", "1", "1", "1")));
        goal = goalId(plan, "IP-1");
        Organization other = data.organization();
        otherPlanner = ApiClient.as(port, data.user(other.id(), Role.PLANEACION).username(), TestData.PASSWORD);
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

    private static ApiClient.Answer putValue(ApiClient client, UUID goalId, String period, String body) {
        return client.put("/api/v1/goals/" + goalId + "/periods/" + period, body);
    }

    @Test
    void planningOfficeSetsAQuarterValue() {
        ApiClient.Answer answer = putValue(planner, goal, "2025-Q3", "{\"programmed\": 1.5, \"executed\": 0.75}");

        assertThat(answer.status()).as("%s", answer).isEqualTo(200);
        assertThat(answer.<String>json("$.period")).isEqualTo("2025-Q3");
        assertThat(answer.<Double>json("$.programmed")).isEqualTo(1.5);
        assertThat(answer.<Double>json("$.executed")).isEqualTo(0.75);
        assertThat(answer.<String>json("$.source")).isEqualTo("MANUAL");
        Map<String, Object> row = jdbc.sql(
                        "select programmed, executed, source from goal_value where goal_id = ? and period = ?")
                .params(goal, "2025-Q3")
                .query()
                .singleRow();
        assertThat(row).containsEntry("source", "MANUAL");
        assertThat(row.get("executed").toString()).isEqualTo("0.750000");
    }

    @Test
    void theChangeIsInTheAuditTrailWithItsActor() {
        assertThat(putValue(planner, goal, "2025-09", "{\"programmed\": 4, \"executed\": 1}")
                        .status())
                .isEqualTo(200);
        assertThat(putValue(planner, goal, "2025-09", "{\"programmed\": 4, \"executed\": 2}")
                        .status())
                .isEqualTo(200);

        List<Map<String, Object>> trail =
                jdbc.sql("""
                        select operation, actor, before ->> 'executed' as before, after ->> 'executed' as after
                        from audit_log where organization_id = ? and table_name = 'goal_value'
                          and after ->> 'goal_id' = ? and after ->> 'period' = '2025-09' order by id""").params(org.id(), goal.toString()).query().listOfRows();
        assertThat(trail).hasSize(2);
        assertThat(trail.get(0)).containsEntry("operation", "I").containsEntry("actor", plannerName);
        assertThat(trail.get(1))
                .containsEntry("operation", "U")
                .containsEntry("actor", plannerName)
                .containsEntry("before", "1.000000")
                .containsEntry("after", "2.000000");
    }

    @Test
    void settingTheSameFiguresAgainChangesNothing() {
        assertThat(putValue(planner, goal, "2024", "{\"programmed\": null, \"executed\": 2}")
                        .<Integer>json("$.version"))
                .isZero();
        assertThat(putValue(planner, goal, "2024", "{\"executed\": 2.000}").<Integer>json("$.version"))
                .isZero();
        assertThat(putValue(planner, goal, "2024", "{\"executed\": 3}").<Integer>json("$.version"))
                .isEqualTo(1);
    }

    @Test
    void refusesAStaleVersion() {
        assertThat(putValue(planner, goal, "2026-Q1", "{\"executed\": 1}").status())
                .isEqualTo(200);
        assertThat(putValue(planner, goal, "2026-Q1", "{\"executed\": 2, \"version\": 0}")
                        .status())
                .isEqualTo(200);

        ApiClient.Answer stale = putValue(planner, goal, "2026-Q1", "{\"executed\": 3, \"version\": 0}");

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.<String>json("$.title")).isEqualTo("Versión desactualizada");
    }

    @Test
    void onlyThePlanningOfficeSetsValues() {
        ApiClient.Answer refused = putValue(leader, goal, "2025-Q1", "{\"executed\": 1}");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.<String>json("$.detail")).isEqualTo("No tiene permiso para esta acción");
        assertThat(putValue(control, goal, "2025-Q1", "{\"executed\": 1}").status())
                .isEqualTo(403);
        assertThat(putValue(ApiClient.anonymous(port), goal, "2025-Q1", "{\"executed\": 1}")
                        .status())
                .isEqualTo(401);
    }

    @Test
    void anotherOrganizationsGoalIsNotFound() {
        ApiClient.Answer answer = putValue(planner, otherOrgGoal, "2025-Q1", "{\"executed\": 1}");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.<String>json("$.detail")).isEqualTo("La meta no existe");
        assertThat(putValue(otherPlanner, goal, "2025-Q1", "{\"executed\": 1}").status())
                .isEqualTo(404);
        assertThat(putValue(planner, UUID.randomUUID(), "2025-Q1", "{\"executed\": 1}")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void refusesABadPeriod() {
        for (String period : new String[] {"2025-Q5", "2025-13", "25", "2025-3", "ayer"}) {
            ApiClient.Answer answer = putValue(planner, goal, period, "{\"executed\": 1}");
            assertThat(answer.status()).as(period).isEqualTo(400);
            assertThat(answer.<String>json("$.detail")).contains("Periodo no válido");
        }
    }

    @Test
    void refusesANegativeValueOrAnEmptyBody() {
        ApiClient.Answer negative = putValue(planner, goal, "2025-Q2", "{\"programmed\": 1, \"executed\": -0.5}");
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.<String>json("$.detail")).isEqualTo("El valor ejecutado no puede ser negativo (-0.5).");
        assertThat(putValue(planner, goal, "2025-Q2", "{\"programmed\": -1}").status())
                .isEqualTo(400);
        ApiClient.Answer empty = putValue(planner, goal, "2025-Q2", "{}");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.<String>json("$.detail")).isEqualTo("Indique el valor programado, el ejecutado o ambos.");
        assertThat(putValue(planner, goal, "2025-Q2", "{\"executed\": \"mucho\"}")
                        .status())
                .isEqualTo(400);
        assertThat(jdbc.sql("select count(*) from goal_value where goal_id = ? and period = '2025-Q2'")
                        .param(goal)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void refusesAPeriodOutsideThePlansYears() {
        ApiClient.Answer answer = putValue(planner, goal, "2023-Q4", "{\"executed\": 1}");

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.<String>json("$.detail"))
                .isEqualTo("El periodo 2023-Q4 está fuera de los años del plan (2024 a 2027).");
    }

    @Test
    void readsAGoalsValues() {
        assertThat(putValue(planner, goal, "2027-Q4", "{\"programmed\": 2, \"executed\": null}")
                        .status())
                .isEqualTo(200);

        ApiClient.Answer answer = control.get("/api/v1/goals/" + goal + "/values");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.<List<Integer>>json("$.periods[?(@.period == '2027-Q4')].programmed"))
                .containsExactly(2);
        assertThat(answer.<List<Object>>json("$.budgetExecution")).isEmpty();
    }
}
