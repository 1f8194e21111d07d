package co.rumbo.planning;

import static co.rumbo.planning.PlanningFixture.YEAR;
import static co.rumbo.planning.PlanningFixture.require;
import static org.assertj.core.api.Assertions.assertThat;

import co.rumbo.platform.web.Formats;
import co.rumbo.structure.GoalEditor;
import co.rumbo.support.ApiClient.Answer;
import co.rumbo.support.RumboIntegrationTest;
import co.rumbo.support.TestData;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The action plan's workflow through the API: who may do each transition, from which state, and the rules. */
@RumboIntegrationTest
class ActionPlanWorkflowTest {

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

    private static String plan(UUID id) {
        return "/api/v1/action-plans/" + id;
    }

    @Test
    void anOfficeStartsADraftWithEveryGoalOfItsIndicativePlanForTheYear() {
        f.openFormulation();
        UUID id = f.planA();

        Answer view = f.liaisonA.get(plan(id));

        assertThat(view.status()).as("%s", view).isEqualTo(200);
        assertThat(view.<String>json("$.plan.state")).isEqualTo("BORRADOR");
        assertThat(view.<List<String>>json("$.goals[*].sisptCode")).containsExactlyInAnyOrder("2201001-1", "1903011-1");
        assertThat(view.<Integer>json("$.undecided")).isEqualTo(2);
        assertThat(view.<List<Object>>json("$.goals[?(@.sisptCode == '2201001-1')].indicativeTarget"))
                .containsExactly(10);
    }

    @Test
    void aPlanCannotBeStartedBeforeTheFormulationIsOpened() {
        Answer a = f.liaisonA.post(
                "/api/v1/action-plans", "{\"officeId\":\"%s\",\"year\":%d}".formatted(f.officeA.id(), YEAR));

        assertThat(a.status()).as("%s", a).isEqualTo(409);
        assertThat(a.<String>json("$.detail")).contains("no está abierta");
    }

    @Test
    void theYearsTargetDefaultsToTheIndicativePlansAndQuartersThatAgreeWithItHaveNoWarning() {
        f.openFormulation();
        UUID id = f.planA();

        Answer a = f.liaisonA.post(
                plan(id) + "/goals", "{\"goalId\":\"%s\",\"quarters\":[2,3,3,2]}".formatted(f.sumaGoal));

        assertThat(a.status()).as("%s", a).isEqualTo(201);
        assertThat(a.<Integer>json("$.target")).isEqualTo(10);
        assertThat(a.<Boolean>json("$.programmed")).isTrue();
        assertThat(a.<Object>json("$.consistencyWarning")).isNull();
        assertThat(f.liaisonA.get(plan(id)).<Integer>json("$.consistencyWarnings"))
                .isZero();
    }

    @Test
    void quartersOfASumGoalThatDoNotAddUpToTheTargetAreSavedAsGivenWithAWarning() {
        f.openFormulation();
        UUID id = f.planA();

        Answer a = f.liaisonA.post(
                plan(id) + "/goals", "{\"goalId\":\"%s\",\"target\":10,\"quarters\":[2,2,2,2]}".formatted(f.sumaGoal));

        assertThat(a.status()).as("%s", a).isEqualTo(201);
        assertThat(a.<Integer>json("$.target")).isEqualTo(10);
        assertThat(a.<List<Integer>>json("$.quarters")).containsExactly(2, 2, 2, 2);
        assertThat(a.<String>json("$.consistencyWarning"))
                .isEqualTo("La programación trimestral (SUMA) no es coherente con la meta del año: "
                        + "La programación de los periodos suma 8, pero la meta anual es 10.");
        Answer view = f.liaisonA.get(plan(id));
        assertThat(view.<Integer>json("$.consistencyWarnings")).isEqualTo(1);
        assertThat(view.<List<String>>json("$.goals[?(@.sisptCode == '2201001-1')].consistencyWarning"))
                .singleElement()
                .asString()
                .contains("suma 8");
    }

