package co.rumbo.tracking;

import static co.rumbo.tracking.CaptureFixture.require;
import static org.assertj.core.api.Assertions.assertThat;

import co.rumbo.structure.GoalEditor;
import co.rumbo.support.ApiClient.Answer;
import co.rumbo.support.RumboIntegrationTest;
import co.rumbo.support.TestData;
import co.rumbo.support.Zips;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The treasury's budget execution report: the template Rumbo gives (xlsx and CSV) comes back filled and
 * lands in each office's sheet; a file with any error is refused whole, each error with its row and
 * column; the treasury's figure wins over what the office typed and the conflict is shown; a closed
 * period refuses the upload; only Hacienda and planeación load it.
 */
@RumboIntegrationTest
class TreasuryUploadTest {

    static final String BPIN_A = "2024520010001";
    static final String BPIN_B = "2024520010002";
    static final String UPLOAD = "/api/v1/periods/2026-03/budget-execution/upload";

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    GoalEditor goals;

    @Autowired
    JdbcClient jdbc;

    CaptureFixture f;

    @BeforeEach
    void twoOfficesWithProjectsAndAnOpenPeriod() {
        f = new CaptureFixture(port, data, goals, jdbc);
        // office B's plan carries project B with SGP educación
        UUID planB = jdbc.sql("select id from action_plan where office_id = ?")
                .param(f.officeB.id())
                .query(UUID.class)
                .single();
        jdbc.sql("""
                        insert into action_plan_budget (plan_id, goal_id, organization_id, project_bpin, source_code, amount)
                        values (?, ?, ?, ?, 'SGP_EDUCACION', 900000)""").params(planB, f.growingGoal, f.org.id(), BPIN_B).update();
        f.open("2026-03");
    }

    // ---------------------------------------------------------------- round trips

    @Test
    void theXlsxTemplateComesBackFilledAndLandsInEachOfficesSheet() throws Exception {
        byte[] template = f.treasury.bytes("/api/v1/budget-execution/template?year=2026&period=2026-03");
        List<List<String>> rows = read(template, "Ejecución");

        assertThat(rows.get(0))
                .startsWith(
                        "BPIN",
                        "Fuente de financiación",
                        "Apropiación definitiva",
                        "Compromisos",
                        "Obligaciones",
                        "Pagos",
                        "Fecha de corte",
                        "Dependencia (código)");
        List<String> projectA =
                rows.stream().filter(r -> r.get(0).equals(BPIN_A)).findFirst().orElseThrow();
        assertThat(projectA.get(1)).isEqualTo("Recursos propios");
        assertThat(projectA.get(7)).isEqualTo(f.officeA.code());
        assertThat(projectA.get(8)).isEqualTo(f.officeA.name());
        assertThat(new BigDecimal(projectA.get(9))).isEqualByComparingTo("600000");
        assertThat(rows.stream().anyMatch(r -> r.get(0).equals(BPIN_B))).isTrue();

        // the treasury fills the figures in Excel (numbers and a date cell) and uploads it
        byte[] filled = xlsx(
                rows,
                Map.of(
                        BPIN_A, new Object[] {600000, 250000.5, 100000, 50000},
                        BPIN_B, new Object[] {900000, 900000, 450000, 0}));
        Answer loaded = f.treasury.postFile(UPLOAD, "ejecucion.xlsx", filled);

        assertThat(loaded.status()).as("%s", loaded).isEqualTo(200);
        assertThat(loaded.<Integer>json("$.rowsLoaded")).isEqualTo(2);
        assertThat(loaded.<Integer>json("$.offices")).isEqualTo(2);
        assertThat(loaded.<String>json("$.format")).isEqualTo("XLSX");
        assertThat(loaded.<String>json("$.cutDate")).isEqualTo("2026-03-31");
        assertThat(loaded.<List<?>>json("$.conflicts")).isEmpty();
        Answer lineA = f.leaderA.get(f.sheetA("2026-03") + "/budget");
        assertThat(lineA.<String>json("$[0].origin")).isEqualTo("HACIENDA");
        assertThat(lineA.<Object>json("$[0].commitments")).isEqualTo(250000.5);
        assertThat(lineA.<Object>json("$[0].payments")).isEqualTo(50000);
        assertThat(lineA.<String>json("$[0].cutDate")).isEqualTo("2026-03-31");
        Answer lineB = f.leaderB.get("/api/v1/offices/" + f.officeB.id() + "/reports/2026-03/budget");
        assertThat(lineB.<String>json("$[0].projectBpin")).isEqualTo(BPIN_B);
        assertThat(lineB.<Object>json("$[0].obligations")).isEqualTo(450000);
        // the file is kept with the upload
        String id = loaded.json("$.id");
        assertThat(f.planner.bytes("/api/v1/budget-execution/uploads/" + id + "/file"))
                .isEqualTo(filled);
        assertThat(f.planner
                        .get("/api/v1/periods/2026-03/budget-execution/uploads")
                        .<List<String>>json("$[*].id"))
                .containsExactly(id);
    }

