package co.rumbo.tracking;

import co.rumbo.identity.CurrentUser;
import co.rumbo.identity.Role;
import co.rumbo.identity.UserView;
import co.rumbo.organization.Office;
import co.rumbo.organization.Organization;
import co.rumbo.structure.GoalEditor;
import co.rumbo.support.Acting;
import co.rumbo.support.ApiClient;
import co.rumbo.support.ApiClient.Answer;
import co.rumbo.support.SamplePlan;
import co.rumbo.support.TestData;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An organization with the sample plan and approved action plans 2026 for two offices: A programs the
 * SUMA goal (10 in the year: 2, 3, 3, 2 by quarter, with money of project 2024520010001 from
 * recursos propios) and the CONSTANTE goal (1 every quarter); B programs the CRECIENTE goal (55, 60,
 * 65, 70). People of every role with API clients. The plans are written straight into the planning
 * module's tables: what capture needs is an approved plan, not the way it was approved.
 */
public final class CaptureFixture {

    public static final int YEAR = 2026;

    public final Organization org;
    public final Office officeA;
    public final Office officeB;
    public final TestData.SavedPlan plan;
    public final UUID sumaGoal;
    public final UUID constantGoal;
    public final UUID growingGoal;
    public final ApiClient planner;
    public final ApiClient leaderA;
    public final ApiClient liaisonA;
    public final ApiClient secondLiaisonA;
    public final ApiClient leaderB;
    public final ApiClient treasury;
    public final ApiClient control;
    public final UserView plannerUser;
    public final UserView leaderAUser;
    public final UserView liaisonAUser;

    public CaptureFixture(int port, TestData data, GoalEditor goals, JdbcClient jdbc) {
        org = data.organization();
        officeA = data.office(org.id());
        officeB = data.office(org.id());
        plan = data.plan(org.id());
        Acting.as("prueba", org.id(), () -> {
            goals.assignOffice(org.id(), plan.id(), SamplePlan.SUMA_GOAL, officeA.id());
            goals.assignOffice(org.id(), plan.id(), SamplePlan.CONSTANTE_GOAL, officeA.id());
            goals.assignOffice(org.id(), plan.id(), SamplePlan.CRECIENTE_GOAL, officeB.id());
        });
        sumaGoal = plan.goal(SamplePlan.SUMA_GOAL);
        constantGoal = plan.goal(SamplePlan.CONSTANTE_GOAL);
        growingGoal = plan.goal(SamplePlan.CRECIENTE_GOAL);
        UUID planA = approvedPlan(jdbc, officeA.id());
        programmed(jdbc, planA, sumaGoal, "10", "2", "3", "3", "2");
        jdbc.sql("""
                        insert into action_plan_budget (plan_id, goal_id, organization_id, project_bpin, source_code, amount)
                        values (?, ?, ?, '2024520010001', 'RECURSOS_PROPIOS', 600000)""").params(planA, sumaGoal, org.id()).update();
        programmed(jdbc, planA, constantGoal, "1", "1", "1", "1", "1");
        UUID planB = approvedPlan(jdbc, officeB.id());
        programmed(jdbc, planB, growingGoal, "70", "55", "60", "65", "70");
        plannerUser = data.user(org.id(), Role.PLANEACION);
        planner = ApiClient.as(port, plannerUser.username(), TestData.PASSWORD);
        leaderAUser = data.user(org.id(), Set.of(Role.LIDER), Set.of(officeA.id()));
        leaderA = ApiClient.as(port, leaderAUser.username(), TestData.PASSWORD);
        liaisonAUser = data.user(org.id(), Set.of(Role.ENLACE), Set.of(officeA.id()));
        liaisonA = ApiClient.as(port, liaisonAUser.username(), TestData.PASSWORD);
        secondLiaisonA = ApiClient.as(
                port,
                data.user(org.id(), Set.of(Role.ENLACE), Set.of(officeA.id())).username(),
                TestData.PASSWORD);
        leaderB = ApiClient.as(
                port,
                data.user(org.id(), Set.of(Role.LIDER), Set.of(officeB.id())).username(),
                TestData.PASSWORD);
        treasury = ApiClient.as(port, data.user(org.id(), Role.HACIENDA).username(), TestData.PASSWORD);
        control = ApiClient.as(port, data.user(org.id(), Role.CONTROL).username(), TestData.PASSWORD);
    }

    private UUID approvedPlan(JdbcClient jdbc, UUID office) {
        return jdbc.sql("""
                        insert into action_plan (organization_id, office_id, year, state, round, approved_on,
                                                 minutes_reference)
                        values (?, ?, ?, 'APROBADO', 1, date '2026-01-20', 'Acta 001 de 2026') returning id""").params(org.id(), office, YEAR).query(UUID.class).single();
    }

    private void programmed(JdbcClient jdbc, UUID planId, UUID goal, String target, String... quarters) {
        jdbc.sql("""
                        insert into action_plan_goal (plan_id, goal_id, organization_id, programmed, target, q1, q2, q3, q4)
                        values (?, ?, ?, true, ?::numeric, ?::numeric, ?::numeric, ?::numeric, ?::numeric)""")
                .params(planId, goal, org.id(), target, quarters[0], quarters[1], quarters[2], quarters[3])
                .update();
    }

    /** A person of the organization for direct facade calls. */
    public static CurrentUser person(UserView user, UUID org) {
        return new CurrentUser(
                user.id(), user.username(), user.fullName(), org, user.roles(), java.util.Set.copyOf(user.officeIds()));
    }

    public String sheetA(String period) {
        return "/api/v1/offices/" + officeA.id() + "/reports/" + period;
    }

    public String rowA(String period, UUID goal) {
        return sheetA(period) + "/goals/" + goal;
    }

    /** Opens a period through the API (as the planning office). */
    public void open(String period) {
        require(planner.post("/api/v1/periods", "{\"period\":\"" + period + "\"}"), 201);
    }

    public int version(String period, UUID goal) {
        Answer a = require(liaisonA.get(sheetA(period)), 200);
        java.util.List<Integer> versions = a.json("$.rows[?(@.goalId == '" + goal + "')].version");
        return versions.get(0);
    }

    /** Saves a row as office A's liaison with the version it has now. */
    public Answer save(String period, UUID goal, String executed, String description) {
        int version = version(period, goal);
        return liaisonA.put(
                rowA(period, goal),
                "{\"executed\":%s,\"description\":%s,\"version\":%d}"
                        .formatted(executed, description == null ? "null" : "\"" + description + "\"", version));
    }

    /** Office A fills March 2026 as programmed and its leader submits. */
    public void fillAndSubmitMarch() {
        require(save("2026-03", sumaGoal, "2", null), 200);
        require(save("2026-03", constantGoal, "1", null), 200);
        require(leaderA.post(sheetA("2026-03") + "/submit", "{}"), 200);
    }

    public static Answer require(Answer a, int status) {
        if (a.status() != status) throw new IllegalStateException("expected " + status + ": " + a);
        return a;
    }
}