    @Test
    void quartersOfAConstantGoalThatDifferFromTheTargetAreSavedAsGivenWithAWarning() {
        f.openFormulation();
        UUID id = f.planA();

        Answer a = f.liaisonA.post(
                plan(id) + "/goals",
                "{\"goalId\":\"%s\",\"target\":1,\"quarters\":[1,2,1,1]}".formatted(f.constantGoal));

        assertThat(a.status()).as("%s", a).isEqualTo(201);
        assertThat(a.<List<Integer>>json("$.quarters")).containsExactly(1, 2, 1, 1);
        assertThat(a.<String>json("$.consistencyWarning")).contains("CONSTANTE").contains("no es coherente");
    }

    @Test
    void aPlanWithConsistencyWarningsIsSubmittedReviewedAndApproved() {
        UUID id = f.decidedPlanA();
        require(f.liaisonA.post(plan(id) + "/goals", """
                        {"goalId":"%s","target":10,"quarters":[2,2,2,2],
                         "budget":[{"projectBpin":"2024520010001","source":"RECURSOS_PROPIOS","amount":600000}]}""".formatted(f.sumaGoal)), 201);

        require(f.leaderA.post(plan(id) + "/submit", "{}"), 200);
        require(f.planner.post(plan(id) + "/review", "{}"), 200);
        Answer approved = f.mayor.post(plan(id) + "/approve", approval());

        assertThat(approved.status()).as("%s", approved).isEqualTo(200);
        Answer view = f.planner.get(plan(id));
        assertThat(view.<String>json("$.plan.state")).isEqualTo("APROBADO");
        assertThat(view.<Integer>json("$.consistencyWarnings")).isEqualTo(1);
    }

    @Test
    void aGoalOfAnotherOfficeCannotGoInThePlan() {
        f.openFormulation();
        UUID id = f.planA();

        Answer a = f.liaisonA.post(
                plan(id) + "/goals", "{\"goalId\":\"%s\",\"notProgrammedReason\":\"x\"}".formatted(f.growingGoal));

        assertThat(a.status()).as("%s", a).isEqualTo(409);
    }

    @Test
    void aSubmissionWithAnUndecidedGoalIsRefused() {
        f.openFormulation();
        f.ceilings("1000000", "500000");
        UUID id = f.planA();
        require(f.programSuma(f.liaisonA, id, "100000"), 201);

        Answer a = f.leaderA.post(plan(id) + "/submit", "{}");

        assertThat(a.status()).as("%s", a).isEqualTo(409);
        assertThat(a.<String>json("$.detail")).contains("1903011-1").contains("no tiene decisión");
        assertThat(f.leaderA.get(plan(id)).<String>json("$.plan.state")).isEqualTo("BORRADOR");
    }

    @Test
    void aGoalNotProgrammedWithAReasonCountsAsDecided() {
        f.openFormulation();
        f.ceilings("1000000", "500000");
        UUID id = f.planA();
        require(f.programSuma(f.liaisonA, id, "100000"), 201);
        require(
                f.liaisonA.post(
                        plan(id) + "/goals",
                        "{\"goalId\":\"%s\",\"notProgrammedReason\":\"Se ejecuta con recursos de 2026\"}"
                                .formatted(f.constantGoal)),
                201);

        Answer a = f.leaderA.post(plan(id) + "/submit", "{}");

        assertThat(a.status()).as("%s", a).isEqualTo(200);
        assertThat(a.<String>json("$.state")).isEqualTo("ENVIADO");
    }

    @Test
    void aSubmissionOverACeilingIsRefusedNamingProgramSourceCeilingAndAmount() {
        f.openFormulation();
        f.ceilings("1000000", "500000");
        UUID id = f.planA();
        require(f.programSuma(f.liaisonA, id, "1200000.50"), 201);
        require(
                f.liaisonA.post(
                        plan(id) + "/goals",
                        "{\"goalId\":\"%s\",\"notProgrammedReason\":\"Sin recursos\"}".formatted(f.constantGoal)),
                201);

        Answer a = f.leaderA.post(plan(id) + "/submit", "{}");

        assertThat(a.status()).as("%s", a).isEqualTo(409);
        assertThat(a.<String>json("$.detail"))
                .contains("programa 2201")
                .contains("Recursos propios")
                .contains("$ 1.000.000")
                .contains("$ 1.200.000,50");
        assertThat(f.liaisonA.get(plan(id)).<Boolean>json("$.overCeiling")).isTrue();
    }

