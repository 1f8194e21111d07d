package co.rumbo.planning;

import static co.rumbo.planning.PlanningFixture.YEAR;
import static co.rumbo.planning.PlanningFixture.require;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.rumbo.identity.CurrentUser;
import co.rumbo.identity.Role;
import co.rumbo.platform.BusinessRuleException;
import co.rumbo.platform.web.Formats;
import co.rumbo.structure.GoalEditor;
import co.rumbo.support.ApiClient.Answer;
import co.rumbo.support.RumboIntegrationTest;
import co.rumbo.support.TestData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Modifications of an approved plan: who asks and decides, closed quarters, ceilings, versions and the POAI. */
@RumboIntegrationTest
class ModificationTest {

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    GoalEditor goals;

    @Autowired
    Modifications modifications;

    PlanningFixture f;
    UUID plan;

    @BeforeEach
    void approvedPlanOfOfficeA() {
        f = new PlanningFixture(port, data, goals);
        plan = f.reviewedPlanA();
        require(
                f.mayor.post(
                        "/api/v1/action-plans/" + plan + "/approve",
                        "{\"approvedOn\":\"%s\",\"minutesReference\":\"Acta 4\"}"
                                .formatted(LocalDate.now(Formats.BOGOTA))),
                200);
    }

    private String change(String quarters, String amount) {
        return """
                {"goalId":"%s","target":10,"quarters":[%s],
                 "budget":[{"projectBpin":"2024520010001","source":"RECURSOS_PROPIOS","amount":%s}],
                 "justification":"Se reprograma por el invierno","letterReference":"Oficio 2027-015"}""".formatted(f.sumaGoal, quarters, amount);
    }

    private String modifications() {
        return "/api/v1/action-plans/" + plan + "/modifications";
    }

    @Test
    void anApprovedChangeMakesANewVersionAndTheOldOneStaysReadable() {
        Answer asked = f.leaderA.post(modifications(), change("1,3,3,3", "700000"));
        assertThat(asked.status()).as("%s", asked).isEqualTo(201);
        assertThat(asked.<String>json("$.state")).isEqualTo("PENDIENTE");

        Answer approved = f.planner.post(modifications() + "/" + asked.json("$.id") + "/approve", "{}");

        assertThat(approved.status()).as("%s", approved).isEqualTo(200);
        assertThat(approved.<Integer>json("$.resultingVersion")).isEqualTo(2);
        Answer versions = f.planner.get("/api/v1/action-plans/" + plan + "/versions");
        assertThat(versions.<List<Integer>>json("$[*].number")).containsExactly(1, 2);
        String sumaBefore = "$[0].snapshot[?(@.goalId == '" + f.sumaGoal + "')].budget[0].amount";
        String sumaAfter = "$[1].snapshot[?(@.goalId == '" + f.sumaGoal + "')].budget[0].amount";
        assertThat(new BigDecimal(versions.<List<Object>>json(sumaBefore).get(0).toString()))
                .isEqualByComparingTo("600000.25");
        assertThat(new BigDecimal(versions.<List<Object>>json(sumaAfter).get(0).toString()))
                .isEqualByComparingTo("700000");
        Answer poai = f.control.get("/api/v1/fiscal-years/" + YEAR + "/poai");
        assertThat(new BigDecimal(poai.json("$.total").toString())).isEqualByComparingTo("1200000");
    }

    @Test
    void aChangeWhoseQuartersDoNotAddUpToTheTargetIsAskedAndApprovedWithAWarning() {
        Answer asked = f.leaderA.post(modifications(), change("1,3,3,2", "700000"));
        assertThat(asked.status()).as("%s", asked).isEqualTo(201);
        assertThat(asked.<String>json("$.consistencyWarning"))
                .contains("(SUMA) no es coherente")
                .contains("suma 9, pero la meta anual es 10");

        Answer approved = f.planner.post(modifications() + "/" + asked.json("$.id") + "/approve", "{}");

        assertThat(approved.status()).as("%s", approved).isEqualTo(200);
        assertThat(approved.<String>json("$.consistencyWarning")).contains("suma 9");
        Answer view = f.planner.get("/api/v1/action-plans/" + plan);
        assertThat(view.<List<Integer>>json("$.goals[?(@.goalId == '" + f.sumaGoal + "')].quarters[*]"))
                .containsExactly(1, 3, 3, 2);
        assertThat(view.<List<String>>json("$.goals[?(@.goalId == '" + f.sumaGoal + "')].consistencyWarning"))
                .singleElement()
                .asString()
                .contains("suma 9");
        assertThat(f.planner.get(modifications()).<List<Object>>json("$[*].consistencyWarning"))
                .singleElement()
                .asString()
                .contains("suma 9");
    }

    @Test
    void aConsistentChangeHasNoWarning() {
        Answer asked = f.leaderA.post(modifications(), change("1,3,3,3", "700000"));

        assertThat(asked.<Object>json("$.consistencyWarning")).isNull();
    }

