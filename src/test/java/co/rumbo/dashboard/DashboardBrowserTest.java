package co.rumbo.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import co.rumbo.identity.CurrentUser;
import co.rumbo.identity.Role;
import co.rumbo.identity.UserCommand;
import co.rumbo.identity.Users;
import co.rumbo.organization.Organizations;
import co.rumbo.structure.PlanStore;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a person does with the tablero in a real browser (Debian's Chromium): the board draws its
 * charts under the content security policy, a strategic line drills down to its goals and to one
 * goal's page, and both exports download and hold the figures shown. Tagged "browser".
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardBrowserTest {

    private static final String PASSWORD = "clave-de-prueba-tablero";

    @LocalServerPort
    int port;

    @Autowired
    Organizations organizations;

    @Autowired
    PlanStore planStore;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Users users;

    HandMadePlan plan;
    String username;
    Playwright playwright;
    Browser browser;

    @BeforeAll
    void start() {
        plan = HandMadePlan.create(organizations, planStore, jdbc, "Municipio de Prueba Navegador");
        username = "tablero-" + plan.organization.daneCode();
        CurrentUser admin = new CurrentUser(
                UUID.randomUUID(), "admin", "Administración", plan.organization.id(), Set.of(Role.ADMIN), Set.of());
        users.create(
                plan.organization.id(),
                new UserCommand(
                        username, "Persona de planeación", null, Set.of(Role.PLANEACION), Set.of(), true, PASSWORD),
                admin);
        playwright = Playwright.create();
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Path.of("/usr/bin/chromium"))
                        .setHeadless(true));
    }

    @AfterAll
    void stop() {
        if (browser != null) browser.close();
        if (playwright != null) playwright.close();
    }

    @Test
    void theBoardDrawsItsChartsDrillsDownToAGoalAndExportsWhatItShows() throws Exception {
        Page page = browser.newPage(new Browser.NewPageOptions()
                .setAcceptDownloads(true)
                .setLocale("es-CO")
                .setViewportSize(1366, 900));
        List<String> errors = new ArrayList<>();
        // Script errors and CSP violations; failed loads are checked on the page's own responses, since
        // the browser's request for /favicon.ico (there is none) also logs one.
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type()) && !m.text().startsWith("Failed to load resource")) errors.add(m.text());
        });
        page.onPageError(errors::add);
        page.onResponse(r -> {
            if (r.status() >= 400) errors.add(r.status() + " " + r.url());
        });
        page.navigate(url("/login"));
        page.fill("#username", username);
        page.fill("#password", PASSWORD);
        page.click("button[type=submit]");

        page.navigate(url("/tablero?corte=2025-06"));
        assertThat(page.textContent("#kpi-corte")).contains("75,8 %");
        // ECharts drew an SVG in every visible chart: the script ran under the CSP.
        page.waitForSelector(".chart svg");
        assertThat(page.locator("#panel-LINE .chart svg").count()).isEqualTo(1);
        assertThat(page.locator(".chart-donut svg").count()).isEqualTo(1);
        Files.createDirectories(Path.of("target/screenshots"));
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/tablero.png"))
                .setFullPage(true));
        // Another tab's chart is drawn when the tab is shown.
        page.click("#tab-OFFICE");
        page.waitForSelector("#panel-OFFICE .chart svg");

        Download xlsx = page.waitForDownload(() -> page.click("text=Exportar tablero (xlsx)"));
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(Files.readAllBytes(xlsx.path())))) {
            var summary = wb.findSheet("Resumen").orElseThrow().read();
            assertThat(summary.stream()
                            .filter(r -> "Avance a la fecha".equals(r.getCellText(0)))
                            .findFirst()
                            .orElseThrow()
                            .getCellAsNumber(1)
                            .orElseThrow()
                            .doubleValue())
                    .isBetween(0.7577, 0.7578);
        }
        Download pdf = page.waitForDownload(() -> page.click("text=Resumen (PDF)"));
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf.path()))) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("Municipio de Prueba Navegador")
                    .contains("75,8 %");
        }

        // Drill-down: line L1 → its goals → goal G1.
        page.click("#tab-LINE");
        page.click("#tabla-LINE >> text=L1 · Gobierno cercano");
        page.waitForSelector("#tabla-metas");
        assertThat(page.textContent("#lista-metas")).contains("3 de 6 metas");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Meta G1"))
                .click();
        page.waitForSelector("#vista-cuatrienio");
        assertThat(page.textContent("#vista-cuatrienio")).contains("Atrasada").contains("66,7 %");
        assertThat(page.textContent("#vista-anual")).contains("Al día").contains("100,0 %");
        page.waitForSelector(".chart svg");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/tablero-meta.png"))
                .setFullPage(true));

        // The goal list filters as one types (htmx).
        page.navigate(url("/tablero/metas?corte=2025-06"));
        page.selectOption("#estado", "ATRASADA");
        page.waitForFunction("() => document.querySelector('#lista-metas').textContent.includes('2 de 6 metas')");

        assertThat(errors).isEmpty();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
