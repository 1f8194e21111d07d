package co.rumbo.tracking;

import static co.rumbo.tracking.CaptureFixture.require;
import static org.assertj.core.api.Assertions.assertThat;

import co.rumbo.structure.GoalEditor;
import co.rumbo.support.ApiClient.Answer;
import co.rumbo.support.RumboIntegrationTest;
import co.rumbo.support.TestData;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Capture periods: opening with a deadline, closing with a confirmation, reopening with a reason. */
@RumboIntegrationTest
class CapturePeriodTest {

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    GoalEditor goals;

    @Autowired
    JdbcClient jdbc;

    CaptureFixture f;

    @BeforeEach
    void organizationWithApprovedPlans() {
        f = new CaptureFixture(port, data, goals, jdbc);
    }

    @Test
    void theDeadlineIsNCalendarDaysAfterThePeriodMovedToTheNextBusinessDay() {
        // 31 March 2026 + 2 days = Holy Thursday; Good Friday, Saturday and Sunday follow.
        require(f.planner.put("/api/v1/capture-settings", "{\"deadlineDays\":2,\"version\":0}"), 200);

        Answer opened = f.planner.post("/api/v1/periods", "{\"period\":\"2026-03\"}");

        assertThat(opened.status()).as("%s", opened).isEqualTo(201);
        assertThat(opened.<String>json("$.deadline")).isEqualTo("2026-04-06");
        assertThat(opened.<String>json("$.state")).isEqualTo("ABIERTO");
        assertThat(f.planner.get("/api/v1/periods").<List<String>>json("$[*].period"))
                .containsExactly("2026-03");
    }

    @Test
    void openingCreatesTheSheetOfEveryOfficeWithAnApprovedPlan() {
        f.open("2026-03");

        Answer sheets = f.planner.get("/api/v1/periods/2026-03/reports");

        assertThat(sheets.<List<String>>json("$[*].officeId"))
                .containsExactlyInAnyOrder(
                        f.officeA.id().toString(), f.officeB.id().toString());
        assertThat(sheets.<List<String>>json("$[*].state")).containsOnly("BORRADOR");
    }

    @Test
    void onlyThePlanningOfficeOpensAPeriod() {
        Answer a = f.leaderA.post("/api/v1/periods", "{\"period\":\"2026-03\"}");

        assertThat(a.status()).as("%s", a).isEqualTo(403);
    }

    @Test
    void aPeriodOfAnotherKindThanTheOrganizationsIsRefused() {
        Answer a = f.planner.post("/api/v1/periods", "{\"period\":\"2026-Q1\"}");

        assertThat(a.status()).as("%s", a).isEqualTo(409);
        assertThat(a.<String>json("$.detail")).contains("captura por mes");
    }

    @Test
    void aPeriodThatHasNotStartedIsRefused() {
        Answer a = f.planner.post("/api/v1/periods", "{\"period\":\"2099-01\"}");

        assertThat(a.status()).as("%s", a).isEqualTo(409);
    }

    @Test
    void aPeriodIsOpenedOnce() {
        f.open("2026-03");

        assertThat(f.planner.post("/api/v1/periods", "{\"period\":\"2026-03\"}").status())
                .isEqualTo(409);
    }

    @Test
    void closingWhileOfficesHaveNotSubmittedNeedsAConfirmation() {
        f.open("2026-03");

        Answer a = f.planner.post("/api/v1/periods/2026-03/close", "{}");

        assertThat(a.status()).as("%s", a).isEqualTo(409);
        assertThat(a.<List<String>>json("$.notSubmitted"))
                .containsExactlyInAnyOrder(f.officeA.name(), f.officeB.name());
        assertThat(f.planner.get("/api/v1/periods").<List<String>>json("$[*].state"))
                .containsExactly("ABIERTO");
    }

    @Test
    void aConfirmedCloseRecordsTheOfficesThatDidNotSubmitAsNotReported() {
        f.open("2026-03");
        f.fillAndSubmitMarch();
        require(f.planner.post(f.sheetA("2026-03") + "/accept", "{}"), 200);

        Answer closed = f.planner.post("/api/v1/periods/2026-03/close?confirm=true", "{}");

        assertThat(closed.status()).as("%s", closed).isEqualTo(200);
        assertThat(closed.<String>json("$.state")).isEqualTo("CERRADO");
        Answer sheets = f.planner.get("/api/v1/periods/2026-03/reports");
        assertThat(sheets.<List<Boolean>>json("$[?(@.officeId == '" + f.officeB.id() + "')].notReported"))
                .containsExactly(true);
        assertThat(sheets.<List<Boolean>>json("$[?(@.officeId == '" + f.officeA.id() + "')].notReported"))
                .containsExactly(false);
    }

