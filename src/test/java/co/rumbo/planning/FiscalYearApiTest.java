package co.rumbo.planning;

import static co.rumbo.planning.PlanningFixture.YEAR;
import static co.rumbo.planning.PlanningFixture.require;
import static org.assertj.core.api.Assertions.assertThat;

import co.rumbo.platform.web.Formats;
import co.rumbo.structure.GoalEditor;
import co.rumbo.support.ApiClient.Answer;
import co.rumbo.support.RumboIntegrationTest;
import co.rumbo.support.TestData;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Opening the formulation, the budget ceilings and the POAI of a fiscal year. */
@RumboIntegrationTest
class FiscalYearApiTest {

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    GoalEditor goals;

    @Autowired
    JdbcClient jdbc;

    PlanningFixture f;

    @BeforeEach
    void organizationWithTwoOffices() {
        f = new PlanningFixture(port, data, goals);
    }

    private static BigDecimal money(Answer a, String path) {
        Object value = a.json(path);
        return new BigDecimal(value.toString());
    }

    @Test
    void onlyThePlanningOfficeOpensTheFormulation() {
        String body = "{\"deadline\":\"" + LocalDate.now(Formats.BOGOTA).plusDays(5) + "\"}";

        assertThat(f.leaderA
                        .post("/api/v1/fiscal-years/" + YEAR + "/formulation", body)
                        .status())
                .isEqualTo(403);
        assertThat(f.treasury
                        .post("/api/v1/fiscal-years/" + YEAR + "/formulation", body)
                        .status())
                .isEqualTo(403);
        Answer opened = f.planner.post("/api/v1/fiscal-years/" + YEAR + "/formulation", body);

        assertThat(opened.status()).as("%s", opened).isEqualTo(201);
        assertThat(opened.<List<String>>json("$.offices[*].officeId"))
                .containsExactlyInAnyOrder(
                        f.officeA.id().toString(), f.officeB.id().toString());
    }

    @Test
    void aDeadlineInThePastIsRefused() {
        Answer a = f.planner.post(
                "/api/v1/fiscal-years/" + YEAR + "/formulation",
                "{\"deadline\":\"" + LocalDate.now(Formats.BOGOTA).minusDays(1) + "\"}");

        assertThat(a.status()).as("%s", a).isEqualTo(409);
    }

    @Test
    void anOfficeWithGoalsForTheYearSeesItHasAPlanToBuild() {
        f.openFormulation();

        Answer before = f.leaderA.get("/api/v1/fiscal-years/" + YEAR + "/formulation");
        UUID id = f.planA();
        Answer after = f.leaderA.get("/api/v1/fiscal-years/" + YEAR + "/formulation");

        assertThat(before.<List<String>>json("$.offices[*].officeId"))
                .containsExactly(f.officeA.id().toString());
        assertThat(before.<Integer>json("$.offices[0].goals")).isEqualTo(2);
        assertThat(before.<Object>json("$.offices[0].planId")).isNull();
        assertThat(after.<String>json("$.offices[0].planId")).isEqualTo(id.toString());
        assertThat(after.<String>json("$.offices[0].state")).isEqualTo("BORRADOR");
    }

    @Test
    void theLetterMustBeAPdf() {
        f.openFormulation();
        String path = "/api/v1/fiscal-years/" + YEAR + "/formulation/letter";
        byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);

        Answer notPdf = f.planner.postFile(path, "circular.pdf", "application/pdf", "hola".getBytes());
        Answer byLeader = f.leaderA.postFile(path, "circular.pdf", "application/pdf", pdf);
        Answer ok = f.planner.postFile(path, "circular.pdf", "application/pdf", pdf);