    @Test
    void onlyTheLeaderAsksAndOnlyThePlanningOfficeDecides() {
        assertThat(f.liaisonA.post(modifications(), change("1,3,3,3", "700000")).status())
                .isEqualTo(403);
        assertThat(f.leaderB.post(modifications(), change("1,3,3,3", "700000")).status())
                .isEqualTo(404);
        String id = f.leaderA.post(modifications(), change("1,3,3,3", "700000")).json("$.id");

        assertThat(f.leaderA.post(modifications() + "/" + id + "/approve", "{}").status())
                .isEqualTo(403);
        assertThat(f.mayor.post(modifications() + "/" + id + "/approve", "{}").status())
                .isEqualTo(403);
    }

    @Test
    void aRejectionNeedsAReasonAndIsFinal() {
        String id = f.leaderA.post(modifications(), change("1,3,3,3", "700000")).json("$.id");

        assertThat(f.planner.post(modifications() + "/" + id + "/reject", "{}").status())
                .isEqualTo(409);
        Answer rejected =
                f.planner.post(modifications() + "/" + id + "/reject", "{\"reason\":\"Sin soporte técnico\"}");
        assertThat(rejected.<String>json("$.state")).isEqualTo("RECHAZADA");
        assertThat(f.planner.post(modifications() + "/" + id + "/approve", "{}").status())
                .isEqualTo(409);
        assertThat(f.planner.get("/api/v1/action-plans/" + plan + "/versions").<List<Object>>json("$"))
                .hasSize(1);
    }

    @Test
    void aChangeWithoutJustificationOrLetterIsRefused() {
        Answer a = f.leaderA.post(
                modifications(),
                "{\"goalId\":\"%s\",\"target\":10,\"quarters\":[1,3,3,3],\"letterReference\":\"Oficio 1\"}"
                        .formatted(f.sumaGoal));

        assertThat(a.status()).isEqualTo(400);
        assertThat(a.<String>json("$.detail")).contains("justificación");
    }

    @Test
    void aChangeThatBreaksACeilingIsRefusedWhenApproved() {
        String id =
                f.leaderA.post(modifications(), change("1,3,3,3", "1000000.01")).json("$.id");

        Answer a = f.planner.post(modifications() + "/" + id + "/approve", "{}");

        assertThat(a.status()).as("%s", a).isEqualTo(409);
        assertThat(a.<String>json("$.detail")).contains("techo").contains("2201");
        assertThat(f.planner.get("/api/v1/action-plans/" + plan + "/versions").<List<Object>>json("$"))
                .hasSize(1);
    }

    @Test
    void quartersAlreadyClosedCannotBeChanged() {
        CurrentUser leader = new CurrentUser(
                UUID.randomUUID(), f.leaderA.username, "Líder", f.org.id(), Set.of(Role.LIDER), Set.of(f.officeA.id()));
        ModificationRequest moveFirstQuarter = new ModificationRequest(
                f.sumaGoal,
                new BigDecimal("10"),
                List.of(new BigDecimal("1"), new BigDecimal("3"), new BigDecimal("3"), new BigDecimal("3")),
                List.of(),
                "Se reprograma",
                "Oficio 7");
        ModificationRequest moveLastQuarters = new ModificationRequest(
                f.sumaGoal,
                new BigDecimal("10"),
                List.of(new BigDecimal("2"), new BigDecimal("3"), new BigDecimal("1"), new BigDecimal("4")),
                List.of(),
                "Se reprograma",
                "Oficio 8");

        assertThatThrownBy(() -> modifications.request(leader, plan, moveFirstQuarter, LocalDate.of(YEAR, 5, 10)))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("trimestre 1")
                .hasMessageContaining("ya cerró");
        assertThat(modifications
                        .request(leader, plan, moveLastQuarters, LocalDate.of(YEAR, 5, 10))
                        .state())
                .isEqualTo(Modifications.ModificationState.PENDIENTE);
    }

    @Test
    void aGoalNotProgrammedAtApprovalCannotBeProgrammedByAModification() {
        PlanningFixture g = new PlanningFixture(port, data, goals);
        g.openFormulation();
        g.ceilings("1000000", "500000");
        UUID id = g.planA();
        require(g.programSuma(g.liaisonA, id, "100"), 201);
        require(
                g.liaisonA.post(
                        "/api/v1/action-plans/" + id + "/goals",
                        "{\"goalId\":\"%s\",\"notProgrammedReason\":\"Sin recursos\"}".formatted(g.constantGoal)),
                201);
        require(g.leaderA.post("/api/v1/action-plans/" + id + "/submit", "{}"), 200);
        require(g.planner.post("/api/v1/action-plans/" + id + "/review", "{}"), 200);
        require(
                g.planner.post(
                        "/api/v1/action-plans/" + id + "/approve",
                        "{\"approvedOn\":\"%s\",\"minutesReference\":\"Acta 5\"}"
                                .formatted(LocalDate.now(Formats.BOGOTA))),
                200);

        Answer a = g.leaderA.post("/api/v1/action-plans/" + id + "/modifications", """
                {"goalId":"%s","target":1,"quarters":[1,1,1,1],"justification":"Llegaron recursos",
                 "letterReference":"Oficio 9"}""".formatted(g.constantGoal));

        assertThat(a.status()).as("%s", a).isEqualTo(409);
        assertThat(a.<String>json("$.detail")).contains("no se pueden programar metas después de la aprobación");
    }
}
