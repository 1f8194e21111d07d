package co.rumbo.planning;

import static co.rumbo.planning.PlanningFixture.YEAR;
import static org.assertj.core.api.Assertions.assertThat;

import co.rumbo.structure.GoalEditor;
import co.rumbo.support.ApiClient.Answer;
import co.rumbo.support.Browser;
import co.rumbo.support.Form;
import co.rumbo.support.Page;
import co.rumbo.support.RumboIntegrationTest;
import co.rumbo.support.TestData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The budget ceilings as an xlsx template that Rumbo provides and the treasury fills and uploads. */
@RumboIntegrationTest
class CeilingWorkbookTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    GoalEditor goals;

    PlanningFixture f;
    String upload;

    @BeforeEach
    void organizationWithTwoOffices() {
        f = new PlanningFixture(port, data, goals);
        upload = "/api/v1/fiscal-years/" + YEAR + "/ceilings/upload";
    }

    /** A filled template: the header row of Rumbo's template, then the rows given (cells as written). */
    static byte[] workbook(String sheet, List<Object[]> rows) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Workbook wb = new Workbook(out, "Prueba", "1.0");
            Worksheet ws = wb.newWorksheet(sheet);
            String[] headers = {
                "Código dependencia",
                "Dependencia",
                "Programa",
                "Nombre del programa",
                "Fuente",
                "Nombre de la fuente",
                "Techo (pesos)"
            };
            for (int c = 0; c < headers.length; c++) ws.value(0, c, headers[c]);
            for (int r = 0; r < rows.size(); r++) {
                Object[] row = rows.get(r);
                for (int c = 0; c < row.length; c++) {
                    if (row[c] instanceof Number n) ws.value(r + 1, c, n);
                    else if (row[c] != null) ws.value(r + 1, c, row[c].toString());
                }
            }
            wb.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Object[] row(String office, Object program, String source, Object value) {
        return new Object[] {office, "", program, "", source, "", value};
    }

    private Map<String, BigDecimal> ceilings() {
        Answer a = f.planner.get("/api/v1/fiscal-years/" + YEAR + "/ceilings");
        Map<String, BigDecimal> result = new TreeMap<>();
        List<Map<String, Object>> rows = a.json("$.rows[?(@.ceiling > 0)]");
        for (Map<String, Object> r : rows) {
            result.put(
                    r.get("programCode") + "/" + r.get("source"),
                    new BigDecimal(r.get("ceiling").toString()).stripTrailingZeros());
        }
        return result;
    }

    @Test
    void theTemplateIsPrefilledWithTheIndicativePlansOfficesProgramsAndSources() throws IOException {
        // 2025: a year of the sample plan with costs in the Plan Indicativo
        f.treasury.put(
                "/api/v1/fiscal-years/2025/ceilings",
                "[{\"officeId\":\"%s\",\"programCode\":\"2201\",\"source\":\"RECURSOS_PROPIOS\",\"amount\":1000000}]"
                        .formatted(f.officeA.id()));

        byte[] xlsx = f.treasury.bytes("/api/v1/fiscal-years/2025/ceilings/template.xlsx");

        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> names = wb.getSheets().map(Sheet::getName).toList();
            assertThat(names).containsExactly("Techos 2025", "Dependencias", "Fuentes");
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows.get(0).getCellAsString(0)).contains("Código dependencia");
            assertThat(rows.get(0).getCellAsString(6)).contains("Techo (pesos)");
            Row education = rows.stream()
                    .filter(r -> "2201".equals(r.getCellAsString(2).orElse(null))
                            && "RECURSOS_PROPIOS".equals(r.getCellAsString(4).orElse(null)))
                    .findFirst()
                    .orElseThrow();
            assertThat(education.getCellAsString(0)).contains(f.officeA.code());
            assertThat(education.getCellAsNumber(6).orElseThrow()).isEqualByComparingTo("1000000");
            assertThat(education.getCellAsNumber(7).orElseThrow()).isEqualByComparingTo("1200000.5");
            Row health = rows.stream()
                    .filter(r -> "1903".equals(r.getCellAsString(2).orElse(null)))
                    .findFirst()
                    .orElseThrow();
            assertThat(health.getCellAsString(4)).contains("SGP_SALUD");
            assertThat(health.getCellAsNumber(6)).isEmpty();
            // office B's program appears too, though it has neither a ceiling nor a cost that year
            assertThat(rows.stream()
                            .anyMatch(r -> "4003".equals(r.getCellAsString(2).orElse(null))
                                    && f.officeB
                                            .code()
                                            .equals(r.getCellAsString(0).orElse(null))))
                    .isTrue();
            List<Row> sources = wb.findSheet("Fuentes").orElseThrow().read();
            assertThat(sources.stream().map(r -> r.getCellAsString(0).orElse("")))
                    .contains("RECURSOS_PROPIOS", "SGP_SALUD");
        }
    }

    @Test
    void theTemplateUploadedUnchangedKeepsTheCeilings() {
        f.ceilings("1000000", "500000");
        Map<String, BigDecimal> before = ceilings();
        byte[] xlsx = f.treasury.bytes("/api/v1/fiscal-years/" + YEAR + "/ceilings/template.xlsx");

        Answer a = f.treasury.postFile(upload, "techos.xlsx", XLSX, xlsx);

        assertThat(a.status()).as("%s", a).isEqualTo(200);
        assertThat(ceilings()).isEqualTo(before).hasSize(2);
    }

    @Test
    void theTreasuryUploadsAFilledWorkbookWithNumbersOrColombianTexts() {
        byte[] xlsx = workbook(
                "Techos " + YEAR,
                List.of(
                        row(f.officeA.code(), "2201", "RECURSOS_PROPIOS", new BigDecimal("1200000.5")),
                        row(f.officeA.code().toLowerCase(), 1903, "SGP_SALUD", "$ 820.000,25"),
                        row(f.officeB.code(), 402, "RECURSOS_PROPIOS", 1000),
                        row(f.officeB.code(), "4003", "SGP_APSB", null)));

        Answer a = f.treasury.postFile(upload, "techos.xlsx", XLSX, xlsx);

        assertThat(a.status()).as("%s", a).isEqualTo(200);
        assertThat(new BigDecimal(a.json("$.totalCeiling").toString())).isEqualByComparingTo("2021000.75");
        assertThat(ceilings()).containsOnlyKeys("2201/RECURSOS_PROPIOS", "1903/SGP_SALUD", "0402/RECURSOS_PROPIOS");
    }

    @Test
    void anyBadRowRefusesTheWholeFileNamingSheetRowAndColumn() {
        f.ceilings("1000000", "500000");
        byte[] xlsx = workbook(
                "Techos " + YEAR,
                List.of(
                        row(f.officeA.code(), "2201", "RECURSOS_PROPIOS", 5),
                        row("NO-EXISTE", "2201", "RECURSOS_PROPIOS", 100),
                        row(f.officeA.code(), "1903", "SGP_SALUD", "mucho"),
                        row(f.officeA.code(), "1903", "REGALIAS_X", 10),
                        row(f.officeA.code(), "22011", "RECURSOS_PROPIOS", 10),
                        row(f.officeA.code(), "2201", "RECURSOS_PROPIOS", 7),
                        row(f.officeA.code(), "2201", "SGP_SALUD", -3)));

        Answer a = f.treasury.postFile(upload, "techos.xlsx", XLSX, xlsx);

        assertThat(a.status()).as("%s", a).isEqualTo(409);
        String sheet = "Hoja «Techos " + YEAR + "», ";
        assertThat(a.<String>json("$.detail"))
                .contains("no se guardó nada")
                .contains(sheet + "fila 3, columna «Código dependencia»: la dependencia «NO-EXISTE»")
                .contains(
                        sheet + "fila 4, columna «Techo (pesos)»: se esperaba un valor en pesos y se encontró «mucho»")
                .contains(sheet + "fila 5, columna «Fuente»: la fuente «REGALIAS_X» no existe")
                .contains(sheet + "fila 6, columna «Programa»")
                .contains(sheet + "fila 7, columna «Fuente»")
                .contains("ya está en la fila 2")
                .contains(sheet + "fila 8, columna «Techo (pesos)»: el techo no puede ser negativo");
        assertThat(ceilings()).containsEntry("2201/RECURSOS_PROPIOS", new BigDecimal("1000000").stripTrailingZeros());
    }

    @Test
    void aTemplateOfAnotherYearOrWithoutItsColumnsIsRefused() {
        byte[] otherYear = workbook(
                "Techos " + (YEAR - 1), List.<Object[]>of(row(f.officeA.code(), "2201", "RECURSOS_PROPIOS", 5)));

        Answer year = f.treasury.postFile(upload, "techos.xlsx", XLSX, otherYear);
        Answer columns = f.treasury.postFile(upload, "techos.xlsx", XLSX, headerless());

        assertThat(year.status()).isEqualTo(409);
        assertThat(year.<String>json("$.detail")).contains("plantilla de " + (YEAR - 1));
        assertThat(columns.status()).isEqualTo(409);
        assertThat(columns.<String>json("$.detail")).contains("encabezados");
    }

    private static byte[] headerless() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Workbook wb = new Workbook(out, "Prueba", "1.0");
            wb.newWorksheet("Hoja1").value(0, 0, "hola");
            wb.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void damagedOldFormatAndHostileFilesAreRefusedBeforeReading() throws IOException {
        byte[] damaged = "PK\u0003\u0004 esto no es un zip".getBytes(StandardCharsets.ISO_8859_1);
        byte[] xls =
                new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0
                };
        byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);

        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 20; i++) zip.write(zeros);
            zip.closeEntry();
        }
        ByteArrayOutputStream doctype = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(doctype)) {
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<?xml version=\"1.0\"?><!DOCTYPE lol [<!ENTITY lol \"lol\">]><workbook/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        Answer a = f.treasury.postFile(upload, "techos.xlsx", XLSX, damaged);
        Answer b = f.treasury.postFile(upload, "techos.xls", "application/vnd.ms-excel", xls);
        Answer c = f.treasury.postFile(upload, "techos.xlsx", XLSX, bomb.toByteArray());
        Answer d = f.treasury.postFile(upload, "techos.xlsx", XLSX, doctype.toByteArray());
        Answer e = f.treasury.postFile(upload, "techos.pdf", "application/pdf", pdf);

        assertThat(a.status()).as("%s", a).isEqualTo(409);
        assertThat(a.<String>json("$.detail")).contains("dañado");
        assertThat(b.status()).isEqualTo(409);
        assertThat(b.<String>json("$.detail")).contains(".xls");
        assertThat(c.status()).as("%s", c).isEqualTo(409);
        assertThat(c.<String>json("$.detail")).contains("bomba zip");
        assertThat(d.status()).as("%s", d).isEqualTo(409);
        assertThat(d.<String>json("$.detail")).contains("DOCTYPE");
        assertThat(e.status()).isEqualTo(409);
        assertThat(e.<String>json("$.detail")).contains("PDF");
        assertThat(ceilings()).isEmpty();
    }

    @Test
    void theSameUploadTakesTheCsvTemplateAndOnlyTheTreasuryOrPlanningUseIt() {
        String csv = "dependencia;nombre_dependencia;programa;fuente;valor\r\n" + f.officeA.code()
                + ";A;2201;RECURSOS_PROPIOS;1.200.000,50\r\n";
        byte[] xlsx =
                workbook("Techos " + YEAR, List.<Object[]>of(row(f.officeA.code(), "2201", "RECURSOS_PROPIOS", 5)));

        Answer byLeader = f.leaderA.postFile(upload, "techos.xlsx", XLSX, xlsx);
        Answer fromCsv = f.planner.postFile(upload, "techos.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(byLeader.status()).isEqualTo(403);
        assertThat(fromCsv.status()).as("%s", fromCsv).isEqualTo(200);
        assertThat(ceilings()).containsOnlyKeys("2201/RECURSOS_PROPIOS");
    }

    @Test
    void thePageOffersTheXlsxTemplateAndTakesTheFilledOne() {
        Browser treasury = Browser.loggedIn(port, f.treasury.username, TestData.PASSWORD);
        String page = "/vigencias/" + YEAR + "/techos";
        assertThat(treasury.get(page).body()).contains(page + "/plantilla.xlsx");

        Page bad = treasury.postMultipart(
                page + "/cargar",
                Form.of(),
                "file",
                "techos.xlsx",
                XLSX,
                workbook("Techos " + YEAR, List.<Object[]>of(row("NO-EXISTE", "2201", "RECURSOS_PROPIOS", 5))));
        assertThat(bad.redirectsTo(page)).as("%s", bad).isTrue();
        assertThat(treasury.get(page).body()).contains("fila 2, columna «Código dependencia»");

        Page ok = treasury.postMultipart(
                page + "/cargar",
                Form.of(),
                "file",
                "techos.xlsx",
                XLSX,
                workbook(
                        "Techos " + YEAR,
                        List.<Object[]>of(row(f.officeA.code(), "2201", "RECURSOS_PROPIOS", 1234567.89))));
        assertThat(ok.redirectsTo(page)).isTrue();
        assertThat(treasury.get(page).body()).contains("Se cargaron los techos").contains("$ 1.234.567,89");
    }
}
