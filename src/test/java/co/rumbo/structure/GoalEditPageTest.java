package co.rumbo.structure;

import static co.rumbo.support.SamplePlan.CRECIENTE_GOAL;
import static co.rumbo.support.SamplePlan.SUMA_GOAL;
import static org.assertj.core.api.Assertions.assertThat;

import co.rumbo.identity.Role;
import co.rumbo.identity.UserView;
import co.rumbo.support.Browser;
import co.rumbo.support.Form;
import co.rumbo.support.Page;
import co.rumbo.support.RumboIntegrationTest;
import co.rumbo.support.TestData;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Editing a goal through its page, as the planning office does it. */
@RumboIntegrationTest
class GoalEditPageTest {

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    Plans plans;

    @Autowired
    JdbcClient jdbc;

    UUID org;
    TestData.SavedPlan plan;
    UserView planner;
    Browser browser;

    @BeforeEach
    void plannerWithAPlan() {
        org = data.organization().id();
        plan = data.plan(org);
        planner = data.user(org, Role.PLANEACION);
        browser = Browser.loggedIn(port, planner.username(), TestData.PASSWORD);
    }

    @Test
    void theEditPageShowsTheGoalsForm() {
        Page page = browser.get("/plan/metas/" + plan.goal(SUMA_GOAL) + "/editar");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("name=\"version\"", "name=\"target_2024\"", "name=\"_csrf\"");
    }

    @Test
    void planeacionSavesAGoalThroughItsEditPage() {
        UUID goal = plan.goal(SUMA_GOAL);
        UUID office = data.office(org).id();

        Page page = browser.post(
                "/plan/metas/" + goal + "/editar",
                sumaGoalForm(0).add("officeId", office).add("baseline", "3").add("target_2025", "11,5"));

        assertThat(page.redirectsTo("/plan/metas/" + goal)).as(page.toString()).isTrue();
        GoalDetail saved = plans.goal(org, goal);
        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved.baseline()).isEqualByComparingTo("3");
        assertThat(saved.summary().officeId()).isEqualTo(office);
        assertThat(saved.summary().targets()).containsEntry("2025", new BigDecimal("11.5"));
    }

    @Test
    void theGoalPageShowsTheSavedGoal() {
        UUID goal = plan.goal(SUMA_GOAL);
        browser.post("/plan/metas/" + goal + "/editar", sumaGoalForm(0).add("customName", "Sedes rurales mejoradas"));

        Page page = browser.get("/plan/metas/" + goal);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Sedes rurales mejoradas");
    }

    @Test
    void theEditIsRecordedInTheAuditTrailWithThePlannerAsActor() {
        UUID goal = plan.goal(SUMA_GOAL);

        browser.post("/plan/metas/" + goal + "/editar", sumaGoalForm(0).add("baseline", "4"));

        var actors =
                jdbc.sql("""
                        select actor from audit_log
                        where organization_id = ? and table_name = 'product_goal' and row_id = ? and operation = 'U'""").params(org, goal.toString()).query(String.class).list();
        assertThat(actors).containsExactly(planner.username());
    }

    @Test
    void aStaleFormIsRefusedWithTheNewVersionShown() {
        UUID goal = plan.goal(SUMA_GOAL);
        browser.post("/plan/metas/" + goal + "/editar", sumaGoalForm(0).add("baseline", "4"));

        Page page =
                browser.post("/plan/metas/" + goal + "/editar", sumaGoalForm(0).add("baseline", "9"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Otra persona cambió esta meta");
        assertThat(plans.goal(org, goal).baseline()).isEqualByComparingTo("4");
    }

    @Test
    void aDecrecienteGoalWithoutBaselineIsRefusedInSpanish() {
        UUID goal = plan.goal(SUMA_GOAL);
        Form form = Form.of("version", "0", "programmingType", "DECRECIENTE", "fourYearTarget", "40");

        Page page = browser.post("/plan/metas/" + goal + "/editar", form);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Una meta DECRECIENTE necesita línea base");
        assertThat(plans.goal(org, goal).version()).isZero();
    }

    @Test
    void aCrecienteTargetBelowTheBaselineIsRefusedInSpanish() {
        UUID goal = plan.goal(CRECIENTE_GOAL);
        Form form = Form.of(
                "version", "0",
                "programmingType", "CRECIENTE",
                "fourYearTarget", "80",
                "baseline", "55",
                "target_2024", "50",
                "target_2025", "60");

        Page page = browser.post("/plan/metas/" + goal + "/editar", form);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("Una meta CRECIENTE no puede tener la meta de 2024 por debajo de la línea base");
        assertThat(plans.goal(org, goal).version()).isZero();
    }

    @Test
    void aNegativeTargetIsRefusedInSpanish() {
        UUID goal = plan.goal(SUMA_GOAL);

        Page page =
                browser.post("/plan/metas/" + goal + "/editar", sumaGoalForm(0).set("target_2027", "-2"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("La meta de 2027 no puede ser negativa");
        assertThat(plans.goal(org, goal).version()).isZero();
    }

    @Test
    void aNegativeBaselineIsRefusedInSpanish() {
        UUID goal = plan.goal(SUMA_GOAL);

        Page page =
                browser.post("/plan/metas/" + goal + "/editar", sumaGoalForm(0).add("baseline", "-1"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("La línea base no puede ser negativa");
    }

    @Test
    void aTargetThatIsNotANumberIsRefusedInSpanish() {
        UUID goal = plan.goal(SUMA_GOAL);

        Page page =
                browser.post("/plan/metas/" + goal + "/editar", sumaGoalForm(0).set("target_2024", "diez"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("La meta de 2024 no es un número");
    }

    @Test
    void anEnlaceCannotOpenTheEditPage() {
        UserView enlace = data.user(org, Role.ENLACE);
        Browser enlaceBrowser = Browser.loggedIn(port, enlace.username(), TestData.PASSWORD);

        assertThat(enlaceBrowser
                        .get("/plan/metas/" + plan.goal(SUMA_GOAL) + "/editar")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void anEnlaceCannotSaveAGoal() {
        UUID goal = plan.goal(SUMA_GOAL);
        UserView enlace = data.user(org, Role.ENLACE);
        Browser enlaceBrowser = Browser.loggedIn(port, enlace.username(), TestData.PASSWORD);

        Page page = enlaceBrowser.post(
                "/plan/metas/" + goal + "/editar", sumaGoalForm(0).add("baseline", "4"));

        assertThat(page.status()).isEqualTo(403);
        assertThat(plans.goal(org, goal).version()).isZero();
    }

    /** The SUMA goal's form as the page fills it, without the fields a test sets. */
    private static Form sumaGoalForm(int version) {
        return Form.of(
                "version", Integer.toString(version),
                "programmingType", "SUMA",
                "fourYearTarget", "40",
                "unit", "Número",
                "target_2024", "10",
                "target_2027", "10",
                "bpins", "2024520010001");
    }
}