    @Test
    void onlyTheLeaderOfTheOfficeSubmits() {
        UUID id = f.decidedPlanA();

        assertThat(f.liaisonA.post(plan(id) + "/submit", "{}").status()).isEqualTo(403);
        assertThat(f.planner.post(plan(id) + "/submit", "{}").status()).isEqualTo(403);
        assertThat(f.leaderB.post(plan(id) + "/submit", "{}").status()).isEqualTo(404);
        assertThat(f.leaderA.post(plan(id) + "/submit", "{}").status()).isEqualTo(200);
    }

    @Test
    void anotherOfficeOrOrganizationCannotSeeOrTouchThePlan() {
        UUID id = f.decidedPlanA();
        PlanningFixture other = new PlanningFixture(port, data, goals);

        assertThat(f.leaderB.get(plan(id)).status()).isEqualTo(404);
        assertThat(f.programSuma(f.leaderB, id, "1").status()).isEqualTo(404);
        assertThat(other.planner.get(plan(id)).status()).isEqualTo(404);
        assertThat(other.planner.post(plan(id) + "/review", "{}").status()).isEqualTo(404);
        assertThat(f.leaderB.get("/api/v1/action-plans?year=" + YEAR).<List<Object>>json("$"))
                .isEmpty();
        assertThat(f.planner.get("/api/v1/action-plans?year=" + YEAR).<List<String>>json("$[*].id"))
                .containsExactly(id.toString());
    }

    @Test
    void aReturnWithoutObservationsIsRefused() {
        UUID id = f.decidedPlanA();
        require(f.leaderA.post(plan(id) + "/submit", "{}"), 200);

        Answer empty = f.planner.post(plan(id) + "/return", "{\"observations\":\"  \"}");

        assertThat(empty.status()).as("%s", empty).isEqualTo(409);
        assertThat(empty.<String>json("$.detail")).contains("observaciones");
        assertThat(f.planner.get(plan(id)).<String>json("$.plan.state")).isEqualTo("ENVIADO");
    }

    @Test
    void onlyThePlanningOfficeReturnsOrReviews() {
        UUID id = f.decidedPlanA();
        require(f.leaderA.post(plan(id) + "/submit", "{}"), 200);

        assertThat(f.leaderA
                        .post(plan(id) + "/return", "{\"observations\":\"x\"}")
                        .status())
                .isEqualTo(403);
        assertThat(f.leaderA.post(plan(id) + "/review", "{}").status()).isEqualTo(403);
        assertThat(f.mayor.post(plan(id) + "/review", "{}").status()).isEqualTo(403);
        assertThat(f.control.post(plan(id) + "/review", "{}").status()).isEqualTo(403);
    }

    @Test
    void aDraftCannotBeReturnedReviewedOrApproved() {
        UUID id = f.decidedPlanA();

        assertThat(f.planner
                        .post(plan(id) + "/return", "{\"observations\":\"x\"}")
                        .status())
                .isEqualTo(409);
        assertThat(f.planner.post(plan(id) + "/review", "{}").status()).isEqualTo(409);
        assertThat(f.mayor.post(plan(id) + "/approve", approval()).status()).isEqualTo(409);
    }

    @Test
    void aSubmittedPlanCannotBeApprovedBeforeItIsReviewedNorEditedByTheOffice() {
        UUID id = f.decidedPlanA();
        require(f.leaderA.post(plan(id) + "/submit", "{}"), 200);

        assertThat(f.mayor.post(plan(id) + "/approve", approval()).status()).isEqualTo(409);
        assertThat(f.programSuma(f.liaisonA, id, "1").status()).isEqualTo(409);
        assertThat(f.leaderA.post(plan(id) + "/submit", "{}").status()).isEqualTo(409);
    }

