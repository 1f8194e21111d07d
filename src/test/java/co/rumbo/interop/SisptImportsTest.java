package co.rumbo.interop;

import static org.assertj.core.api.Assertions.assertThat;

import co.rumbo.identity.CurrentUser;
import co.rumbo.identity.Role;
import co.rumbo.structure.PlanContent;
import co.rumbo.structure.PlanStore;
import java.io.InputStream;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SisptImportsTest {

    static final CurrentUser PLATFORM_ADMIN =
            new CurrentUser(UUID.randomUUID(), "admin-test", "Admin", null, Set.of(Role.ADMIN), Set.of());

    @Autowired
    SisptImports imports;

    @Autowired
    PlanStore store;

    @Autowired
    JdbcClient jdbc;

    byte[] tenjo;
    SisptImportReport first;

    @BeforeAll
    void importTenjo() throws Exception {
        try (InputStream in = new ClassPathResource("demo/sispt-25799.xlsx").getInputStream()) {
            tenjo = in.readAllBytes();
        }
        first = imports.importFile(PLATFORM_ADMIN, "25799.xlsx", tenjo);
    }

    @Test
    void importsTenjosPlanWithItsCountsAndTotals() {
        assertThat(first.errors()).isEmpty();
        assertThat(first.outcome()).isEqualTo(SisptImportReport.Outcome.SAVED);
        assertThat(first.organization().daneCode()).isEqualTo("25799");
        assertThat(first.counts().productGoals()).isEqualTo(331);
        assertThat(first.totals().total()).isPositive();
    }

    @Test
    void importingTheSameFileAgainChangesNothing() {
        long before = jdbc.sql("select count(*) from audit_log where table_name <> 'plan_import'")
                .query(Long.class)
                .single();
        SisptImportReport again = imports.importFile(PLATFORM_ADMIN, "25799.xlsx", tenjo);
        long after = jdbc.sql("select count(*) from audit_log where table_name <> 'plan_import'")
                .query(Long.class)
                .single();
        assertThat(again.outcome()).isEqualTo(SisptImportReport.Outcome.SAVED);
        assertThat(after).isEqualTo(before);
    }

    @Test
    void importingTheExportGivesBackTheSamePlan() {
        UUID org = orgId();
        UUID plan = first.plan().id();
        PlanContent before = store.content(org, plan);
        byte[] exported = imports.export(org, plan);
        SisptImportReport again = imports.importFile(PLATFORM_ADMIN, "export.xlsx", exported);
        assertThat(again.errors()).isEmpty();
        assertThat(again.totals()).isEqualTo(first.totals());
        assertThat(store.content(org, plan)).isEqualTo(before);
    }

    private UUID orgId() {
        return jdbc.sql("select id from organization where dane_code = '25799'")
                .query(UUID.class)
                .single();
    }
}
