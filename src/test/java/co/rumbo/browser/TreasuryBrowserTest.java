package co.rumbo.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import co.rumbo.structure.GoalEditor;
import co.rumbo.support.TestData;
import co.rumbo.tracking.CaptureFixture;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The treasury loads its execution report on the page: downloads the template, uploads a file with an
 * error (named with its row and column, nothing saved), then the corrected file, and sees the conflict
 * with what the office had typed. The upload goes through htmx with a progress bar.
 */
@Import(TestData.class)
class TreasuryBrowserTest extends BrowserTestBase {

    @Autowired
    TestData data;

    @Autowired
    GoalEditor goals;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theTreasuryUploadsItsReportAndSeesTheConflicts() throws Exception {
        CaptureFixture f = new CaptureFixture(port, data, goals, jdbc);
        f.open("2026-03");
        CaptureFixture.require(f.liaisonA.put(f.sheetA("2026-03") + "/budget", """
                {"projectBpin":"2024520010001","sourceCode":"RECURSOS_PROPIOS","appropriation":600000,
                 "commitments":200000,"obligations":100000,"payments":100000,"version":0}"""), 200);

        logIn(f.treasury.username, TestData.PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ejecución Hacienda"))
                .click();
        assertThat(page.getByRole(
                        AriaRole.HEADING, new Page.GetByRoleOptions().setName("Ejecución presupuestal de Hacienda")))
                .isVisible();

        Download download =
                page.waitForDownload(() -> page.locator("#plantilla-csv").click());
        String template = Files.readString(download.path(), StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(template).contains("2024520010001;Recursos propios;;;;;31/03/2026");

        String wrong = template.replace(
                "2024520010001;Recursos propios;;;;;",
                "2024520010001;Recursos propios;600.000;700.000;100.000;90.000;");
        page.locator("#archivo")
                .setInputFiles(new FilePayload("hacienda.csv", "text/csv", wrong.getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cargar"))
                .click();
        assertThat(page.locator("#errores")).containsText("D (Compromisos)");
        assertThat(page.locator("#errores")).containsText("superan la apropiación definitiva");
        assertThat(page.getByText("No se guardó nada")).isVisible();
        screenshot(page, "hacienda-errores");

        String right = template.replace(
                "2024520010001;Recursos propios;;;;;",
                "2024520010001;Recursos propios;600.000;300.000;100.000;90.000;");
        page.locator("#archivo")
                .setInputFiles(new FilePayload("hacienda.csv", "text/csv", right.getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cargar"))
                .click();
        assertThat(page.locator("#carga")).containsText("Se cargó hacienda.csv: 1 fila");
        assertThat(page.locator("#conflictos")).containsText(f.officeA.name());
        assertThat(page.locator("#conflictos")).containsText("$ 200.000");
        assertThat(page.locator("#conflictos")).containsText("$ 300.000");
        assertThat(page.locator("#cargas")).containsText("hacienda.csv");
        assertThat(page.locator("#progreso-hacienda")).isHidden();
        screenshot(page, "hacienda-carga");
    }
}