    @Test
    void theCsvTemplateComesBackFilledInColombianFormat() {
        String template = new String(
                f.treasury.bytes("/api/v1/budget-execution/template?year=2026&format=csv&period=2026-03"),
                StandardCharsets.UTF_8);
        assertThat(template).startsWith("\uFEFFBPIN;Fuente de financiación;Apropiación definitiva;");
        assertThat(template).contains(BPIN_A + ";Recursos propios;;;;;31/03/2026;" + f.officeA.code() + ";");

        String filled = template.replace(
                        BPIN_A + ";Recursos propios;;;;;",
                        BPIN_A + ";Recursos propios;600.000,00;250.000;100.000;50.000,5;")
                .replace(BPIN_B + ";SGP educación;;;;;", BPIN_B + ";SGP educación;;;;;");
        // Excel in Spanish saves CSV in Windows-1252, without the byte order mark
        Answer loaded = f.treasury.postFile(
                UPLOAD, "ejecucion.csv", filled.substring(1).getBytes(Charset.forName("windows-1252")));

        assertThat(loaded.status()).as("%s", loaded).isEqualTo(200);
        assertThat(loaded.<Integer>json("$.rowsLoaded")).isEqualTo(1);
        assertThat(loaded.<Integer>json("$.rowsSkipped"))
                .as("project B left blank")
                .isEqualTo(1);
        assertThat(loaded.<String>json("$.format")).isEqualTo("CSV");
        Answer line = f.leaderA.get(f.sheetA("2026-03") + "/budget");
        assertThat(line.<Object>json("$[0].appropriation")).isEqualTo(600000);
        assertThat(line.<Object>json("$[0].commitments")).isEqualTo(250000);
        assertThat(line.<Object>json("$[0].payments")).isEqualTo(50000.5);
    }

    // ---------------------------------------------------------------- errors

    @Test
    void everyErrorIsNamedWithItsRowAndColumnAndNothingIsSaved() {
        String csv = String.join(
                "\r\n",
                "BPIN;Fuente de financiación;Apropiación definitiva;Compromisos;Obligaciones;Pagos;Fecha de corte",
                BPIN_A + ";Recursos propios;600000;250000;100000;50000;31/03/2026", // row 2: good
                "2099999990001;Recursos propios;1;1;1;1;31/03/2026", // 3: BPIN in no plan
                BPIN_A + ";Regalías mágicas;1;1;1;1;31/03/2026", // 4: unknown source
                BPIN_B + ";SGP educación;-5;0;0;0;31/03/2026", // 5: negative
                BPIN_B + ";SGP_EDUCACION;mucho;0;0;0;31/03/2026", // 6: not a number (and a repeat is not reached)
                BPIN_B + ";SGP salud;100;200;0;0;31/03/2026", // 7: commitments > appropriation
                BPIN_B + ";SGP deporte;100;50;60;0;31/03/2026", // 8: obligations > commitments
                BPIN_B + ";SGP cultura;100;50;40;45;31/03/2026", // 9: payments > obligations
                BPIN_B + ";SGP_EDUCACION;100;50;40;30;15/04/2026", // 10: cut date outside the period
                BPIN_A + ";RECURSOS_PROPIOS;600000;1;1;1;31/03/2026", // 11: repeats row 2
                "ABC;Recursos propios;1;1;1;1;31/03/2026", // 12: not a BPIN
                BPIN_B + ";Otros;100;;0;0;31/03/2026", // 13: a figure missing
                BPIN_B + ";Crédito;100,123;0;0;0;31/03/2026", // 14: three decimals? no: thousands → fine
                BPIN_B + ";SGR;1.234,567;0;0;0;31/03/2026"); // 15: more than two decimals

        Answer a = f.treasury.postFile(UPLOAD, "hacienda.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(a.status()).as("%s", a).isEqualTo(422);
        assertThat(a.<String>json("$.detail")).contains("No se guardó nada");
        List<String> issues = issues(a);
        assertThat(issues)
                .contains(
                        "3|A (BPIN)|no está en ningún plan de acción 2026 aprobado",
                        "4|B (Fuente de financiación)|no está en el catálogo",
                        "5|C (Apropiación definitiva)|No se admiten valores negativos",
                        "6|C (Apropiación definitiva)|«mucho» no es un valor en pesos",
                        "7|D (Compromisos)|superan la apropiación definitiva",
                        "8|E (Obligaciones)|superan los compromisos",
                        "9|F (Pagos)|superan las obligaciones",
                        "10|G (Fecha de corte)|fuera del periodo 2026-03",
                        "11|A (BPIN)|ya está en la fila 2",
                        "12|A (BPIN)|no es un BPIN",
                        "13|D (Compromisos)|Falta el valor de los compromisos",
                        "15|C (Apropiación definitiva)|hasta 2 decimales");
        assertThat(issues).noneMatch(i -> i.startsWith("2|") || i.startsWith("14|"));
        assertThat(f.leaderA.get(f.sheetA("2026-03") + "/budget").<String>json("$[0].origin"))
                .as("the good row was not saved")
                .isEqualTo("OFICINA");
        assertThat(f.planner
                        .get("/api/v1/periods/2026-03/budget-execution/uploads")
                        .<List<?>>json("$"))
                .isEmpty();
    }

    @Test
    void anXlsxErrorNamesItsSheetRowAndColumn() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(
                "BPIN",
                "Fuente de financiación",
                "Apropiación definitiva",
                "Compromisos",
                "Obligaciones",
                "Pagos",
                "Fecha de corte"));
        rows.add(new ArrayList<>(List.of(BPIN_A, "Recursos propios", "", "", "", "", "")));
        byte[] file = xlsx(rows, Map.of(BPIN_A, new Object[] {100, 200, 0, 0}));

