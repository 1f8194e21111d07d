package co.rumbo.meetings;

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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.UUID;

/**
 * An organization with the sample plan and two offices (A has the SUMA and CONSTANTE goals, B the
 * CRECIENTE one), a planner, A's leader and liaison, B's leader, and control, with API clients.
 */
final class MeetingsFixture {

    final Organization org;
    final Office officeA;
    final Office officeB;
    final TestData.SavedPlan plan;
    final UserView plannerUser;
    final UserView leaderAUser;
    final UserView liaisonAUser;
    final UserView leaderBUser;
    final ApiClient planner;
    final ApiClient leaderA;
    final ApiClient liaisonA;
    final ApiClient leaderB;
    final ApiClient control;
    final UUID sumaGoal;
    final UUID growingGoal;

    MeetingsFixture(int port, TestData data, GoalEditor goals) {
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
        growingGoal = plan.goal(SamplePlan.CRECIENTE_GOAL);
        plannerUser = data.user(org.id(), Role.PLANEACION);
        leaderAUser = data.user(org.id(), Set.of(Role.LIDER), Set.of(officeA.id()));
        liaisonAUser = data.user(org.id(), Set.of(Role.ENLACE), Set.of(officeA.id()));
        leaderBUser = data.user(org.id(), Set.of(Role.LIDER), Set.of(officeB.id()));
        planner = ApiClient.as(port, plannerUser.username(), TestData.PASSWORD);
        leaderA = ApiClient.as(port, leaderAUser.username(), TestData.PASSWORD);
        liaisonA = ApiClient.as(port, liaisonAUser.username(), TestData.PASSWORD);
        leaderB = ApiClient.as(port, leaderBUser.username(), TestData.PASSWORD);
        control = ApiClient.as(port, data.user(org.id(), Role.CONTROL).username(), TestData.PASSWORD);
    }

    /** A meeting with {@code office} at {@code when}, scheduled by the planner; its id. */
    UUID meeting(Office office, LocalDateTime when) {
        Answer a = planner.post("/api/v1/meetings", """
                {"officeId":"%s","startsAt":"%s","place":"Despacho del alcalde","reportPeriod":"2026-Q2",
                 "alerts":"Metas rezagadas en el segundo trimestre"}""".formatted(office.id(), when));
        return UUID.fromString(require(a, 201).json("$.meeting.id"));
    }

    /** A commitment due on {@code due}, answered for by a person outside Rumbo with {@code email}; its id. */
    UUID commitment(UUID meetingId, LocalDate due, String email) {
        Answer a = planner.post("/api/v1/meetings/" + meetingId + "/commitments", """
                {"description":"Entregar el plan de choque de la meta","responsibleName":"Persona responsable",
                 "responsibleEmail":"%s","dueDate":"%s"}""".formatted(email, due));
        return UUID.fromString(require(a, 201).json("$.id"));
    }

    static Answer require(Answer a, int status) {
        if (a.status() != status) throw new IllegalStateException("expected " + status + ": " + a);
        return a;
    }
}
