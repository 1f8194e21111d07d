package co.rumbo.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import co.rumbo.TestTenants;
import co.rumbo.identity.Role;
import co.rumbo.identity.Users;
import co.rumbo.organization.Organization;
import co.rumbo.organization.Organizations;
import co.rumbo.structure.PlanStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Loading DNP's seguimiento through the API: Tenjo's real file into Tenjo's plan (read from its own
 * SisPT export), and the ways a file is refused.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DnpSeguimientoImportTest {

    static final Path TENJO_SISPT = Path.of("src/test/resources/sispt/25799.xlsx");
    static final Path TENJO_DNP = Path.of("src/test/resources/dnp/Alertas-25799.xlsx");
    static final Path CORRUPT_DNP = Path.of("src/test/resources/dnp/Alertas-25899.xlsx");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlanStore planStore;

    @Autowired
    Organizations organizations;

    @Autowired
    Users users;

    @TempDir
    Path dir;

    Organization org;
    String planner;
    String leader;
    UUID plan;
    UUID otherPlan;

    @BeforeAll
    void tenjosPlan() {
        TestTenants tenants = new TestTenants(organizations, users);
        org = tenants.organization("Tenjo (pruebas de DNP)");
        planner = tenants.user(org, Role.PLANEACION);
        leader = tenants.user(org, Role.LIDER);
        plan = new SisptReaderPlans(planStore).load(org.id(), TENJO_SISPT);
        Organization other = tenants.organization("Otra entidad");
        otherPlan = new SisptReaderPlans(planStore).load(other.id(), TENJO_SISPT);
    }

    private ResultActions upload(String user, UUID planId, String fileName, byte[] content) throws Exception {
        return mvc.perform(multipart("/api/v1/plans/{id}/import/dnp-seguimiento", planId)
                .file(new MockMultipartFile("file", fileName, "application/octet-stream", content))
                .with(httpBasic(user, TestTenants.PASSWORD)));
    }

    private String ownName() {
        return "Alertas-" + org.daneCode() + ".xlsx";
    }

    @Test
    @Order(1)
    void loadsTenjosFileKeepingMultiGoalRowsAsUnits() throws Exception {
        upload(planner, plan, ownName(), Files.readAllBytes(TENJO_DNP))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.years[0]").value(2024))
                .andExpect(jsonPath("$.years[1]").value(2025))
                .andExpect(jsonPath("$.cutDate").value("2025-12-31"))
                .andExpect(jsonPath("$.counts.physicalUnits").value(245))
                .andExpect(jsonPath("$.counts.financialUnits").value(209))
                .andExpect(jsonPath("$.counts.multiGoalPhysicalUnits").value(58))
                .andExpect(jsonPath("$.counts.multiGoalFinancialUnits").value(63))
                .andExpect(jsonPath("$.counts.unknownCodes").value(0))
                .andExpect(jsonPath("$.errors").isEmpty());

        assertThat(count("select count(*) from dnp_physical_unit where plan_id = ?"))
                .isEqualTo(490);
        assertThat(count("select count(*) from dnp_financial_unit where plan_id = ?"))
                .isEqualTo(418);
        assertThat(count("select count(*) from dnp_physical_unit where plan_id = ? and cardinality(sispt_codes) > 1"))
                .isEqualTo(116);
        // Only rows about one goal become goal values; "IP-12, IP-16" is not split.
        assertThat(count("""
                        select count(*) from goal_value v join product_goal g on g.id = v.goal_id
                        where g.plan_id = ? and g.sispt_code in ('IP-12', 'IP-16')""")).isZero();
        assertThat(count("""
                        select count(*) from goal_value v join product_goal g on g.id = v.goal_id
                        where g.plan_id = ? and v.source = 'DNP' and v.period in ('2024', '2025')""")).isPositive();
        assertThat(count("""
                        select count(*) from goal_budget_execution b join product_goal g on g.id = b.goal_id
                        where g.plan_id = ? and b.source = 'DNP' and b.appropriation is null""")).isPositive();
        assertThat(jdbc.sql("select loaded_by from dnp_seguimiento_load where plan_id = ?")
                        .param(plan)
                        .query(String.class)
                        .single())
                .isEqualTo(planner);
    }

    @Test
    @Order(2)
    void loadingTheSameFileAgainWritesNoUnitAndNoValue() throws Exception {
        long before = count("select count(*) from audit_log where organization_id = (select organization_id "
                + "from development_plan where id = ?)");

        upload(planner, plan, ownName(), Files.readAllBytes(TENJO_DNP))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.counts.valuesWritten").value(0))
                .andExpect(jsonPath("$.counts.budgetsWritten").value(0))
                .andExpect(jsonPath("$.counts.valuesRemoved").value(0));

        long after = count("select count(*) from audit_log where organization_id = (select organization_id "
                + "from development_plan where id = ?)");
        assertThat(after - before).as("only the load record itself changes").isEqualTo(1);
    }

    @Test
    void refusesACorruptFileWith400() throws Exception {
        upload(planner, plan, "Alertas-25899.xlsx", Files.readAllBytes(CORRUPT_DNP))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Archivo ilegible"))
                .andExpect(jsonPath("$.detail", startsWith("No se pudo abrir el archivo «Alertas-25899.xlsx»: ")))
                .andExpect(jsonPath("$.errors[0].message", startsWith("El archivo no es un xlsx válido")));
    }

    @Test
    void refusesAFileWithAMissingSheetOrColumnWith422NamingThem() throws Exception {
        byte[] file = DnpTestFiles.minimal()
                .withoutPhysicalColumn("Explicación del valor 2024")
                .withoutFinancialSheet()
                .bytes(dir);

        upload(planner, plan, ownName(), file)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.title").value("Archivo con errores"))
                .andExpect(jsonPath("$.errors[?(@.sheet == 'Detalle seguimiento financiero')].message")
                        .value(hasItem("Falta la hoja «Detalle seguimiento financiero» en el archivo.")))
                .andExpect(jsonPath("$.errors[?(@.column == 'Explicación del valor 2024')].sheet")
                        .value(hasItem("Detalle seguimiento físico")))
                .andExpect(jsonPath("$.errors[?(@.column == 'Explicación del valor 2024')].row")
                        .value(hasItem(7)));
    }

    @Test
    void refusesAValueThatIsNotANumberNamingItsCell() throws Exception {
        byte[] file = DnpTestFiles.minimal()
                .withPhysicalRow(DnpTestFiles.physicalRow("IP-14", "dos"))
                .bytes(dir);

        upload(planner, plan, ownName(), file)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].row").value(9))
                .andExpect(jsonPath("$.errors[0].column").value("Ejecución Física 2024 (PIIP)"))
                .andExpect(jsonPath("$.errors[0].message", containsString("«dos»")));
    }

    @Test
    void refusesAnotherEntitysFile() throws Exception {
        upload(planner, plan, "Alertas-25126.xlsx", DnpTestFiles.minimal().bytes(dir))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message", containsString("código DANE 25126")));
    }

    @Test
    void warnsAboutACodeThePlanDoesNotHave() throws Exception {
        byte[] file = DnpTestFiles.minimal()
                .withPhysicalRow(DnpTestFiles.physicalRow("IP-9999", 1))
                .bytes(dir);

        upload(planner, plan, ownName(), file)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.counts.unknownCodes").value(1))
                .andExpect(jsonPath(
                        "$.warnings[?(@.row == 9)].message",
                        hasItem(containsString("IP-9999 no es una meta del plan"))));
        // the next test of the order reloads Tenjo's file
        upload(planner, plan, ownName(), Files.readAllBytes(TENJO_DNP)).andExpect(status().isOk());
    }

    @Test
    void onlyThePlanningOfficeLoadsAndOnlyIntoItsOwnPlans() throws Exception {
        byte[] file = Files.readAllBytes(TENJO_DNP);
        upload(leader, plan, ownName(), file).andExpect(status().isForbidden());
        upload(planner, otherPlan, ownName(), file).andExpect(status().isNotFound());
    }

    private long count(String sql) {
        return jdbc.sql(sql).param(plan).query(Long.class).single();
    }
}
