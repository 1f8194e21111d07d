package co.rumbo.planning;

import static co.rumbo.planning.PlanningFixture.YEAR;
import static co.rumbo.planning.PlanningFixture.require;
import static org.assertj.core.api.Assertions.assertThat;

import co.rumbo.organization.OrganizationCalendars;
import co.rumbo.platform.web.Formats;
import co.rumbo.structure.GoalEditor;
import co.rumbo.support.Acting;
import co.rumbo.support.ApiClient.Answer;
import co.rumbo.support.Browser;
import co.rumbo.support.RumboIntegrationTest;
import co.rumbo.support.TestData;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A plan sent after the formulation's deadline is accepted and marked late, in the list and its history. */
@RumboIntegrationTest
class LateSubmissionTest {

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    GoalEditor goals;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ActionPlans plans;

    @Autowired
    OrganizationCalendars calendars;

    PlanningFixture f;
    LocalDate today;

    @BeforeEach
    void organizationWithTwoOffices() {
        f = new PlanningFixture(port, data, goals);
        today = LocalDate.now(Formats.BOGOTA);
    }

    private void deadline(LocalDate day) {
        jdbc.sql("update formulation set deadline = ? where organization_id = ? and year = ?")
                .params(day, f.org.id(), YEAR)
                .update();
    }

    private Answer plan(UUID id) {
        return f.planner.get("/api/v1/action-plans/" + id);
    }

    @Test
    void aPlanSentByTheDeadlineIsOnTime() {
        UUID id = f.decidedPlanA();

        require(f.leaderA.post("/api/v1/action-plans/" + id + "/submit", "{}"), 200);

        Answer a = plan(id);
        assertThat(a.<String>json("$.plan.firstSubmittedOn")).isEqualTo(today.toString());
        assertThat(a.<Boolean>json("$.plan.submittedLate")).isFalse();
        assertThat(a.<Object>json("$.plan.daysLate")).isNull();
        assertThat(a.<Boolean>json("$.history[1].late")).isFalse();
        assertThat(a.<String>json("$.history[1].deadline")).isNotNull();
    }

    /** The demo's past years, or a year the organization formulated before it used Rumbo. */
    @Test
    void aPlanOfAYearRecordedAfterTheFactIsNotLate() {
        UUID id = f.decidedPlanA();
        deadline(today.minusDays(300));
        jdbc.sql("update formulation set recorded_past = true where organization_id = ? and year = ?")
                .params(f.org.id(), YEAR)
                .update();

        Answer sent = require(f.leaderA.post("/api/v1/action-plans/" + id + "/submit", "{}"), 200);

        assertThat(sent.<Boolean>json("$.submittedLate")).isFalse();
        assertThat(sent.<Object>json("$.daysLate")).isNull();
        assertThat(plan(id).<String>json("$.history[1].deadline")).isNotNull();
    }

    @Test
    void aPlanSentAfterTheDeadlineIsAcceptedAndMarkedLateForTheRecord() {
        UUID id = f.decidedPlanA();
        deadline(today.minusDays(10));
        LocalDate effective = calendars.calendar(f.org.id()).businessDayOnOrAfter(today.minusDays(10));
        long daysLate = ChronoUnit.DAYS.between(effective, today);

        Answer sent = f.leaderA.post("/api/v1/action-plans/" + id + "/submit", "{}");

        assertThat(sent.status()).as("%s", sent).isEqualTo(200);
        assertThat(sent.<String>json("$.state")).isEqualTo("ENVIADO");
        assertThat(sent.<Boolean>json("$.submittedLate")).isTrue();
        assertThat(sent.<Integer>json("$.daysLate")).isEqualTo((int) daysLate);
        assertThat(sent.<String>json("$.submissionDeadline")).isEqualTo(effective.toString());
        Answer list = f.planner.get("/api/v1/action-plans?year=" + YEAR);
        assertThat(list.<List<Boolean>>json("$[?(@.id == '" + id + "')].submittedLate"))
                .containsExactly(true);

        String page = Browser.loggedIn(port, f.planner.username, TestData.PASSWORD)
                .get("/planes-de-accion?anio=" + YEAR)
                .body();
        assertThat(page)
                .contains("Fuera de plazo (" + daysLate + (daysLate == 1 ? " día)" : " días)"))
                .contains("enviados fuera de plazo: 1");
        String history = Browser.loggedIn(port, f.leaderA.username, TestData.PASSWORD)
                .get("/planes-de-accion/" + id)
                .body();
        assertThat(history).containsPattern("Enviado fuera de plazo \\(fecha límite \\d{2}/\\d{2}/\\d{4}\\)");

        // a later round answers a return, not the deadline; extending the deadline rewrites nothing
        require(f.planner.post("/api/v1/action-plans/" + id + "/return", "{\"observations\":\"Ajuste el T1\"}"), 200);
        require(f.leaderA.post("/api/v1/action-plans/" + id + "/submit", "{}"), 200);
        deadline(today.plusDays(30));
        Answer after = plan(id);
        assertThat(after.<List<Boolean>>json("$.history[*].late")).containsExactly(false, true, false, false);
        assertThat(after.<Boolean>json("$.plan.submittedLate")).isTrue();
    }

    @Test
    void theListWarnsOfOfficesThatHaveNotSentAfterTheDeadline() {
        f.openFormulation();
        f.planA();
        deadline(today.minusDays(10));

        String page = Browser.loggedIn(port, f.planner.username, TestData.PASSWORD)
                .get("/planes-de-accion?anio=" + YEAR)
                .body();

        assertThat(page).contains("Sin enviar · plazo vencido");
    }

    @Test
    void aDeadlineOnANonWorkingDayMovesToTheNextBusinessDay() {
        f.openFormulation();
        // Saturday 2 January 2027; Monday the 4th is a business day in Colombia
        deadline(LocalDate.of(2027, 1, 2));
        assertThat(plans.submissionDeadline(f.org.id(), YEAR)).contains(LocalDate.of(2027, 1, 4));

        Acting.as("prueba", f.org.id(), () -> {
            calendars.add(f.org.id(), LocalDate.of(2027, 1, 4), "Inventario");
        });

        assertThat(plans.submissionDeadline(f.org.id(), YEAR)).contains(LocalDate.of(2027, 1, 5));
        assertThat(ActionPlans.isLate(LocalDate.of(2027, 1, 5), LocalDate.of(2027, 1, 5)))
                .isFalse();
        assertThat(ActionPlans.isLate(LocalDate.of(2027, 1, 6), LocalDate.of(2027, 1, 5)))
                .isTrue();
    }
}
