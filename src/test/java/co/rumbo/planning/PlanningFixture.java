package co.rumbo.planning;

import co.rumbo.identity.Role;
import co.rumbo.organization.Office;
import co.rumbo.organization.Organization;
import co.rumbo.platform.web.Formats;
import co.rumbo.structure.GoalEditor;
import co.rumbo.support.Acting;
import co.rumbo.support.ApiClient;
import co.rumbo.support.ApiClient.Answer;
import co.rumbo.support.SamplePlan;
import co.rumbo.support.TestData;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * An organization with the sample plan, two offices (A has the SUMA and CONSTANTE goals, B the
 * CRECIENTE one), and a person per role, with API clients. Year 2027 (a year of the sample plan
 * whose formulation can still be opened with a deadline in the future).
 */
public final class PlanningFixture {

    public static final int YEAR = 2027;

    public final Organization org;
    public final Office officeA;
    public final Office officeB;
    public final TestData.SavedPlan plan;
    public final ApiClient planner;
    public final ApiClient treasury;
    public final ApiClient mayor;
    public final ApiClient leaderA;
    public final ApiClient liaisonA;
    public final ApiClient leaderB;
    public final ApiClient control;
    public final UUID sumaGoal;
    public final UUID constantGoal;
    public final UUID growingGoal;

    public PlanningFixture(int port, TestData data, GoalEditor goals) {
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
        planner = api(port, data.user(org.id(), Role.PLANEACION).username());
        treasury = api(port, data.user(org.id(), Role.HACIENDA).username());
        mayor = api(port, data.user(org.id(), Role.DESPACHO).username());
        control = api(port, data.user(org.id(), Role.CONTROL).username());
        leaderA = api(
                port,
                data.user(org.id(), Set.of(Role.LIDER), Set.of(officeA.id())).username());
        liaisonA = api(
                port,
                data.user(org.id(), Set.of(Role.ENLACE), Set.of(officeA.id())).username());
        leaderB = api(
                port,
                data.user(org.id(), Set.of(Role.LIDER), Set.of(officeB.id())).username());
    }

    static ApiClient api(int port, String username) {
        return ApiClient.as(port, username, TestData.PASSWORD);
    }

    public void openFormulation() {
        Answer a = planner.post(
                "/api/v1/fiscal-years/" + YEAR + "/formulation",
                "{\"deadline\":\"" + LocalDate.now(Formats.BOGOTA).plusDays(20) + "\"}");
        if (a.status() != 201) throw new IllegalStateException(a.toString());
    }

    /** Ceilings for office A: program 2201 with recursos propios, 1903 with SGP salud. */
    public void ceilings(String educationOwn, String healthSgp) {
        Answer a = treasury.put("/api/v1/fiscal-years/" + YEAR + "/ceilings", """
                [{"officeId":"%s","programCode":"2201","source":"RECURSOS_PROPIOS","amount":%s},
                 {"officeId":"%s","programCode":"1903","source":"SGP_SALUD","amount":%s}]""".formatted(
                        officeA.id(), educationOwn, officeA.id(), healthSgp));
        if (a.status() != 200) throw new IllegalStateException(a.toString());
    }

    /** Office A's plan created by its liaison. */
    UUID planA() {
        Answer a = liaisonA.post(
                "/api/v1/action-plans", "{\"officeId\":\"%s\",\"year\":%d}".formatted(officeA.id(), YEAR));
        if (a.status() != 201) throw new IllegalStateException(a.toString());
        return UUID.fromString(a.json("$.id"));
    }

    /** Both of office A's goals decided within ceilings of 1.000.000 and 500.000. */
    UUID decidedPlanA() {
        openFormulation();
        ceilings("1000000", "500000");
        UUID id = planA();
        require(programSuma(liaisonA, id, "600000.25"), 201);
        require(liaisonA.post("/api/v1/action-plans/" + id + "/goals", """
                        {"goalId":"%s","target":1,"quarters":[1,1,1,1],
                         "budget":[{"projectBpin":"2024520010010","source":"SGP_SALUD","amount":500000}]}""".formatted(constantGoal)), 201);
        return id;
    }

    Answer programSuma(ApiClient who, UUID planId, String amount) {
        return who.post("/api/v1/action-plans/" + planId + "/goals", """
                {"goalId":"%s","target":10,"quarters":[2,3,3,2],
                 "budget":[{"projectBpin":"2024520010001","source":"RECURSOS_PROPIOS","amount":%s}]}""".formatted(sumaGoal, amount));
    }

    /** Office A's plan sent and reviewed, ready for the Consejo de Gobierno. */
    UUID reviewedPlanA() {
        UUID id = decidedPlanA();
        require(leaderA.post("/api/v1/action-plans/" + id + "/submit", "{}"), 200);
        require(planner.post("/api/v1/action-plans/" + id + "/review", "{}"), 200);
        return id;
    }

    static Answer require(Answer a, int status) {
        if (a.status() != status) throw new IllegalStateException("expected " + status + ": " + a);
        return a;
    }
}
