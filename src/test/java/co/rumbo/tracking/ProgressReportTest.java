package co.rumbo.tracking;

import static co.rumbo.tracking.CaptureFixture.require;
import static org.assertj.core.api.Assertions.assertThat;

import co.rumbo.dashboard.Dashboards;
import co.rumbo.dashboard.GoalDashboard;
import co.rumbo.structure.GoalEditor;
import co.rumbo.support.ApiClient.Answer;
import co.rumbo.support.RumboIntegrationTest;
import co.rumbo.support.TestData;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The capture sheet through the API: rows, their rules, who may write, submission and review. */
@RumboIntegrationTest
class ProgressReportTest {

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    GoalEditor goals;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Dashboards dashboards;

    CaptureFixture f;

    @BeforeEach
    void organizationWithAnOpenPeriod() {
        f = new CaptureFixture(port, data, goals, jdbc);
        f.open("2026-03");
    }

    private String row(String goal, String field) {
        return "$.rows[?(@.goalId == '" + goal + "')]." + field;
    }

    @Test
    void theSheetHasOneRowPerProgrammedGoalWithTheQuarterValueInTheQuartersLastMonth() {
        f.open("2026-02");

        Answer march = f.liaisonA.get(f.sheetA("2026-03"));
        Answer february = f.liaisonA.get(f.sheetA("2026-02"));

        assertThat(march.status()).as("%s", march).isEqualTo(200);
        assertThat(march.<List<String>>json("$.rows[*].code")).containsExactlyInAnyOrder("2201001-1", "1903011-1");
        assertThat(march.<List<Object>>json(row(f.sumaGoal.toString(), "programmed")))
                .containsExactly(2);
        assertThat(march.<List<Object>>json(row(f.sumaGoal.toString(), "yearTarget")))
                .containsExactly(10);
        assertThat(march.<String>json("$.state")).isEqualTo("BORRADOR");
        assertThat(february.<List<Object>>json(row(f.sumaGoal.toString(), "programmed")))
                .containsExactly((Object) null);
        assertThat(march.<List<Object>>json("$.budget[*].projectBpin")).containsExactly("2024520010001");
    }

    @Test
    void anOfficeDoesNotSeeAnotherOfficesSheet() {
        Answer read = f.leaderB.get(f.sheetA("2026-03"));
        Answer write = f.leaderB.put(f.rowA("2026-03", f.sumaGoal), "{\"executed\":2,\"version\":0}");

        assertThat(read.status()).as("%s", read).isEqualTo(404);
        assertThat(write.status()).as("%s", write).isEqualTo(404);
    }

