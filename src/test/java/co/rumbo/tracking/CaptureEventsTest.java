package co.rumbo.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import co.rumbo.calendar.Period;
import co.rumbo.identity.CurrentUser;
import co.rumbo.structure.GoalEditor;
import co.rumbo.support.RumboIntegrationTest;
import co.rumbo.support.TestData;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The events other modules listen to (mail, reports): one per transition, with what they need. */
@RumboIntegrationTest
@RecordApplicationEvents
class CaptureEventsTest {

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    GoalEditor goals;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CapturePeriods periods;

    @Autowired
    ProgressReports reports;

    @Autowired
    ApplicationEvents events;

    @Test
    void everyTransitionOfAPeriodAndASheetIsPublished() {
        CaptureFixture f = new CaptureFixture(port, data, goals, jdbc);
        CurrentUser planner = CaptureFixture.person(f.plannerUser, f.org.id());
        CurrentUser liaison = CaptureFixture.person(f.liaisonAUser, f.org.id());
        CurrentUser leader = CaptureFixture.person(f.leaderAUser, f.org.id());
        Period march = Period.parse("2026-03");

        periods.open(planner, march);
        reports.saveRow(liaison, f.officeA.id(), march, f.sumaGoal, new RowEntry(new BigDecimal("2"), null, 0));
        reports.saveRow(liaison, f.officeA.id(), march, f.constantGoal, new RowEntry(BigDecimal.ONE, null, 0));
        reports.submit(leader, f.officeA.id(), march, null);
        reports.returnToOffice(
                planner,
                f.officeA.id(),
                march,
                new ReturnObservations(Map.of(f.sumaGoal, "Adjunte el acta"), null),
                null);
        reports.submit(leader, f.officeA.id(), march, null);
        reports.accept(planner, f.officeA.id(), march, null);
        periods.close(planner, march, true);
        periods.reopen(planner, march, "Corrección pedida por Hacienda");

        assertThat(events.stream(CapturePeriodOpened.class)).hasSize(1);
        assertThat(events.stream(ProgressReportSubmitted.class).map(ProgressReportSubmitted::round))
                .containsExactly(1, 2);
        assertThat(events.stream(ProgressReportReturned.class)
                        .map(e -> e.observations().get(f.sumaGoal)))
                .containsExactly("Adjunte el acta");
        assertThat(events.stream(ProgressReportAccepted.class).map(ProgressReportAccepted::officeId))
                .containsExactly(f.officeA.id());
        assertThat(events.stream(CapturePeriodClosed.class).map(CapturePeriodClosed::notReportedOffices))
                .containsExactly(java.util.List.of(f.officeB.id()));
        assertThat(events.stream(CapturePeriodReopened.class).map(CapturePeriodReopened::reason))
                .containsExactly("Corrección pedida por Hacienda");
    }
}
