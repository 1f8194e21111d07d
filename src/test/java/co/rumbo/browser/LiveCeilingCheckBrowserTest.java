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

/**
 * The office types a goal's money on its plan page and sees, before saving, whether the plan stays within
 * its ceilings (htmx recomputes them on each change); saving still works, and the server still refuses to
 * send a plan over a ceiling.
 */
@Import(TestData.class)
class LiveCeilingCheckBrowserTest extends BrowserTestBase {

    @Autowired
    TestData data;

    @Autowired
    GoalEditor goals;

    private void as(ApiClient who) {
        context.clearCookies();
        logIn(who.username, TestData.PASSWORD);
    }

    @Test
    void theOfficeSeesTheCeilingsWhileTypingTheMoneyOfAGoal() {
        PlanningFixture f = new PlanningFixture(port, data, goals);
        f.openFormulation();
        f.ceilings("1000000", "500000");

        as(f.liaisonA);
        page.navigate(url("/planes-de-accion?anio=" + PlanningFixture.YEAR));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Construir el plan"))
                .first()
                .click();
        assertThat(page.getByText("Se creó el plan de acción")).isVisible();
        String plan = page.url();

        Locator suma = page.locator("#meta-2201001-1");
        Locator verdict = page.locator("#chequeo-" + f.sumaGoal);
        Locator table = page.locator("#techos");
        suma.locator("summary").click();
        suma.getByLabel("Trimestre 1").fill("2");
        suma.getByLabel("Trimestre 2").fill("3");
        suma.getByLabel("Trimestre 3").fill("3");
        suma.getByLabel("Trimestre 4").fill("2");
        suma.getByLabel("Proyecto (BPIN)").first().fill("2024520010001");

        suma.getByLabel("Valor (pesos)").first().fill("1.200.000");

        assertThat(verdict).containsText("Supera el techo");
        assertThat(verdict)
                .containsText("Programa 2201 Calidad y fomento de la educación, fuente Recursos propios: techo"
                        + " $ 1.000.000, programado $ 1.200.000 (excede en $ 200.000)");
        assertThat(table).containsText("Simulación sin guardar");
        assertThat(table.locator("tr.table-danger")).containsText("Recursos propios");
        screenshot(page, "techos-en-vivo-01-supera");

        suma.getByLabel("Valor (pesos)").first().fill("900.000");

        assertThat(verdict).containsText("Dentro de los techos");
        assertThat(verdict).containsText("disponible $ 100.000");
        assertThat(table.locator("tr.table-danger")).hasCount(0);
        screenshot(page, "techos-en-vivo-02-dentro");

        // nothing was saved while typing
        page.navigate(plan);
        assertThat(page.locator("#techos")).not().containsText("$ 900.000");

        Locator again = page.locator("#meta-2201001-1");
        again.locator("summary").click();
        again.getByLabel("Trimestre 1").fill("2");
        again.getByLabel("Trimestre 2").fill("3");
        again.getByLabel("Trimestre 3").fill("3");
        again.getByLabel("Trimestre 4").fill("2");
        again.getByLabel("Proyecto (BPIN)").first().fill("2024520010001");
        again.getByLabel("Valor (pesos)").first().fill("1.200.000");
        assertThat(page.locator("#chequeo-" + f.sumaGoal)).containsText("Supera el techo");
        again.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Guardar la decisión"))
                .click();
        assertThat(page.getByText("Se guardó la decisión de la meta")).isVisible();
        assertThat(page.locator("#techos tr.table-danger")).containsText("Supera el techo");

        Locator constant = page.locator("#meta-1903011-1");
        constant.locator("summary").click();
        constant.getByLabel("No se programa este año").check();
        constant.getByLabel("Razón para no programarla").fill("Lo financia el departamento");
        constant.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Guardar la decisión"))
                .click();
        assertThat(page.getByText("Se guardó la decisión de la meta")).isVisible();

        as(f.leaderA);
        page.navigate(plan);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enviar a planeación"))
                .click();
        assertThat(page.getByText("el techo presupuestal es $ 1.000.000")).isVisible();
        assertThat(page.locator("#estado")).hasText("Borrador");
    }
}