    @Test
    void aReturnedPlanIsCorrectedAndSentAgainKeepingEveryRound() {
        UUID id = f.decidedPlanA();
        require(f.leaderA.post(plan(id) + "/submit", "{}"), 200);

        Answer returned = f.planner.post(
                plan(id) + "/return",
                "{\"observations\":\"Revise el presupuesto\",\"goalObservations\":{\"%s\":\"El BPIN no corresponde\"}}"
                        .formatted(f.sumaGoal));
        assertThat(returned.status()).as("%s", returned).isEqualTo(200);
        assertThat(returned.<String>json("$.state")).isEqualTo("DEVUELTO");

        Answer seen = f.liaisonA.get(plan(id));
        assertThat(seen.<List<String>>json("$.goals[?(@.sisptCode == '2201001-1')].observation"))
                .containsExactly("El BPIN no corresponde");
        require(f.programSuma(f.liaisonA, id, "700000"), 201);
        Answer again = f.leaderA.post(plan(id) + "/submit", "{}");

        assertThat(again.status()).as("%s", again).isEqualTo(200);
        assertThat(again.<String>json("$.state")).isEqualTo("ENVIADO");
        assertThat(again.<Integer>json("$.round")).isEqualTo(2);
        Answer history = f.planner.get(plan(id));
        assertThat(history.<List<String>>json("$.history[*].to"))
                .containsExactly("BORRADOR", "ENVIADO", "DEVUELTO", "ENVIADO");
        assertThat(history.<List<Integer>>json("$.history[*].round")).containsExactly(0, 1, 1, 2);
        assertThat(history.<String>json("$.history[2].observations")).isEqualTo("Revise el presupuesto");
    }

    @Test
    void aLiaisonCannotApproveButTheMayorsOfficeCan() {
        UUID id = f.reviewedPlanA();

        assertThat(f.liaisonA.post(plan(id) + "/approve", approval()).status()).isEqualTo(403);
        assertThat(f.leaderA.post(plan(id) + "/approve", approval()).status()).isEqualTo(403);
        Answer approved = f.mayor.post(plan(id) + "/approve", approval());

        assertThat(approved.status()).as("%s", approved).isEqualTo(200);
        assertThat(approved.<String>json("$.state")).isEqualTo("APROBADO");
        assertThat(approved.<String>json("$.minutesReference")).isEqualTo("Acta 001 de 2026");
    }

    @Test
    void thePlanningOfficeRecordsTheApprovalOnBehalfOfTheCouncil() {
        UUID id = f.reviewedPlanA();

        Answer approved = f.planner.post(plan(id) + "/approve", approval());

        assertThat(approved.<String>json("$.state")).isEqualTo("APROBADO");
        assertThat(f.planner.post(plan(id) + "/approve", approval()).status()).isEqualTo(409);
    }

    @Test
    void anApprovalNeedsItsMinutes() {
        UUID id = f.reviewedPlanA();

        Answer a = f.mayor.post(plan(id) + "/approve", "{\"approvedOn\":\"" + LocalDate.now(Formats.BOGOTA) + "\"}");

        assertThat(a.status()).as("%s", a).isEqualTo(400);
        assertThat(a.<String>json("$.detail")).contains("acta");
    }

    @Test
    void noNewGoalMayBeProgrammedAfterApproval() {
        UUID id = f.reviewedPlanA();
        require(f.mayor.post(plan(id) + "/approve", approval()), 200);

        Answer a = f.programSuma(f.liaisonA, id, "1");
        Answer byPlanning = f.programSuma(f.planner, id, "1");

        assertThat(a.status()).as("%s", a).isEqualTo(409);
        assertThat(a.<String>json("$.detail")).contains("aprobado").contains("no se pueden programar metas");
        assertThat(byPlanning.status()).isEqualTo(409);
        assertThat(f.leaderA.post(plan(id) + "/submit", "{}").status()).isEqualTo(409);
    }

    @Test
    void theCouncilApprovesSeveralReviewedPlansAtOnceOrNone() {
        UUID a = f.reviewedPlanA();
        f.treasury.put("/api/v1/fiscal-years/" + YEAR + "/ceilings", """
                [{"officeId":"%s","programCode":"2201","source":"RECURSOS_PROPIOS","amount":1000000},
                 {"officeId":"%s","programCode":"1903","source":"SGP_SALUD","amount":500000}]""".formatted(f.officeA.id(), f.officeA.id()));
        UUID b = UUID.fromString(require(
                        f.leaderB.post(
                                "/api/v1/action-plans",
                                "{\"officeId\":\"%s\",\"year\":%d}".formatted(f.officeB.id(), YEAR)),
                        201)
                .json("$.id"));
        require(
                f.leaderB.post(
                        plan(b) + "/goals",
                        "{\"goalId\":\"%s\",\"target\":80,\"quarters\":[70,72,76,80]}".formatted(f.growingGoal)),
                201);
        require(f.leaderB.post(plan(b) + "/submit", "{}"), 200);
        String body = "{\"planIds\":[\"%s\",\"%s\"],\"approvedOn\":\"%s\",\"minutesReference\":\"Acta 2\"}"
                .formatted(a, b, LocalDate.now(Formats.BOGOTA));

        assertThat(f.mayor.post("/api/v1/action-plans/approvals", body).status())
                .isEqualTo(409);
        assertThat(f.planner.get(plan(a)).<String>json("$.plan.state")).isEqualTo("REVISADO");

        require(f.planner.post(plan(b) + "/review", "{}"), 200);
        Answer both = f.mayor.post("/api/v1/action-plans/approvals", body);
        assertThat(both.status()).as("%s", both).isEqualTo(200);
        assertThat(both.<List<String>>json("$[*].state")).containsExactly("APROBADO", "APROBADO");
    }

