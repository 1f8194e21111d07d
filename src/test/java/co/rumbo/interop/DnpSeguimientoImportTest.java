package co.rumbo.interop;

import static org.assertj.core.api.Assertions.assertThat;

import co.rumbo.identity.Role;
import co.rumbo.interop.dnp.DnpFixture;
import co.rumbo.organization.Organization;
import co.rumbo.structure.FundingSources;
import co.rumbo.structure.MgaCatalog;
import co.rumbo.structure.PlanStore;
import co.rumbo.support.ApiClient;
import co.rumbo.support.RumboIntegrationTest;
import co.rumbo.support.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Loading DNP's seguimiento through the API: Tenjo's real file into Tenjo's plan (from its own SisPT
 * export), and the ways a file is refused.
 */
@RumboIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DnpSeguimientoImportTest {

    static final Path TENJO_SISPT = Path.of("src/test/resources/sispt/25799.xlsx");
    static final Path TENJO_DNP = Path.of("src/test/resources/dnp/Alertas-25799.xlsx");
    static final Path CORRUPT_DNP = Path.of("src/test/resources/dnp/Alertas-25899.xlsx");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlanStore planStore;

    @Autowired
    FundingSources sources;

    @Autowired
    MgaCatalog catalog;

    @Autowired
    TestData data;

    @TempDir
    Path dir;

    Organization org;
    String plannerName;
    ApiClient planner;
    ApiClient leader;
    UUID plan;
    UUID otherPlan;

    @BeforeAll
    void tenjosPlan() {
        org = data.organization();
        plannerName = data.user(org.id(), Role.PLANEACION).username();
        planner = ApiClient.as(port, plannerName, TestData.PASSWORD);
        leader = ApiClient.as(port, data.user(org.id(), Role.LIDER).username(), TestData.PASSWORD);
        SisptImportPlans sispt = new SisptImportPlans(planStore, sources, catalog);
        plan = sispt.load(org.id(), TENJO_SISPT);
        otherPlan = sispt.load(data.organization().id(), TENJO_SISPT);
    }

    private ApiClient.Answer upload(ApiClient client, UUID planId, String fileName, byte[] content) {
        return client.postFile("/api/v1/plans/" + planId + "/import/dnp-seguimiento", fileName, content);
    }

    private String ownName() {
        return "Alertas-" + org.daneCode() + ".xlsx";
    }

    @Test
    @Order(1)
    void loadsTenjosFileKeepingMultiGoalRowsAsUnits() throws Exception {
        ApiClient.Answer answer = upload(planner, plan, ownName(), Files.readAllBytes(TENJO_DNP));

        assertThat(answer.status()).as("%s", answer).isEqualTo(200);
        assertThat(answer.<List<Integer>>json("$.years")).containsExactly(2024, 2025);
        assertThat(answer.<String>json("$.cutDate")).isEqualTo("2025-12-31");
        assertThat(answer.<Integer>json("$.counts.physicalUnits")).isEqualTo(245);
        assertThat(answer.<Integer>json("$.counts.financialUnits")).isEqualTo(209);
        assertThat(answer.<Integer>json("$.counts.multiGoalPhysicalUnits")).isEqualTo(58);
        assertThat(answer.<Integer>json("$.counts.multiGoalFinancialUnits")).isEqualTo(63);
        assertThat(answer.<Integer>json("$.counts.unknownCodes")).isZero();
        assertThat(answer.<Integer>json("$.counts.goalValues")).isEqualTo(74);
        assertThat(answer.<Integer>json("$.counts.budgetExecutions")).isEqualTo(80);
        assertThat(answer.<List<Object>>json("$.errors")).isEmpty();

        assertThat(count("select count(*) from dnp_physical_unit where plan_id = ?"))
                .isEqualTo(490);
        assertThat(count("select count(*) from dnp_financial_unit where plan_id = ?"))
                .isEqualTo(418);
        assertThat(count("select count(*) from dnp_physical_unit where plan_id = ? and cardinality(sispt_codes) > 1"))
                .isEqualTo(116);
        // Only rows about one goal become goal values; "IP-12, IP-16" is not split.
        assertThat(count("""
                        select count(*) from goal_value_by_plan v join product_goal g on g.id = v.goal_id
                        where v.plan_id = ? and g.sispt_code in ('IP-12', 'IP-16')""")).isZero();
        assertThat(count("select count(*) from goal_value_by_plan where plan_id = ? and source = 'DNP'"))
                .isEqualTo(74);
        assertThat(count("""
                        select count(*) from goal_budget_by_plan
                        where plan_id = ? and source = 'DNP' and appropriation is null""")).isEqualTo(80);
        assertThat(jdbc.sql("select loaded_by from dnp_seguimiento_load where plan_id = ?")
                        .param(plan)
                        .query(String.class)
                        .single())
                .isEqualTo(plannerName);
    }

    @Test
    @Order(2)
    void loadingTheSameFileAgainWritesNoUnitAndNoValue() throws Exception {
        long before = auditRows();

        ApiClient.Answer answer = upload(planner, plan, ownName(), Files.readAllBytes(TENJO_DNP));

        assertThat(answer.<Integer>json("$.counts.valuesWritten")).isZero();
        assertThat(answer.<Integer>json("$.counts.budgetsWritten")).isZero();
        assertThat(answer.<Integer>json("$.counts.valuesRemoved")).isZero();
        assertThat(auditRows() - before)
                .as("only the load record itself changes")
                .isEqualTo(1);
    }

    @Test
    void refusesACorruptFileWith400() throws Exception {
        long before = auditRows();

        ApiClient.Answer answer = upload(planner, plan, "Alertas-25899.xlsx", Files.readAllBytes(CORRUPT_DNP));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.<String>json("$.title")).isEqualTo("Archivo ilegible");
        assertThat(answer.<String>json("$.detail")).startsWith("No se pudo abrir el archivo «Alertas-25899.xlsx»: ");
        assertThat(answer.<String>json("$.errors[0].message")).startsWith("El archivo no es un xlsx válido");
        assertThat(auditRows()).isEqualTo(before);
    }

    @Test
    void refusesAFileWithAMissingSheetOrColumnWith422NamingThem() {
        byte[] file = smallFile()
                .withoutPhysicalColumn("Explicación del valor 2024")
                .withoutFinancialSheet()
                .bytes(dir);

        ApiClient.Answer answer = upload(planner, plan, ownName(), file);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.<String>json("$.title")).isEqualTo("Archivo con errores");
        assertThat(answer.<List<String>>json("$.errors[?(@.sheet == 'Detalle seguimiento financiero')].message"))
                .contains("Falta la hoja «Detalle seguimiento financiero» en el archivo.");
        assertThat(answer.<List<String>>json("$.errors[?(@.column == 'Explicación del valor 2024')].sheet"))
                .contains("Detalle seguimiento físico");
        assertThat(answer.<List<Integer>>json("$.errors[?(@.column == 'Explicación del valor 2024')].row"))
                .contains(7);
    }

    @Test
    void refusesAValueThatIsNotANumberNamingItsCell() {
        byte[] file = smallFile()
                .withPhysicalRow(DnpFixture.physicalRow("IP-14", "dos"))
                .bytes(dir);

        ApiClient.Answer answer = upload(planner, plan, ownName(), file);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.<Integer>json("$.errors[0].row")).isEqualTo(9);
        assertThat(answer.<String>json("$.errors[0].column")).isEqualTo("Ejecución Física 2024 (PIIP)");
        assertThat(answer.<String>json("$.errors[0].message")).contains("«dos»");
    }

    @Test
    void refusesAnotherEntitysFile() {
        ApiClient.Answer answer =
                upload(planner, plan, "Alertas-25126.xlsx", smallFile().bytes(dir));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.<String>json("$.errors[0].message")).contains("código DANE 25126");
    }

    @Test
    @Order(3)
    void warnsAboutACodeThePlanDoesNotHave() throws Exception {
        byte[] file = smallFile()
                .withPhysicalRow(DnpFixture.physicalRow("IP-9999", 1))
                .bytes(dir);

        ApiClient.Answer answer = upload(planner, plan, ownName(), file);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.<Integer>json("$.counts.unknownCodes")).isEqualTo(1);
        assertThat(answer.<List<String>>json("$.warnings[?(@.row == 9)].message"))
                .anySatisfy(w -> assertThat(w).contains("IP-9999 no es una meta del plan"));
        // the small file replaced Tenjo's load: its 2025 values went with it
        assertThat(count(
                        "select count(*) from goal_value_by_plan where plan_id = ? and source = 'DNP' and year = 2025"))
                .isZero();
    }

    @Test
    void onlyThePlanningOfficeLoadsAndOnlyIntoItsOwnPlans() throws Exception {
        byte[] file = Files.readAllBytes(TENJO_DNP);

        assertThat(upload(leader, plan, ownName(), file).status()).isEqualTo(403);
        assertThat(upload(planner, otherPlan, ownName(), file).status()).isEqualTo(404);
        assertThat(upload(ApiClient.anonymous(port), plan, ownName(), file).status())
                .isEqualTo(401);
    }

    /**
     * One row of a goal of the plan (IP-13), without DNP's 2025 column: loaded, it replaces Tenjo's
     * whole load, 2025 included.
     */
    private static DnpFixture smallFile() {
        return new DnpFixture()
                .withoutPhysicalColumn("Programado 2025 (SisPT)")
                .withPhysicalRow(DnpFixture.physicalRow("IP-13"));
    }

    private long count(String sql) {
        return jdbc.sql(sql).param(plan).query(Long.class).single();
    }

    private long auditRows() {
        return jdbc.sql("select count(*) from audit_log where organization_id = ?")
                .param(org.id())
                .query(Long.class)
                .single();
    }
}