        assertThat(notPdf.status()).as("%s", notPdf).isEqualTo(409);
        assertThat(byLeader.status()).isEqualTo(403);
        assertThat(ok.status()).as("%s", ok).isEqualTo(204);
        assertThat(f.leaderA.bytes(path)).isEqualTo(pdf);
    }

    @Test
    void onlyTheTreasuryOrThePlanningOfficeSetsCeilings() {
        String body = "[{\"officeId\":\"%s\",\"programCode\":\"2201\",\"source\":\"RECURSOS_PROPIOS\",\"amount\":5}]"
                .formatted(f.officeA.id());

        assertThat(f.leaderA.put("/api/v1/fiscal-years/2025/ceilings", body).status())
                .isEqualTo(403);
        assertThat(f.control.put("/api/v1/fiscal-years/2025/ceilings", body).status())
                .isEqualTo(403);
        assertThat(f.treasury.put("/api/v1/fiscal-years/2025/ceilings", body).status())
                .isEqualTo(200);
        assertThat(f.planner.put("/api/v1/fiscal-years/2025/ceilings", body).status())
                .isEqualTo(200);
    }

    @Test
    void ceilingsSitBesideTheIndicativePlansCostsOfTheYear() {
        Answer a = f.treasury.put(
                "/api/v1/fiscal-years/2025/ceilings",
                "[{\"officeId\":\"%s\",\"programCode\":\"2201\",\"source\":\"RECURSOS_PROPIOS\",\"amount\":1000000}]"
                        .formatted(f.officeA.id()));

        assertThat(a.status()).as("%s", a).isEqualTo(200);
        assertThat(money(a, "$.totalCeiling")).isEqualByComparingTo("1000000");
        assertThat(money(a, "$.totalIndicativeCost")).isEqualByComparingTo("2020000.5");
        assertThat(a.<List<Object>>json(
                        "$.rows[?(@.programCode == '2201' && @.source == 'RECURSOS_PROPIOS')].indicativeCost"))
                .hasSize(1)
                .first()
                .satisfies(v -> assertThat(new BigDecimal(v.toString())).isEqualByComparingTo("1200000.5"));
        assertThat(a.<List<Object>>json("$.rows[?(@.programCode == '1903')].ceiling"))
                .first()
                .satisfies(v -> assertThat(new BigDecimal(v.toString())).isEqualByComparingTo("0"));
    }

    @Test
    void puttingCeilingsAgainReplacesThem() {
        f.ceilings("1000000", "500000");
        f.treasury.put(
                "/api/v1/fiscal-years/" + YEAR + "/ceilings",
                "[{\"officeId\":\"%s\",\"programCode\":\"2201\",\"source\":\"RECURSOS_PROPIOS\",\"amount\":7}]"
                        .formatted(f.officeA.id()));

        List<BigDecimal> left = jdbc.sql("select amount from budget_ceiling where organization_id = ? and year = ?")
                .params(f.org.id(), YEAR)
                .query(BigDecimal.class)
                .list();
        assertThat(left).singleElement().satisfies(v -> assertThat(v).isEqualByComparingTo("7"));
    }

    @Test
    void aCeilingForAnotherOrganizationsOfficeOrAnUnknownSourceIsRefused() {
        PlanningFixture other = new PlanningFixture(port, data, goals);

        Answer foreign = f.treasury.put(
                "/api/v1/fiscal-years/" + YEAR + "/ceilings",
                "[{\"officeId\":\"%s\",\"programCode\":\"2201\",\"source\":\"RECURSOS_PROPIOS\",\"amount\":7}]"
                        .formatted(other.officeA.id()));
        Answer source = f.treasury.put(
                "/api/v1/fiscal-years/" + YEAR + "/ceilings",
                "[{\"officeId\":\"%s\",\"programCode\":\"2201\",\"source\":\"REGALIAS_X\",\"amount\":7}]"
                        .formatted(f.officeA.id()));
        Answer negative = f.treasury.put(
                "/api/v1/fiscal-years/" + YEAR + "/ceilings",
                "[{\"officeId\":\"%s\",\"programCode\":\"2201\",\"source\":\"RECURSOS_PROPIOS\",\"amount\":-1}]"
                        .formatted(f.officeA.id()));

        assertThat(foreign.status()).isEqualTo(409);
        assertThat(source.status()).isEqualTo(409);
        assertThat(negative.status()).isEqualTo(400);
    }

    @Test
    void theTreasuryFillsTheCsvTemplateAndUploadsIt() {
        String template =
                new String(f.treasury.bytes("/api/v1/fiscal-years/2025/ceilings/template.csv"), StandardCharsets.UTF_8);
        assertThat(template).startsWith("dependencia;nombre_dependencia;programa;fuente;valor");
        assertThat(template).contains(f.officeA.code() + ";").contains(";2201;RECURSOS_PROPIOS;0");

        String filled = "dependencia;nombre_dependencia;programa;fuente;valor\r\n"
                + f.officeA.code() + ";A;2201;RECURSOS_PROPIOS;1.200.000,50\r\n"
                + f.officeA.code() + ";A;1903;SGP_SALUD;820000\r\n";
        Answer a = f.treasury.postFile(
                "/api/v1/fiscal-years/2025/ceilings/csv",
                "techos.csv",
                "text/csv",
                filled.getBytes(StandardCharsets.UTF_8));

        assertThat(a.status()).as("%s", a).isEqualTo(200);
        assertThat(money(a, "$.totalCeiling")).isEqualByComparingTo("2020000.5");
    }

    @Test
    void aTemplateWithAnyBadRowIsRefusedWhole() {
        f.treasury.put(
                "/api/v1/fiscal-years/2025/ceilings",
                "[{\"officeId\":\"%s\",\"programCode\":\"2201\",\"source\":\"RECURSOS_PROPIOS\",\"amount\":5}]"
                        .formatted(f.officeA.id()));
        String filled = "dependencia;nombre_dependencia;programa;fuente;valor\n"
                + f.officeA.code() + ";A;2201;RECURSOS_PROPIOS;100\n"
                + "NO-EXISTE;B;2201;RECURSOS_PROPIOS;100\n"
                + f.officeA.code() + ";A;1903;SGP_SALUD;mucho\n";

        Answer a = f.treasury.postFile(
                "/api/v1/fiscal-years/2025/ceilings/csv",
                "techos.csv",
                "text/csv",
                filled.getBytes(StandardCharsets.UTF_8));

        assertThat(a.status()).as("%s", a).isEqualTo(409);
        assertThat(a.<String>json("$.detail"))
                .contains("Fila 3")
                .contains("NO-EXISTE")
                .contains("Fila 4");
        assertThat(money(f.treasury.get("/api/v1/fiscal-years/2025/ceilings"), "$.totalCeiling"))
                .isEqualByComparingTo("5");
    }

    @Test
    void thePoaiAddsUpTheApprovedPlansOnlyToThePeso() throws Exception {
        UUID approved = f.reviewedPlanA();
        require(
                f.mayor.post(
                        "/api/v1/action-plans/" + approved + "/approve",
                        "{\"approvedOn\":\"%s\",\"minutesReference\":\"Acta 7\"}"
                                .formatted(LocalDate.now(Formats.BOGOTA))),
                200);
        // Office B's plan is sent but not approved: it must not count.
        f.treasury.put("/api/v1/fiscal-years/" + YEAR + "/ceilings", """
                [{"officeId":"%s","programCode":"2201","source":"RECURSOS_PROPIOS","amount":1000000},
                 {"officeId":"%s","programCode":"1903","source":"SGP_SALUD","amount":500000},
                 {"officeId":"%s","programCode":"4003","source":"SGP_APSB","amount":900000}]""".formatted(
                        f.officeA.id(), f.officeA.id(), f.officeB.id()));
        Answer b = require(
                f.leaderB.post(
                        "/api/v1/action-plans", "{\"officeId\":\"%s\",\"year\":%d}".formatted(f.officeB.id(), YEAR)),
                201);
        String planB = b.json("$.id");
        require(f.leaderB.post("/api/v1/action-plans/" + planB + "/goals", """
                        {"goalId":"%s","target":80,"quarters":[70,72,76,80],
                         "budget":[{"projectBpin":"2024520010002","source":"SGP_APSB","amount":300000}]}""".formatted(f.growingGoal)), 201);
        require(f.leaderB.post("/api/v1/action-plans/" + planB + "/submit", "{}"), 200);

        Answer poai = f.control.get("/api/v1/fiscal-years/" + YEAR + "/poai");

        assertThat(poai.status()).as("%s", poai).isEqualTo(200);
        assertThat(money(poai, "$.total")).isEqualByComparingTo("1100000.25");
        assertThat(money(poai, "$.totalsBySource.RECURSOS_PROPIOS")).isEqualByComparingTo("600000.25");
        assertThat(money(poai, "$.totalsBySource.SGP_SALUD")).isEqualByComparingTo("500000");
        assertThat(poai.<java.util.Map<String, Object>>json("$.totalsBySource"))
                .containsOnlyKeys("RECURSOS_PROPIOS", "SGP_SALUD");
        assertThat(money(poai, "$.totalCeiling")).isEqualByComparingTo("2400000");
        assertThat(poai.<List<String>>json("$.projects[*].projectBpin"))
                .containsExactlyInAnyOrder("2024520010001", "2024520010010");
        assertThat(poai.<List<String>>json("$.projects[*].programCode")).containsExactlyInAnyOrder("2201", "1903");
        assertThat(poai.<List<String>>json("$.projects[*].sectorCode")).containsExactlyInAnyOrder("22", "19");

        byte[] xlsx = f.control.bytes("/api/v1/fiscal-years/" + YEAR + "/poai.xlsx");
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows).hasSize(4);
            assertThat(rows.get(3).getCellAsString(6)).contains("Total");
            assertThat(rows.get(3).getCellAsNumber(7))
                    .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1100000.25"));
        }
    }
}
