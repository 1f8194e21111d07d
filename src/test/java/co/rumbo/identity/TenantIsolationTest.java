package co.rumbo.identity;

import static co.rumbo.support.SamplePlan.SUMA_GOAL;
import static org.assertj.core.api.Assertions.assertThat;

import co.rumbo.support.Browser;
import co.rumbo.support.Page;
import co.rumbo.support.RumboIntegrationTest;
import co.rumbo.support.TestData;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A user of one organization cannot tell that another organization's plan exists: 404, never 403,
 * through the pages and through the API.
 */
@RumboIntegrationTest
class TenantIsolationTest {

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    TestData.SavedPlan ownPlan;
    TestData.SavedPlan otherPlan;
    UserView planner;

    @BeforeEach
    void twoOrganizationsWithAPlanEach() {
        UUID own = data.organization().id();
        ownPlan = data.plan(own);
        otherPlan = data.plan(data.organization().id());
        planner = data.user(own, Role.PLANEACION);
    }

    @Test
    void thePlanPageOfAnotherOrganizationIsNotFound() {
        assertThat(browser().get("/plan?plan=" + otherPlan.id()).status()).isEqualTo(404);
    }

    @Test
    void theGoalPageOfAnotherOrganizationIsNotFound() {
        assertThat(browser().get("/plan/metas/" + otherPlan.goal(SUMA_GOAL)).status())
                .isEqualTo(404);
    }

    @Test
    void theGoalEditPageOfAnotherOrganizationIsNotFound() {
        assertThat(browser()
                        .get("/plan/metas/" + otherPlan.goal(SUMA_GOAL) + "/editar")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void thePlanPageOfAnotherOrganizationIsNotFoundEvenWithoutAPlanOfOneself() {
        UserView newcomer = data.user(data.organization().id(), Role.PLANEACION);
        Browser browser = Browser.loggedIn(port, newcomer.username(), TestData.PASSWORD);

        assertThat(browser.get("/plan?plan=" + otherPlan.id()).status()).isEqualTo(404);
    }

    @Test
    void theOwnPlanAndGoalPagesOpen() {
        Browser browser = browser();

        assertThat(browser.get("/plan?plan=" + ownPlan.id()).status()).isEqualTo(200);
        assertThat(browser.get("/plan/metas/" + ownPlan.goal(SUMA_GOAL)).status())
                .isEqualTo(200);
    }

    @Test
    void theApiPlanOfAnotherOrganizationIsNotFound() {
        assertThat(api("/api/v1/plans/" + otherPlan.id()).status()).isEqualTo(404);
    }

    @Test
    void theApiGoalsOfAnotherOrganizationsPlanAreNotFound() {
        assertThat(api("/api/v1/plans/" + otherPlan.id() + "/goals").status()).isEqualTo(404);
    }

    @Test
    void theApiGoalOfAnotherOrganizationIsNotFound() {
        assertThat(api("/api/v1/goals/" + otherPlan.goal(SUMA_GOAL)).status()).isEqualTo(404);
    }

    @Test
    void theApiListsOnlyTheOwnOrganizationsPlans() {
        Page page = api("/api/v1/plans");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains(ownPlan.id().toString())
                .doesNotContain(otherPlan.id().toString());
    }

    @Test
    void theApiGivesTheOwnPlanGoalsAndGoal() {
        assertThat(api("/api/v1/plans/" + ownPlan.id()).status()).isEqualTo(200);
        assertThat(api("/api/v1/plans/" + ownPlan.id() + "/goals").body()).contains(SUMA_GOAL);
        assertThat(api("/api/v1/goals/" + ownPlan.goal(SUMA_GOAL)).status()).isEqualTo(200);
    }

    private Browser browser() {
        return Browser.loggedIn(port, planner.username(), TestData.PASSWORD);
    }

    private Page api(String path) {
        return Browser.getWithBasic(port, path, planner.username(), TestData.PASSWORD);
    }
}
