package co.rumbo.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import co.rumbo.structure.GoalEditor;
import co.rumbo.support.ApiClient;
import co.rumbo.support.TestData;
import co.rumbo.tracking.CaptureFixture;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A month's capture as the people do it: the liaison fills and saves rows with the keyboard and
 * attaches evidence, the leader submits, the planning office returns one row, the office corrects
 * it, the planning office accepts and closes the period.
 */
@Import(TestData.class)
class CaptureBrowserTest extends BrowserTestBase {

    @Autowired
    TestData data;

    @Autowired
    GoalEditor goals;

    @Autowired
    JdbcClient jdbc;

    private void as(ApiClient who) {
        context.clearCookies();
        logIn(who.username, TestData.PASSWORD);
    }

    private void click(String button) {
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(button).setExact(true))
                .first()
                .click();
    }

    private Locator row(java.util.UUID goal) {
        return page.locator("#fila-" + goal);
    }

    @Test
    void aMonthIsCapturedReviewedWithOneReturnAcceptedAndClosed() {
        CaptureFixture f = new CaptureFixture(port, data, goals, jdbc);
        f.open("2026-03");
        String sheet = url("/captura/hojas/" + f.officeA.id() + "/2026-03");
        page.onDialog(dialog -> dialog.accept());

        // The liaison types both rows with the keyboard only: Enter saves a row and goes down.
        as(f.liaisonA);
        page.navigate(sheet);
        page.getByLabel("Ejecutado 1903011-1").click();
        page.keyboard().type("1");
        page.keyboard().press("Enter");
        assertThat(row(f.constantGoal).locator(".estado-fila")).hasText("Guardado");
        assertThat(page.getByLabel("Ejecutado 2201001-1")).isFocused();
        page.keyboard().type("1,5");
        page.keyboard().press("ArrowRight");
        assertThat(page.getByLabel("Descripción 2201001-1")).isFocused();
        page.keyboard().type("La segunda sede se entrega en abril");
        page.keyboard().press("Enter");
        assertThat(row(f.sumaGoal).locator(".estado-fila")).hasText("Guardado");
        assertThat(row(f.sumaGoal)).containsText("Atrasada");
        screenshot(page, "captura-01-filas-guardadas");

        Locator suma = row(f.sumaGoal);
        suma.locator("summary").click();
        suma.getByLabel("Archivo (PDF, imagen, Office)")
                .setInputFiles(new FilePayload(
                        "acta-entrega.pdf",
                        "application/pdf",
                        "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.ISO_8859_1)));
        suma.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Subir archivo"))
                .click();
        assertThat(page.getByText("Se adjuntó «acta-entrega.pdf»")).isVisible();
        assertThat(row(f.sumaGoal).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("acta-entrega.pdf")))
                .isVisible();

        as(f.leaderA);
        page.navigate(sheet);
        click("Enviar a planeación");
        assertThat(page.locator("#estado")).hasText("Enviada");

        as(f.planner);
        page.navigate(sheet);
        page.getByLabel("Observación 2201001-1").fill("Adjunte también el acta de la segunda sede o corrija el valor");
        click("Devolver con observaciones");
        assertThat(page.locator("#estado")).hasText("Devuelta");

        as(f.liaisonA);
        page.navigate(sheet);
        assertThat(row(f.sumaGoal).locator(".observacion")).containsText("Adjunte también el acta");
        page.getByLabel("Ejecutado 2201001-1").fill("2");
        page.getByLabel("Ejecutado 2201001-1").press("Enter");
        assertThat(row(f.sumaGoal).locator(".estado-fila")).hasText("Guardado");
        assertThat(row(f.sumaGoal)).containsText("Al día");

        as(f.leaderA);
        page.navigate(sheet);
        click("Enviar a planeación");
        assertThat(page.locator("#estado")).hasText("Enviada");

        as(f.planner);
        page.navigate(sheet);
        assertThat(page.getByText("1 fila cambió desde el envío anterior")).isVisible();
        assertThat(row(f.sumaGoal).locator(".antes").first()).containsText("Antes: 1,5");
        screenshot(page, "captura-02-revision");
        click("Aceptar la hoja");
        assertThat(page.locator("#estado")).hasText("Aceptada");

        page.navigate(url("/captura/periodos/2026-03"));
        click("Cerrar el periodo");
        assertThat(page.locator("#confirmar-cierre")).containsText(f.officeB.name());
        click("Confirmar el cierre");
        assertThat(page.locator("#estado-periodo")).hasText("Cerrado");
        screenshot(page, "captura-03-periodo-cerrado");
    }
}
