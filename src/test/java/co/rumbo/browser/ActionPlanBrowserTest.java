package co.rumbo.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import co.rumbo.planning.PlanningFixture;
import co.rumbo.structure.GoalEditor;
import co.rumbo.support.ApiClient;
import co.rumbo.support.TestData;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** One office's action plan from draft to approval, with one return on the way, as the people do it. */
@Import(TestData.class)
class ActionPlanBrowserTest extends BrowserTestBase {

    @Autowired
    TestData data;

    @Autowired
    GoalEditor goals;

    private void as(ApiClient who) {
        context.clearCookies();
        logIn(who.username, TestData.PASSWORD);
    }

    private void click(String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button))
                .first()
                .click();
    }

    private Locator goal(String code) {
        return page.locator("#meta-" + code);
    }

    @Test
    void anOfficesPlanGoesFromDraftToApprovalWithOneReturn() {
        PlanningFixture f = new PlanningFixture(port, data, goals);
        f.openFormulation();
        f.ceilings("1000000", "500000");

        as(f.liaisonA);
        page.navigate(url("/planes-de-accion?anio=" + PlanningFixture.YEAR));
        assertThat(page.getByText("Plan por construir")).isVisible();
        click("Construir el plan");
        assertThat(page.getByText("Se creó el plan de acción")).isVisible();
        String plan = page.url();

        Locator suma = goal("2201001-1");
        suma.locator("summary").click();
        suma.getByLabel("Trimestre 1").fill("2");
        suma.getByLabel("Trimestre 2").fill("3");
        suma.getByLabel("Trimestre 3").fill("3");
        suma.getByLabel("Trimestre 4").fill("2");
        suma.getByLabel("Proyecto (BPIN)").first().fill("2024520010001");
        suma.getByLabel("Valor (pesos)").first().fill("900.000");
        suma.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Guardar la decisión"))
                .click();
        assertThat(page.getByText("Se guardó la decisión de la meta")).isVisible();

        Locator constant = goal("1903011-1");
        constant.locator("summary").click();
        constant.getByLabel("No se programa este año").check();
        constant.getByLabel("Razón para no programarla").fill("Lo financia el departamento");
        constant.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Guardar la decisión"))
                .click();
        assertThat(goal("1903011-1").getByText("No programada")).isVisible();
        screenshot(page, "plan-accion-01-borrador");

        as(f.leaderA);
        page.navigate(plan);
        click("Enviar a planeación");
        assertThat(page.locator("#estado")).hasText("Enviado a revisión");

        as(f.planner);
        page.navigate(plan);
        page.getByLabel("Observación a la meta 2201001-1").fill("El primer trimestre es muy alto");
        click("Devolver con observaciones");
        assertThat(page.locator("#estado")).hasText("Devuelto con observaciones");

        as(f.liaisonA);
        page.navigate(plan);
        assertThat(goal("2201001-1").getByText("El primer trimestre es muy alto"))
                .isVisible();
        screenshot(page, "plan-accion-02-devuelto");
        Locator again = goal("2201001-1");
        again.locator("summary").click();
        again.getByLabel("Trimestre 1").fill("1");
        again.getByLabel("Trimestre 4").fill("3");
        again.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Guardar la decisión"))
                .click();
        assertThat(page.getByText("Se guardó la decisión de la meta")).isVisible();

        as(f.leaderA);
        page.navigate(plan);
        click("Enviar a planeación");
        assertThat(page.locator("#estado")).hasText("Enviado a revisión");

        as(f.planner);
        page.navigate(plan);
        click("Marcar como revisado");
        assertThat(page.locator("#estado")).hasText("Revisado");

        as(f.mayor);
        page.navigate(plan);
        page.getByLabel("Acta", new Page.GetByLabelOptions().setExact(true)).fill("Acta 001 de 2026");
        click("Registrar la aprobación");
        assertThat(page.locator("#estado")).hasText("Aprobado en Consejo de Gobierno");
        screenshot(page, "plan-accion-03-aprobado");
    }
}