    @Test
    void anOfficeThatDidNotReportKeepsTheWholeYearsProgrammingSoItsTargetDoesNotShrink() {
        f.open("2026-03");
        f.fillAndSubmitMarch();
        require(f.planner.post(f.sheetA("2026-03") + "/accept", "{}"), 200);

        require(f.planner.post("/api/v1/periods/2026-03/close?confirm=true", "{}"), 200);

        // Office B's CRECIENTE goal is programmed 55, 60, 65, 70 by quarter: March is owed with nothing
        // executed, and June, September and December keep their programming (the year still ends at 70).
        assertThat(jdbc.sql("select period, programmed, executed from goal_value where goal_id = ? order by period")
                        .param(f.growingGoal)
                        .query((rs, n) -> rs.getString(1) + "="
                                + rs.getBigDecimal(2).stripTrailingZeros().toPlainString() + "/" + rs.getString(3))
                        .list())
                .containsExactly("2026-03=55/null", "2026-06=60/null", "2026-09=65/null", "2026-12=70/null");
    }

    @Test
    void closingIsRefusedWhileASheetAwaitsReview() {
        f.open("2026-03");
        f.fillAndSubmitMarch();

        Answer a = f.planner.post("/api/v1/periods/2026-03/close?confirm=true", "{}");

        assertThat(a.status()).as("%s", a).isEqualTo(409);
        assertThat(a.<String>json("$.detail")).contains(f.officeA.name()).contains("esperando revisión");
    }

    @Test
    void reopeningNeedsAReason() {
        f.open("2026-03");
        require(f.planner.post("/api/v1/periods/2026-03/close?confirm=true", "{}"), 200);

        Answer a = f.planner.post("/api/v1/periods/2026-03/reopen", "{\"reason\":\"\"}");

        assertThat(a.status()).as("%s", a).isEqualTo(422);
        assertThat(a.<String>json("$.field")).isEqualTo("reason");
    }

    @Test
    void reopeningIsKeptInThePeriodsHistoryAndTheAuditTrailWithItsReasonAndActor() {
        f.open("2026-03");
        require(f.planner.post("/api/v1/periods/2026-03/close?confirm=true", "{}"), 200);

        Answer a = f.planner.post(
                "/api/v1/periods/2026-03/reopen", "{\"reason\":\"Hacienda corrigió la ejecución de marzo\"}");

        assertThat(a.status()).as("%s", a).isEqualTo(200);
        assertThat(a.<String>json("$.state")).isEqualTo("ABIERTO");
        Answer detail = f.planner.get("/api/v1/periods/2026-03");
        assertThat(detail.<List<String>>json("$.history[*].action")).containsExactly("ABIERTO", "CERRADO", "REABIERTO");
        assertThat(detail.<String>json("$.history[2].reason")).isEqualTo("Hacienda corrigió la ejecución de marzo");
        assertThat(detail.<List<Boolean>>json("$.reports[*].notReported")).containsOnly(false);
        List<String> actors =
                jdbc.sql("""
                        select actor from audit_log where organization_id = ? and table_name = 'capture_period_event'
                          and after ->> 'action' = 'REABIERTO'""").param(f.org.id()).query(String.class).list();
        assertThat(actors).containsExactly(f.planner.username);
    }

    @Test
    void onlyThePlanningOfficeClosesAndReopens() {
        f.open("2026-03");

        assertThat(f.leaderA
                        .post("/api/v1/periods/2026-03/close?confirm=true", "{}")
                        .status())
                .isEqualTo(403);
        require(f.planner.post("/api/v1/periods/2026-03/close?confirm=true", "{}"), 200);
        assertThat(f.treasury
                        .post("/api/v1/periods/2026-03/reopen", "{\"reason\":\"Un motivo suficiente\"}")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void settingsAreChangedByThePlanningOfficeWithOptimisticLocking() {
        require(f.planner.put("/api/v1/capture-settings", "{\"tolerancePercent\":15,\"version\":0}"), 200);

        Answer stale = f.planner.put("/api/v1/capture-settings", "{\"tolerancePercent\":20,\"version\":0}");
        Answer leader = f.leaderA.put("/api/v1/capture-settings", "{\"tolerancePercent\":20,\"version\":1}");

        assertThat(stale.status()).as("%s", stale).isEqualTo(409);
        assertThat(leader.status()).isEqualTo(403);
        Answer settings = f.leaderA.get("/api/v1/capture-settings");
        assertThat(settings.<Number>json("$.tolerancePercent").intValue()).isEqualTo(15);
        assertThat(settings.<String>json("$.periodKind")).isEqualTo("MONTH");
    }
}
