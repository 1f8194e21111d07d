package co.rumbo.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.rumbo.identity.CurrentUser;
import co.rumbo.identity.Role;
import co.rumbo.platform.BusinessRuleException;
import co.rumbo.platform.ForbiddenException;
import co.rumbo.structure.GoalEditor;
import co.rumbo.support.RumboIntegrationTest;
import co.rumbo.support.TestData;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A year formulated and approved before the organization used Rumbo is recorded with its (past)
 * deadline, which opening refuses; its plans then follow the usual workflow.
 */
@RumboIntegrationTest
class PastFormulationTest {

    static final int PAST_YEAR = 2025;

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    GoalEditor goals;

    @Autowired
    Formulations formulations;

    @Autowired
    ActionPlans plans;

    PlanningFixture f;
    CurrentUser planner;

    @BeforeEach
    void organization() {
        f = new PlanningFixture(port, data, goals);
        planner = new CurrentUser(UUID.randomUUID(), "planeacion", "P", f.org.id(), Set.of(Role.PLANEACION), Set.of());
    }

    @Test
    void thePlanningOfficeRecordsAPastYearWithItsDeadlineAndItsOfficesCanThenPlan() {
        LocalDate deadline = LocalDate.of(PAST_YEAR - 1, 11, 29);

        Formulation recorded = formulations.recordPast(planner, PAST_YEAR, deadline);

        assertThat(recorded.deadline()).isEqualTo(deadline);
        assertThat(recorded.offices())
                .extracting(Formulation.OfficeToPlan::officeId)
                .contains(f.officeA.id());
        CurrentUser leader = new CurrentUser(
                UUID.randomUUID(), "lider", "L", f.org.id(), Set.of(Role.LIDER), Set.of(f.officeA.id()));
        assertThat(plans.create(leader, f.officeA.id(), PAST_YEAR).state()).isEqualTo(ActionPlanState.BORRADOR);
    }

    @Test
    void recordingAgainKeepsTheFirstRecord() {
        formulations.recordPast(planner, PAST_YEAR, LocalDate.of(PAST_YEAR - 1, 11, 29));

        Formulation again = formulations.recordPast(planner, PAST_YEAR, LocalDate.of(PAST_YEAR - 1, 10, 31));

        assertThat(again.deadline()).isEqualTo(LocalDate.of(PAST_YEAR - 1, 11, 29));
    }

    @Test
    void aDeadlineStillAheadIsOpenedNotRecorded() {
        assertThatThrownBy(() -> formulations.recordPast(
                        planner,
                        ActionPlans.today().getYear() + 1,
                        ActionPlans.today().plusDays(3)))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("abra la formulación");
    }

    @Test
    void onlyThePlanningOfficeRecordsIt() {
        CurrentUser mayor = new CurrentUser(UUID.randomUUID(), "d", "D", f.org.id(), Set.of(Role.DESPACHO), Set.of());

        assertThatThrownBy(() -> formulations.recordPast(mayor, PAST_YEAR, LocalDate.of(PAST_YEAR - 1, 11, 29)))
                .isInstanceOf(ForbiddenException.class);
    }
}