    @Test
    void peopleWhoSeeEveryOfficeReadASheetButDoNotWriteIt() {
        assertThat(f.control.get(f.sheetA("2026-03")).status()).isEqualTo(200);
        assertThat(f.planner
                        .put(f.rowA("2026-03", f.sumaGoal), "{\"executed\":2,\"version\":0}")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void savingARowReturnsItsNewVersionAndTheGoalsLiveProgressAtThisCut() {
        Answer a = f.save("2026-03", f.sumaGoal, "2", null);

        assertThat(a.status()).as("%s", a).isEqualTo(200);
        assertThat(a.<Integer>json("$.version")).isEqualTo(1);
        assertThat(a.<Object>json("$.figures.programmedToDate")).isEqualTo(2);
        assertThat(a.<Object>json("$.figures.executedToDate")).isEqualTo(2);
        assertThat(a.<Object>json("$.figures.progress")).isEqualTo(1);
        assertThat(a.<String>json("$.figures.state")).isEqualTo("AL_DIA");
        assertThat(a.<String>json("$.figures.light")).isEqualTo("VERDE");
        assertThat(a.<String>json("$.updatedBy")).isEqualTo(f.liaisonA.username);
    }

    @Test
    void theLiveFiguresAddTheAcceptedValuesOfTheYearsEarlierPeriods() {
        f.open("2026-04");
        f.fillAndSubmitMarch();
        require(f.planner.post(f.sheetA("2026-03") + "/accept", "{}"), 200);

        Answer april = f.save("2026-04", f.sumaGoal, "1", "Avance de abril");

        assertThat(april.<Object>json("$.figures.executedToDate")).isEqualTo(3);
        assertThat(april.<Object>json("$.figures.programmedToDate")).isEqualTo(2);
        assertThat(april.<String>json("$.figures.state")).isEqualTo("SOBREEJECUTADA");
    }

    @Test
    void twoPeopleSavingTheSameRowOneWinsAndTheOtherIsTold() throws Exception {
        int version = f.version("2026-03", f.sumaGoal);
        String path = f.rowA("2026-03", f.sumaGoal);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Answer> first = () -> f.liaisonA.put(path, "{\"executed\":2,\"version\":" + version + "}");
            Callable<Answer> second =
                    () -> f.secondLiaisonA.put(path, "{\"executed\":2.1,\"version\":" + version + "}");
            List<Future<Answer>> answers = pool.invokeAll(List.of(first, second));
            List<Integer> statuses = answers.stream()
                    .map(a -> {
                        try {
                            return a.get().status();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .toList();
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
            Answer loser = answers.get(statuses.indexOf(409)).get();
            assertThat(loser.<String>json("$.detail")).contains("Otra persona guardó esta fila");
            assertThat(loser.<Integer>json("$.current.version")).isEqualTo(version + 1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(f.version("2026-03", f.sumaGoal)).isEqualTo(version + 1);
    }

    @Test
    void aStaleVersionIsRefusedAndTheRowKeepsTheFirstValue() {
        require(f.liaisonA.put(f.rowA("2026-03", f.sumaGoal), "{\"executed\":2,\"version\":0}"), 200);

        Answer stale = f.secondLiaisonA.put(f.rowA("2026-03", f.sumaGoal), "{\"executed\":2.1,\"version\":0}");

        assertThat(stale.status()).as("%s", stale).isEqualTo(409);
        assertThat(f.liaisonA.get(f.sheetA("2026-03")).<List<Object>>json(row(f.sumaGoal.toString(), "executed")))
                .containsExactly(2);
    }

    @Test
    void aNegativeValueIsRefused() {
        Answer a = f.save("2026-03", f.sumaGoal, "-1", "algo");

        assertThat(a.status()).as("%s", a).isEqualTo(422);
        assertThat(a.<String>json("$.field")).isEqualTo("executed");
        assertThat(a.<String>json("$.detail")).contains("negativo");
    }

    @Test
    void aValueThatIsNotANumberIsABadRequest() {
        Answer a = f.liaisonA.put(f.rowA("2026-03", f.sumaGoal), "{\"executed\":\"dos\",\"version\":0}");

        assertThat(a.status()).as("%s", a).isEqualTo(400);
    }

    @Test
    void aDifferenceWithTheProgrammedValueBeyondTheToleranceNeedsADescription() {
        Answer without = f.save("2026-03", f.sumaGoal, "1.5", null);
        Answer within = f.save("2026-03", f.sumaGoal, "2.1", null);
        Answer with = f.save("2026-03", f.sumaGoal, "1.5", "Falta una sede por contratar");

        assertThat(without.status()).as("%s", without).isEqualTo(422);
        assertThat(without.<String>json("$.field")).isEqualTo("description");
        assertThat(within.status()).as("%s", within).isEqualTo(200);
        assertThat(with.status()).as("%s", with).isEqualTo(200);
        assertThat(with.<Boolean>json("$.descriptionRequired")).isTrue();
    }

    @Test
    void nothingDoneWhereSomethingWasProgrammedNeedsADescription() {
        Answer a = f.save("2026-03", f.sumaGoal, "0", null);

        assertThat(a.status()).as("%s", a).isEqualTo(422);
        assertThat(a.<String>json("$.detail")).contains("No se ejecutó nada");
    }

    @Test
    void anExecutionOfAGoalNotProgrammedInThePeriodIsFlaggedAndNeedsADescription() {
        f.open("2026-01");

        Answer without = f.save("2026-01", f.sumaGoal, "1", null);
        Answer with = f.save("2026-01", f.sumaGoal, "1", "Se adelantó una sede");

        assertThat(without.status()).as("%s", without).isEqualTo(422);
        assertThat(without.<String>json("$.detail")).contains("no está programada");
        assertThat(with.status()).as("%s", with).isEqualTo(200);
        assertThat(with.<Boolean>json("$.unprogrammed")).isTrue();
        assertThat(with.<String>json("$.figures.state")).isEqualTo("EJECUCION_SIN_PROGRAMACION");
    }

    @Test
    void aPercentageAbove100IsRefused() {
        jdbc.sql("update product_goal set unit = 'Porcentaje' where id = ?")
                .param(f.sumaGoal)
                .update();

        Answer a = f.save("2026-03", f.sumaGoal, "140", "Más de lo posible");

        assertThat(a.status()).as("%s", a).isEqualTo(422);
        assertThat(a.<String>json("$.detail")).contains("porcentaje");
    }

    @Test
    void aPercentageThePlanWritesAsAFractionTakesValuesFrom0To1() {
        jdbc.sql("update product_goal set unit = '%' where id = ?")
                .param(f.constantGoal)
                .update();
        jdbc.sql("update action_plan_goal set target = 0.8, q1 = 0.8, q2 = 0.8, q3 = 0.8, q4 = 0.8 where goal_id = ?")
                .param(f.constantGoal)
                .update();

        Answer thirteen = f.save("2026-03", f.constantGoal, "80", "Ochenta por ciento");
        Answer fraction = f.save("2026-03", f.constantGoal, "0.8", null);

        assertThat(thirteen.status()).as("%s", thirteen).isEqualTo(422);
        assertThat(thirteen.<String>json("$.detail")).contains("fracción");
        assertThat(fraction.status()).as("%s", fraction).isEqualTo(200);
    }

    @Test
    void onlyTheOfficesLeaderSubmits() {
        require(f.save("2026-03", f.sumaGoal, "2", null), 200);
        require(f.save("2026-03", f.constantGoal, "1", null), 200);

        Answer liaison = f.liaisonA.post(f.sheetA("2026-03") + "/submit", "{}");
        Answer leader = f.leaderA.post(f.sheetA("2026-03") + "/submit", "{}");

        assertThat(liaison.status()).as("%s", liaison).isEqualTo(403);
        assertThat(leader.status()).as("%s", leader).isEqualTo(200);
        assertThat(leader.<String>json("$.state")).isEqualTo("ENVIADO");
        assertThat(leader.<Integer>json("$.round")).isEqualTo(1);
    }

    @Test
    void aSheetIsNotSubmittedWhileAProgrammedGoalHasNoValue() {
        require(f.save("2026-03", f.sumaGoal, "2", null), 200);

        Answer a = f.leaderA.post(f.sheetA("2026-03") + "/submit", "{}");

        assertThat(a.status()).as("%s", a).isEqualTo(422);
        assertThat(a.<String>json("$.detail")).contains("1903011-1");
    }

    @Test
    void aSubmittedSheetIsReadOnlyForTheOfficeUntilReturned() {
        f.fillAndSubmitMarch();
        int version = f.version("2026-03", f.sumaGoal);

        Answer whileSubmitted =
                f.liaisonA.put(f.rowA("2026-03", f.sumaGoal), "{\"executed\":3,\"version\":" + version + "}");
        require(
                f.planner.post(
                        f.sheetA("2026-03") + "/return",
                        "{\"observations\":[{\"goalId\":\"%s\",\"text\":\"Adjunte el acta de entrega\"}]}"
                                .formatted(f.sumaGoal)),
                200);
        Answer afterReturn = f.liaisonA.put(
                f.rowA("2026-03", f.sumaGoal),
                "{\"executed\":2,\"description\":\"Con acta\",\"version\":" + version + "}");

        assertThat(whileSubmitted.status()).as("%s", whileSubmitted).isEqualTo(409);
        assertThat(whileSubmitted.<String>json("$.detail")).contains("solo lectura");
        assertThat(afterReturn.status()).as("%s", afterReturn).isEqualTo(200);
    }

    @Test
    void aReturnWithoutObservationsIsRefused() {
        f.fillAndSubmitMarch();

        Answer empty = f.planner.post(f.sheetA("2026-03") + "/return", "{\"observations\":[]}");
        Answer blank = f.planner.post(
                f.sheetA("2026-03") + "/return",
                "{\"observations\":[{\"goalId\":\"%s\",\"text\":\"  \"}]}".formatted(f.sumaGoal));

        assertThat(empty.status()).as("%s", empty).isEqualTo(422);
        assertThat(blank.status()).as("%s", blank).isEqualTo(422);
        assertThat(f.planner.get(f.sheetA("2026-03")).<String>json("$.state")).isEqualTo("ENVIADO");
    }

    @Test
    void onlyThePlanningOfficeReturnsOrAccepts() {
        f.fillAndSubmitMarch();

        assertThat(f.leaderA.post(f.sheetA("2026-03") + "/accept", "{}").status())
                .isEqualTo(403);
        assertThat(f.control.post(f.sheetA("2026-03") + "/accept", "{}").status())
                .isEqualTo(403);
    }

    @Test
    void theReviewerSeesTheObservationsAndWhatChangedSinceTheLastSubmission() {
        f.fillAndSubmitMarch();
        require(
                f.planner.post(
                        f.sheetA("2026-03") + "/return",
                        "{\"observations\":[{\"goalId\":\"%s\",\"text\":\"Revise: el contrato se firmó en abril\"}],\"comment\":\"Una meta\"}"
                                .formatted(f.sumaGoal)),
                200);
        Answer returned = f.liaisonA.get(f.sheetA("2026-03"));
        require(f.save("2026-03", f.sumaGoal, "1.5", "El contrato de la segunda sede se firmó en abril"), 200);
        require(f.leaderA.post(f.sheetA("2026-03") + "/submit", "{}"), 200);

        Answer review = f.planner.get(f.sheetA("2026-03"));

        assertThat(returned.<List<String>>json(row(f.sumaGoal.toString(), "observation")))
                .containsExactly("Revise: el contrato se firmó en abril");
        assertThat(returned.<String>json("$.comment")).isEqualTo("Una meta");
        assertThat(review.<Integer>json("$.round")).isEqualTo(2);
        assertThat(review.<List<Boolean>>json(row(f.sumaGoal.toString(), "changed")))
                .containsExactly(true);
        assertThat(review.<List<Object>>json(row(f.sumaGoal.toString(), "previous.executed")))
                .containsExactly(2);
        assertThat(review.<List<Boolean>>json(row(f.constantGoal.toString(), "changed")))
                .containsExactly(false);
        assertThat(review.<List<String>>json("$.history[*].to")).containsExactly("ENVIADO", "DEVUELTO", "ENVIADO");
        assertThat(review.<Boolean>json("$.actions.review")).isTrue();
    }

    @Test
    void acceptingWritesTheExecutedValuesIntoTheGoalsValuesOfThePeriod() {
        f.fillAndSubmitMarch();

        Answer accepted = f.planner.post(f.sheetA("2026-03") + "/accept", "{}");

        assertThat(accepted.status()).as("%s", accepted).isEqualTo(200);
        assertThat(accepted.<String>json("$.state")).isEqualTo("ACEPTADO");
        Map<String, Object> value = jdbc.sql(
                        "select programmed, executed, source from goal_value where goal_id = ? and period = '2026-03'")
                .param(f.sumaGoal)
                .query()
                .singleRow();
        assertThat((BigDecimal) value.get("programmed")).isEqualByComparingTo("2");
        assertThat((BigDecimal) value.get("executed")).isEqualByComparingTo("2");
        assertThat(value.get("source")).isEqualTo("CAPTURA");
    }

    @Test
    void acceptedValuesAreWhatTheDashboardShowsAtThatCut() {
        f.fillAndSubmitMarch();
        require(f.planner.post(f.sheetA("2026-03") + "/accept", "{}"), 200);

        GoalDashboard goal = dashboards.goal(f.org.id(), f.sumaGoal, "2026-03");

        GoalDashboard.YearFigures year2026 =
                goal.years().stream().filter(y -> y.year() == 2026).findFirst().orElseThrow();
        assertThat(year2026.granularity()).isEqualTo("MONTH");
        assertThat(goal.withinYear().valueToCut()).isEqualByComparingTo("2");
        assertThat(goal.withinYear().targetToCut()).isEqualByComparingTo("2");
        assertThat(goal.withinYear().targetTotal())
                .as("the year's target stays whole: the later quarters keep their programming")
                .isEqualByComparingTo("10");
        assertThat(goal.withinYear().state().name()).isEqualTo("AL_DIA");
    }

    @Test
    void aClosedPeriodRefusesEveryWriteToItsSheetsWith423() {
        f.fillAndSubmitMarch();
        require(f.planner.post(f.sheetA("2026-03") + "/accept", "{}"), 200);
        require(f.planner.post("/api/v1/periods/2026-03/close?confirm=true", "{}"), 200);

        Answer row = f.liaisonA.put(f.rowA("2026-03", f.sumaGoal), "{\"executed\":3,\"version\":1}");
        Answer sheetB = f.leaderB.post("/api/v1/offices/" + f.officeB.id() + "/reports/2026-03/submit", "{}");
        Answer link = f.liaisonA.post(
                f.rowA("2026-03", f.sumaGoal) + "/links", "{\"name\":\"Acta\",\"url\":\"https://example.org/acta\"}");
        Answer returned = f.planner.post(
                f.sheetA("2026-03") + "/return",
                "{\"observations\":[{\"goalId\":\"%s\",\"text\":\"Corregir\"}]}".formatted(f.sumaGoal));

        assertThat(row.status()).as("%s", row).isEqualTo(423);
        assertThat(row.<String>json("$.detail")).contains("está cerrado");
        assertThat(sheetB.status()).as("%s", sheetB).isEqualTo(423);
        assertThat(link.status()).as("%s", link).isEqualTo(423);
        assertThat(returned.status()).as("%s", returned).isEqualTo(423);
    }

    @Test
    void aClosedPeriodRefusesTheGoalValuesApiToo() {
        require(f.planner.post("/api/v1/periods/2026-03/close?confirm=true", "{}"), 200);

        Answer month =
                f.planner.put("/api/v1/goals/" + f.sumaGoal + "/periods/2026-03", "{\"programmed\":2,\"executed\":9}");
        Answer quarter =
                f.planner.put("/api/v1/goals/" + f.sumaGoal + "/periods/2026-Q1", "{\"programmed\":2,\"executed\":9}");
        Answer april =
                f.planner.put("/api/v1/goals/" + f.sumaGoal + "/periods/2026-04", "{\"programmed\":3,\"executed\":1}");

        assertThat(month.status()).as("%s", month).isEqualTo(423);
        assertThat(quarter.status()).as("%s", quarter).isEqualTo(423);
        assertThat(april.status()).as("%s", april).isEqualTo(200);
    }

    @Test
    void aClosedPeriodKeepsTheProgrammingOfTheGoalsThatWereNotReported() {
        require(f.planner.post("/api/v1/periods/2026-03/close?confirm=true", "{}"), 200);

        Map<String, Object> value = jdbc.sql(
                        "select programmed, executed from goal_value where goal_id = ? and period = '2026-03'")
                .param(f.sumaGoal)
                .query()
                .singleRow();

        assertThat((BigDecimal) value.get("programmed")).isEqualByComparingTo("2");
        assertThat(value.get("executed")).isNull();
    }

    @Test
    void anAcceptedSheetOfAReopenedPeriodIsReturnedForCorrection() {
        f.fillAndSubmitMarch();
        require(f.planner.post(f.sheetA("2026-03") + "/accept", "{}"), 200);
        require(f.planner.post("/api/v1/periods/2026-03/close?confirm=true", "{}"), 200);
        require(
                f.planner.post("/api/v1/periods/2026-03/reopen", "{\"reason\":\"El acta de entrega llegó tarde\"}"),
                200);

        Answer returned = f.planner.post(
                f.sheetA("2026-03") + "/return",
                "{\"observations\":[{\"goalId\":\"%s\",\"text\":\"Corregir con el acta\"}]}".formatted(f.sumaGoal));

        assertThat(returned.status()).as("%s", returned).isEqualTo(200);
        assertThat(returned.<String>json("$.state")).isEqualTo("DEVUELTO");
        assertThat(returned.<Boolean>json("$.actions.edit")).isFalse();
        assertThat(f.liaisonA.get(f.sheetA("2026-03")).<Boolean>json("$.actions.edit"))
                .isTrue();
    }
}
