package co.rumbo.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import co.rumbo.dashboard.Dashboard;
import co.rumbo.dashboard.Dashboards;
import co.rumbo.identity.CurrentUser;
import co.rumbo.identity.Role;
import co.rumbo.identity.UserCommand;
import co.rumbo.identity.Users;
import co.rumbo.interop.SisptImportReport;
import co.rumbo.interop.SisptImports;
import co.rumbo.interop.TenjoDemoValues;
import co.rumbo.platform.web.Formats;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.YearMonth;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

/**
 * The tablero of the demo plan (Tenjo's real SisPT file and its own quarterly values for 2024–2025):
 * the figures the board shows are the engine's, a strategic line drills down to a goal, and both
 * exports hold the figure shown.
 */
class DemoTableroBrowserTest extends BrowserTestBase {

    static final String PASSWORD = "clave-de-prueba-1";
    static final YearMonth CUT = YearMonth.of(2025, 12);

    @Autowired
    SisptImports imports;

    @Autowired
    TenjoDemoValues tenjoValues;

    @Autowired
    Dashboards dashboards;

    @Autowired
    Users users;

    @Autowired
    Formats fmt;

    @Test
    void theDemoPlansBoardShowsTheEnginesFiguresDrillsDownAndExportsThem() throws Exception {
        CurrentUser platform = new CurrentUser(UUID.randomUUID(), "test", "Test", null, Set.of(Role.ADMIN), Set.of());
        SisptImportReport tenjo = imports.importFile(platform, "25799.xlsx", resource("demo/sispt-25799.xlsx"));
        UUID org = tenjo.organization().id();
        UUID plan = tenjo.plan().id();
        try (InputStream in = new ClassPathResource("demo/plan_indicativo_tenjo.xlsx").getInputStream()) {
            tenjoValues.load(org, plan, in);
        }
        String planner = "planeacion-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(
                org,
                new UserCommand(planner, "Planeación", null, Set.of(Role.PLANEACION), Set.of(), true, PASSWORD),
                new CurrentUser(UUID.randomUUID(), "test", "Test", org, Set.of(Role.ADMIN), Set.of()));
        Dashboard expected = dashboards.dashboard(org, plan, CUT);
        String shown = fmt.percent(expected.figures().progressToCut());

        logIn(planner, PASSWORD);
        Page board = context.newPage();
        board.navigate(url("/tablero?plan=" + plan + "&corte=" + CUT));
        assertThat(board.textContent("#kpi-corte")).contains(shown);
        board.waitForSelector(".chart svg");
        screenshot(board, "10-tablero-demo");

        Download xlsx = board.waitForDownload(() -> board.click("text=Exportar tablero (xlsx)"));
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(Files.readAllBytes(xlsx.path())))) {
            var row = wb.findSheet("Resumen").orElseThrow().read().stream()
                    .filter(r -> "Avance a la fecha".equals(r.getCellText(0)))
                    .findFirst()
                    .orElseThrow();
            assertThat(row.getCellAsNumber(1).orElseThrow())
                    .isCloseTo(expected.figures().progressToCut(), within(new BigDecimal("0.000001")));
        }
        Download pdf = board.waitForDownload(() -> board.click("text=Resumen (PDF)"));
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf.path()))) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("Tenjo")
                    .contains(shown);
        }

        board.click("#tab-LINE");
        board.locator("#tabla-LINE a").first().click();
        board.waitForSelector("#tabla-metas");
        board.locator("#tabla-metas a").first().click();
        board.waitForSelector("#vista-cuatrienio");
        screenshot(board, "11-tablero-demo-meta");
        assertThat(board.textContent("#vista-cuatrienio")).isNotBlank();
    }

    private static byte[] resource(String name) throws Exception {
        try (InputStream in = new ClassPathResource(name).getInputStream()) {
            return in.readAllBytes();
        }
    }
}
