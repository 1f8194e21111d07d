package co.rumbo.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import co.rumbo.dashboard.internal.ChangeLogCompaction;
import co.rumbo.dashboard.internal.DashboardReadModel;
import co.rumbo.dashboard.internal.DataVersion;
import co.rumbo.organization.Office;
import co.rumbo.organization.OfficeCommand;
import co.rumbo.organization.OfficeKind;
import co.rumbo.organization.Organization;
import co.rumbo.organization.OrganizationKind;
import co.rumbo.organization.Organizations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The change log the tablero's cache is keyed by: every writer moves it, compaction too. */
@SpringBootTest
class ChangeLogTest {

    @Autowired
    Organizations organizations;

    @Autowired
    DashboardReadModel readModel;

    @Autowired
    ChangeLogCompaction compaction;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anyWriteToWhatTheTableroReadsMovesTheOrganizationsVersionOnly() {
        Organization org =
                organizations.create(HandMadePlan.uniqueDaneCode(), "Entidad del registro", OrganizationKind.MUNICIPIO);
        Organization other = organizations.create(
                HandMadePlan.uniqueDaneCode(), "Otra entidad del registro", OrganizationKind.MUNICIPIO);
        DataVersion before = readModel.version(org.id());
        DataVersion otherBefore = readModel.version(other.id());
        Office office = organizations.createOffice(
                org.id(), new OfficeCommand("HAC", "Secretaría de Hacienda", OfficeKind.SECRETARIA, true));
        DataVersion afterInsert = readModel.version(org.id());
        assertThat(afterInsert).isNotEqualTo(before);
        jdbc.sql("update organization set green_from = 0.75 where id = ?")
                .param(org.id())
                .update();
        DataVersion afterThresholds = readModel.version(org.id());
        assertThat(afterThresholds).isNotEqualTo(afterInsert);
        jdbc.sql("update office set name = 'Secretaría de Hacienda y Crédito' where id = ?")
                .param(office.id())
                .update();
        assertThat(readModel.version(org.id())).isNotEqualTo(afterThresholds);
        assertThat(readModel.version(other.id())).isEqualTo(otherBefore);
    }

    @Test
    void compactionRemovesOldRowsAndStillMovesTheVersion() {
        Organization org =
                organizations.create(HandMadePlan.uniqueDaneCode(), "Entidad compactada", OrganizationKind.MUNICIPIO);
        for (int i = 0; i < 3; i++) {
            jdbc.sql("insert into dashboard_change (org_id, at) values (?, now() - interval '2 days')")
                    .param(org.id())
                    .update();
        }
        DataVersion before = readModel.version(org.id());
        assertThat(compaction.compact()).isGreaterThanOrEqualTo(3);
        DataVersion after = readModel.version(org.id());
        assertThat(after).isNotEqualTo(before);
        assertThat(after.maxId()).isGreaterThan(before.maxId());
        assertThat(jdbc.sql("select count(*) from dashboard_change where org_id = ? and at < now() - interval '1 day'")
                        .param(org.id())
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