        Answer a = f.treasury.postFile(UPLOAD, "hacienda.xlsx", file);

        assertThat(a.status()).as("%s", a).isEqualTo(422);
        assertThat(a.<String>json("$.issues[0].sheet")).isEqualTo("Ejecución");
        assertThat(a.<Integer>json("$.issues[0].row")).isEqualTo(2);
        assertThat(a.<String>json("$.issues[0].column")).isEqualTo("D (Compromisos)");
    }

    @Test
    void aMissingColumnIsNamed() {
        Answer a = f.treasury.postFile(
                UPLOAD,
                "h.csv",
                ("BPIN;Fuente;Apropiación;Compromisos;Pagos;Fecha de corte\r\n" + BPIN_A
                                + ";Recursos propios;1;1;1;31/03/2026\r\n")
                        .getBytes(StandardCharsets.UTF_8));

        assertThat(a.status()).as("%s", a).isEqualTo(422);
        assertThat(a.<String>json("$.issues[0].message")).isEqualTo("Falta la columna «Obligaciones».");
        assertThat(a.<Integer>json("$.issues[0].row")).isEqualTo(1);
    }

    @Test
    void aDamagedOldOrHostileFileIsRefusedWithAMessage() throws Exception {
        Answer corrupt = f.treasury.postFile(UPLOAD, "h.xlsx", new byte[] {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8});
        assertThat(corrupt.status()).as("%s", corrupt).isEqualTo(422);
        assertThat(corrupt.<String>json("$.issues[0].message")).contains("dañado");

        byte[] xls = new byte[512];
        xls[0] = (byte) 0xD0;
        xls[1] = (byte) 0xCF;
        xls[2] = 0x11;
        xls[3] = (byte) 0xE0;
        Answer old = f.treasury.postFile(UPLOAD, "h.xls", xls);
        assertThat(old.status()).isEqualTo(422);
        assertThat(old.<String>json("$.issues[0].message")).contains(".xls");

        Answer xxe = f.treasury.postFile(
                UPLOAD,
                "h.xlsx",
                zip(Map.of(
                        "[Content_Types].xml",
                        "<?xml version=\"1.0\"?><Types/>".getBytes(StandardCharsets.UTF_8),
                        "xl/workbook.xml",
                        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><workbook>&e;</workbook>"
                                .getBytes(StandardCharsets.UTF_8))));
        assertThat(xxe.status()).isEqualTo(422);
        assertThat(xxe.<String>json("$.issues[0].message")).contains("DOCTYPE");

        Answer bomb = f.treasury.postFile(
                UPLOAD,
                "h.xlsx",
                zip(Map.of(
                        "[Content_Types].xml",
                        "<Types/>".getBytes(StandardCharsets.UTF_8),
                        "xl/worksheets/sheet1.xml",
                        new byte[40 * 1024 * 1024])));
        assertThat(bomb.status()).isEqualTo(422);
        assertThat(bomb.<String>json("$.issues[0].message")).contains("por seguridad");

        Answer binary = f.treasury.postFile(UPLOAD, "h.csv", new byte[] {0, 1, 2, 3, 0, 0, 7});
        assertThat(binary.status()).isEqualTo(422);
    }

    // ---------------------------------------------------------------- conflicts, shared projects

    @Test
    void theTreasurysFigureWinsAndTheConflictWithWhatTheOfficeTypedIsShown() {
        require(f.liaisonA.put(f.sheetA("2026-03") + "/budget", """
                {"projectBpin":"%s","sourceCode":"RECURSOS_PROPIOS","appropriation":600000,"commitments":200000,
                 "obligations":100000,"payments":100000,"version":0}""".formatted(BPIN_A)), 200);

        Answer loaded =
                f.treasury.postFile(UPLOAD, "h.csv", csv(BPIN_A + ";Recursos propios;600000;300000;100000;90000"));

        assertThat(loaded.status()).as("%s", loaded).isEqualTo(200);
        assertThat(loaded.<List<?>>json("$.conflicts")).hasSize(1);
        assertThat(loaded.<String>json("$.conflicts[0].officeName")).isEqualTo(f.officeA.name());
        assertThat(loaded.<Object>json("$.conflicts[0].office.commitments")).isEqualTo(200000);
        assertThat(loaded.<Object>json("$.conflicts[0].treasury.commitments")).isEqualTo(300000);
        Answer line = f.leaderA.get(f.sheetA("2026-03") + "/budget");
        assertThat(line.<Object>json("$[0].commitments"))
                .as("the treasury wins")
                .isEqualTo(300000);
        assertThat(line.<Object>json("$[0].officeFigures.commitments")).isEqualTo(200000);

        // loading the same figures as the office typed is no conflict
        Answer again =
                f.planner.postFile(UPLOAD, "h.csv", csv(BPIN_A + ";Recursos propios;600000;200000;100000;100000"));
        assertThat(again.status()).as("%s", again).isEqualTo(200);
        assertThat(again.<List<?>>json("$.conflicts")).isEmpty();
    }

    @Test
    void aProjectInTwoOfficesPlansNeedsTheOfficeOfEachRow() {
        UUID planA = jdbc.sql("select id from action_plan where office_id = ?")
                .param(f.officeA.id())
                .query(UUID.class)
                .single();
        jdbc.sql("""
                        insert into action_plan_budget (plan_id, goal_id, organization_id, project_bpin, source_code, amount)
                        values (?, ?, ?, ?, 'SGP_EDUCACION', 100000)""").params(planA, f.sumaGoal, f.org.id(), BPIN_B).update();

        Answer withoutOffice = f.treasury.postFile(UPLOAD, "h.csv", csv(BPIN_B + ";SGP educación;100;50;40;30"));
        assertThat(withoutOffice.status()).as("%s", withoutOffice).isEqualTo(422);
        assertThat(withoutOffice.<String>json("$.issues[0].message"))
                .contains("está en los planes de")
                .contains(f.officeA.code())
                .contains(f.officeB.code());

        String header =
                "BPIN;Fuente;Apropiación definitiva;Compromisos;Obligaciones;Pagos;Fecha de corte;Dependencia\r\n";
        Answer unknownOffice = f.treasury.postFile(
                UPLOAD,
                "h.csv",
                (header + BPIN_B + ";SGP educación;100;50;40;30;31/03/2026;NO-EXISTE\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(unknownOffice.status()).isEqualTo(422);
        assertThat(unknownOffice.<String>json("$.issues[0].column")).isEqualTo("H (Dependencia)");

        Answer perOffice = f.treasury.postFile(
                UPLOAD,
                "h.csv",
                (header
                                + BPIN_B + ";SGP educación;100;50;40;30;31/03/2026;" + f.officeA.code() + "\r\n"
                                + BPIN_B + ";SGP educación;800;500;400;300;31/03/2026;" + f.officeB.code() + "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(perOffice.status()).as("%s", perOffice).isEqualTo(200);
        assertThat(perOffice.<Integer>json("$.offices")).isEqualTo(2);
        assertThat(f.leaderB
                        .get("/api/v1/offices/" + f.officeB.id() + "/reports/2026-03/budget")
                        .<Object>json("$[0].appropriation"))
                .isEqualTo(800);
    }

    // ---------------------------------------------------------------- locks and roles

    @Test
    void aClosedPeriodRefusesTheUploadAndSavesNothing() {
        require(f.planner.post("/api/v1/periods/2026-03/close?confirm=true", "{}"), 200);

        Answer a = f.treasury.postFile(UPLOAD, "h.csv", csv(BPIN_A + ";Recursos propios;600000;300000;100000;90000"));

        assertThat(a.status()).as("%s", a).isEqualTo(423);
        assertThat(f.leaderA.get(f.sheetA("2026-03") + "/budget").<String>json("$[0].origin"))
                .isEqualTo("OFICINA");
        assertThat(jdbc.sql("select count(*) from treasury_upload where organization_id = ?")
                        .param(f.org.id())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void onlyTheTreasuryAndThePlanningOfficeLoadIt() {
        byte[] file = csv(BPIN_A + ";Recursos propios;600000;300000;100000;90000");

        assertThat(f.leaderA.postFile(UPLOAD, "h.csv", file).status()).isEqualTo(403);
        assertThat(f.liaisonA.postFile(UPLOAD, "h.csv", file).status()).isEqualTo(403);
        assertThat(f.control.postFile(UPLOAD, "h.csv", file).status()).isEqualTo(403);
        assertThat(f.leaderA.get("/api/v1/budget-execution/template?year=2026").status())
                .isEqualTo(403);
        assertThat(f.planner
                        .postFile("/api/v1/periods/2026-04/budget-execution/upload", "h.csv", file)
                        .status())
                .as("a period never opened")
                .isEqualTo(404);
        assertThat(f.planner.postFile(UPLOAD, "h.csv", file).status()).isEqualTo(200);
    }

    // ---------------------------------------------------------------- helpers

    private static byte[] csv(String... rows) {
        StringBuilder s = new StringBuilder(
                "BPIN;Fuente de financiación;Apropiación definitiva;Compromisos;Obligaciones;Pagos;Fecha de corte\r\n");
        for (String row : rows) {
            s.append(row).append(";31/03/2026\r\n");
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** "row|column|message" of each issue of a 422, for compact assertions (message cut to the fragment). */
    private static List<String> issues(Answer a) {
        List<Map<String, Object>> issues = a.json("$.issues");
        List<String> out = new ArrayList<>();
        String[] fragments = {
            "no está en ningún plan de acción 2026 aprobado",
            "no está en el catálogo",
            "No se admiten valores negativos",
            "«mucho» no es un valor en pesos",
            "superan la apropiación definitiva",
            "superan los compromisos",
            "superan las obligaciones",
            "fuera del periodo 2026-03",
            "ya está en la fila 2",
            "no es un BPIN",
            "Falta el valor de los compromisos",
            "hasta 2 decimales"
        };
        for (Map<String, Object> i : issues) {
            String message = (String) i.get("message");
            String fragment = message;
            for (String f : fragments) {
                if (message.contains(f)) fragment = f;
            }
            out.add(i.get("row") + "|" + i.get("column") + "|" + fragment);
        }
        return out;
    }

    /** The rows of a sheet as text (dates as ISO, numbers plain). */
    private static List<List<String>> read(byte[] xlsx, String sheetName) throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheets()
                    .filter(s -> s.getName().equals(sheetName))
                    .findFirst()
                    .orElseThrow();
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet.read()) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < 10; c++) {
                    cells.add(
                            row.hasCell(c)
                                            && row.getCell(c) != null
                                            && row.getCell(c).getRawValue() != null
                                    ? row.getCell(c).getText()
                                    : "");
                }
                if (cells.stream().anyMatch(c -> !c.isEmpty())) rows.add(cells);
            }
            return rows;
        }
    }

    /**
     * A workbook with sheet «Ejecución»: the rows as given (text), the figures of the projects named as
     * number cells, the cut date as a date cell.
     */
    private static byte[] xlsx(List<List<String>> rows, Map<String, Object[]> figures) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "Excel", "1.0");
        Worksheet ws = wb.newWorksheet("Ejecución");
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                if (!row.get(c).isEmpty()) ws.value(r, c, row.get(c));
            }
            Object[] money = r == 0 ? null : figures.get(row.get(0));
            if (money != null) {
                for (int k = 0; k < 4; k++) {
                    ws.value(r, 2 + k, (Number) money[k]);
                }
                ws.value(r, 6, LocalDate.of(2026, 3, 31));
                ws.style(r, 6).format("dd/mm/yyyy").set();
            }
        }
        wb.finish();
        return out.toByteArray();
    }

    private static byte[] zip(Map<String, byte[]> entries) {
        return Zips.of(entries);
    }
}