    @Test
    void theMinutesOfTheCouncilAreAttachedAsAPdf() {
        UUID id = f.reviewedPlanA();
        byte[] pdf = "%PDF-1.4 acta\n%%EOF".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(f.mayor
                        .postFile(plan(id) + "/minutes", "acta.pdf", "application/pdf", pdf)
                        .status())
                .isEqualTo(409);
        require(f.mayor.post(plan(id) + "/approve", approval()), 200);

        assertThat(f.liaisonA
                        .postFile(plan(id) + "/minutes", "acta.pdf", "application/pdf", pdf)
                        .status())
                .isEqualTo(403);
        assertThat(f.mayor
                        .postFile(plan(id) + "/minutes", "acta.txt", "text/plain", "hola".getBytes())
                        .status())
                .isEqualTo(409);
        assertThat(f.mayor
                        .postFile(plan(id) + "/minutes", "acta.pdf", "application/pdf", pdf)
                        .status())
                .isEqualTo(204);
        assertThat(f.leaderA.bytes(plan(id) + "/minutes")).isEqualTo(pdf);
    }

    @Test
    void activitiesBelongToAProjectWithMoneyAndToTheYear() {
        UUID id = f.decidedPlanA();
        String activity = """
                {"projectBpin":"%s","projectName":"Mejoramiento de sedes","name":"Contratar la obra",
                 "responsible":"Secretaría de Educación","startsOn":"%s","endsOn":"%s",
                 "expectedEvidence":"Contrato firmado"}""";

        Answer ok = f.liaisonA.post(
                plan(id) + "/activities", activity.formatted("2024520010001", YEAR + "-02-01", YEAR + "-04-30"));
        Answer noMoney = f.liaisonA.post(
                plan(id) + "/activities", activity.formatted("2024520019999", YEAR + "-02-01", YEAR + "-04-30"));
        Answer otherYear = f.liaisonA.post(
                plan(id) + "/activities", activity.formatted("2024520010001", "2030-02-01", "2030-04-30"));
        Answer backwards = f.liaisonA.post(
                plan(id) + "/activities", activity.formatted("2024520010001", YEAR + "-04-01", YEAR + "-02-01"));

        assertThat(ok.status()).as("%s", ok).isEqualTo(201);
        assertThat(noMoney.status()).isEqualTo(409);
        assertThat(otherYear.status()).isEqualTo(409);
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.<String>json("$.detail")).contains("termina antes de empezar");
        assertThat(f.planner.get(plan(id) + "/activities").<List<String>>json("$[*].name"))
                .containsExactly("Contratar la obra");
    }

    @Test
    void everyTransitionIsInTheAuditTrail() {
        UUID id = f.reviewedPlanA();

        long audited = jdbc.sql("""
                        select count(*) from audit_log where organization_id = ? and table_name = 'action_plan'
                          and after ->> 'id' = ?""")
                .params(f.org.id(), id.toString())
                .query(Long.class)
                .single();

        assertThat(audited).isEqualTo(3);
        Map<String, Object> row = jdbc.sql("select state, round from action_plan where id = ?")
                .param(id)
                .query()
                .singleRow();
        assertThat(row).containsEntry("state", "REVISADO").containsEntry("round", 1);
    }

    private static String approval() {
        return "{\"approvedOn\":\"%s\",\"minutesReference\":\"Acta 001 de 2026\"}"
                .formatted(LocalDate.now(Formats.BOGOTA));
    }
}
