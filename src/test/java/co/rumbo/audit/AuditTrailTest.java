package co.rumbo.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.rumbo.identity.Role;
import co.rumbo.identity.UserCommand;
import co.rumbo.identity.UserView;
import co.rumbo.identity.Users;
import co.rumbo.organization.Office;
import co.rumbo.organization.OfficeCommand;
import co.rumbo.organization.OfficeKind;
import co.rumbo.organization.Organization;
import co.rumbo.organization.Organizations;
import co.rumbo.support.Acting;
import co.rumbo.support.RumboIntegrationTest;
import co.rumbo.support.TestData;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The trail is written by PostgreSQL triggers for every writer, and nobody — least of all the
 * application's own connection — can change it.
 */
@RumboIntegrationTest
class AuditTrailTest {

    @Autowired
    TestData data;

    @Autowired
    Organizations organizations;

    @Autowired
    Users users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    /** The owner of the tables, as Flyway connects. */
    @Autowired
    @Qualifier("migrationDataSource")
    DataSource ownerDataSource;

    UUID org;

    @BeforeEach
    void newOrganization() {
        org = data.organization().id();
    }

    @Test
    void anInsertIsRecordedWithTheRowAfterTheActorAndTheOrganization() {
        Office office =
                Acting.as("ana.planeacion", org, () -> organizations.createOffice(org, command("Secretaría de Salud")));

        assertThat(trailOf("office", office.id())).singleElement().satisfies(e -> {
            assertThat(e.operation()).isEqualTo("I");
            assertThat(e.actor()).isEqualTo("ana.planeacion");
            assertThat(e.organizationId()).isEqualTo(org);
            assertThat(e.nameBefore()).isNull();
            assertThat(e.nameAfter()).isEqualTo("Secretaría de Salud");
        });
    }

    @Test
    void anUpdateIsRecordedWithTheRowBeforeAndAfter() {
        Office office = data.office(org);

        Acting.as(
                "beto.planeacion",
                org,
                () -> organizations.updateOffice(org, office.id(), 0, command("Secretaría de Cultura")));

        assertThat(trailOf("office", office.id())).last().satisfies(e -> {
            assertThat(e.operation()).isEqualTo("U");
            assertThat(e.actor()).isEqualTo("beto.planeacion");
            assertThat(e.nameBefore()).isEqualTo(office.name());
            assertThat(e.nameAfter()).isEqualTo("Secretaría de Cultura");
        });
    }

    @Test
    void aDeleteIsRecordedWithTheRowBefore() {
        Office office = data.office(org);

        Acting.as("carla.admin", org, () -> inTransaction("delete from office where id = ?", office.id()));

        assertThat(trailOf("office", office.id())).last().satisfies(e -> {
            assertThat(e.operation()).isEqualTo("D");
            assertThat(e.actor()).isEqualTo("carla.admin");
            assertThat(e.organizationId()).isEqualTo(org);
            assertThat(e.nameBefore()).isEqualTo(office.name());
            assertThat(e.nameAfter()).isNull();
        });
    }

    @Test
    void anUpdateThatChangesNothingIsNotRecorded() {
        Office office = data.office(org);

        Acting.as(
                "dora.planeacion",
                org,
                () -> inTransaction("update office set name = name, active = true where id = ?", office.id()));

        assertThat(trailOf("office", office.id())).extracting(Entry::operation).containsExactly("I");
    }

    @Test
    void aChangeWithNobodyLoggedInIsRecordedAsTheSystem() {
        Office office = data.office(org);

        assertThat(trailOf("office", office.id())).extracting(Entry::actor).containsExactly("sistema");
    }

    @Test
    void theActorLastsOnlyForItsTransaction() {
        Office office = data.office(org);
        Acting.as(
                "eva.planeacion", org, () -> inTransaction("update office set code = 'EVA' where id = ?", office.id()));

        for (int i = 0; i < 12; i++) { // more than the pool's connections: every one is checked
            int n = i;
            inTransaction("update office set code = 'SIS-" + n + "' where id = ?", office.id());
        }

        List<Entry> trail = trailOf("office", office.id());
        assertThat(trail).filteredOn(e -> e.actor().equals("eva.planeacion")).hasSize(1);
        assertThat(trail).filteredOn(e -> e.actor().equals("sistema")).hasSize(13);
    }

    /** Read-only transactions skip naming the actor (a round trip less): they must not be able to write. */
    @Test
    void aReadOnlyTransactionCannotWriteSoNoChangeGoesUnattributed() {
        Office office = data.office(org);
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);

        assertThatThrownBy(() -> Acting.as(
                        "eva.planeacion",
                        org,
                        () -> readOnly.executeWithoutResult(tx -> jdbc.sql("update office set code = 'RO' where id = ?")
                                .param(office.id())
                                .update())))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("read-only transaction");
        assertThat(trailOf("office", office.id())).extracting(Entry::actor).containsExactly("sistema");
    }

    @Test
    void theOrganizationItselfIsRecordedUnderItsOwnId() {
        Organization created = data.organization();

        assertThat(trailOf("organization", created.id())).singleElement().satisfies(e -> {
            assertThat(e.operation()).isEqualTo("I");
            assertThat(e.organizationId()).isEqualTo(created.id());
        });
    }

    @Test
    void passwordHashesNeverAppearInTheTrail() {
        UserView user = data.user(org, Role.CONTROL);
        String firstHash = passwordHash(user.id());
        users.update(
                org,
                user.id(),
                user.version(),
                new UserCommand(
                        user.username(),
                        user.fullName(),
                        user.email(),
                        user.roles(),
                        Set.of(),
                        true,
                        "una-clave-nueva-2026"),
                TestData.administratorOf(org));
        String secondHash = passwordHash(user.id());

        List<String> trail =
                jdbc.sql("""
                        select coalesce(before::text, '') || coalesce(after::text, '') from audit_log
                        where table_name = 'app_user' and row_id = ?""").param(user.id().toString()).query(String.class).list();
        assertThat(trail).hasSize(2);
        assertThat(trail).noneMatch(t -> t.contains("password_hash") || t.contains("{bcrypt}"));
        assertThat(trail).noneMatch(t -> t.contains(firstHash) || t.contains(secondHash));
    }

    @Test
    void theApplicationCannotWriteIntoTheTrail() {
        assertThatThrownBy(() -> jdbc.sql("""
                                insert into audit_log (organization_id, table_name, row_id, operation, actor)
                                values (?, 'office', 'x', 'I', 'intruso')""").param(org).update())
                .isInstanceOf(DataAccessException.class)
                .satisfies(e -> assertThat(sqlState(e)).isEqualTo("42501"));
    }

    @Test
    void theApplicationCannotUpdateTheTrail() {
        assertThatThrownBy(() -> jdbc.sql("update audit_log set actor = 'intruso' where organization_id = ?")
                        .param(org)
                        .update())
                .isInstanceOf(DataAccessException.class)
                .satisfies(e -> assertThat(sqlState(e)).isEqualTo("42501"));
    }

    @Test
    void theApplicationCannotDeleteFromTheTrail() {
        assertThatThrownBy(() -> jdbc.sql("delete from audit_log where organization_id = ?")
                        .param(org)
                        .update())
                .isInstanceOf(DataAccessException.class)
                .satisfies(e -> assertThat(sqlState(e)).isEqualTo("42501"));
    }

    @Test
    void theApplicationCannotTruncateTheTrail() {
        assertThatThrownBy(() -> jdbc.sql("truncate audit_log").update())
                .isInstanceOf(DataAccessException.class)
                .satisfies(e -> assertThat(sqlState(e)).isEqualTo("42501"));
        assertThat(trailOf("organization", org)).isNotEmpty();
    }

    @Test
    void evenTheOwnerOfTheTablesCannotChangeTheTrail() {
        JdbcClient owner = JdbcClient.create(ownerDataSource);

        assertThatThrownBy(() -> owner.sql("update audit_log set actor = 'intruso' where organization_id = ?")
                        .param(org)
                        .update())
                .rootCause()
                .hasMessageContaining("La bitácora de auditoría no se puede modificar ni borrar");
        assertThatThrownBy(() -> owner.sql("delete from audit_log where organization_id = ?")
                        .param(org)
                        .update())
                .rootCause()
                .hasMessageContaining("La bitácora de auditoría no se puede modificar ni borrar");
        assertThatThrownBy(() -> owner.sql("truncate audit_log").update())
                .rootCause()
                .hasMessageContaining("La bitácora de auditoría no se puede modificar ni borrar");
    }

    record Entry(String operation, String actor, UUID organizationId, String nameBefore, String nameAfter) {}

    private List<Entry> trailOf(String table, UUID rowId) {
        return jdbc.sql("""
                        select operation, actor, organization_id, before ->> 'name' as name_before, after ->> 'name' as name_after
                        from audit_log where table_name = ? and row_id = ? order by id""").params(table, rowId.toString()).query(Entry.class).list();
    }

    private void inTransaction(String sql, UUID id) {
        new TransactionTemplate(transactions)
                .executeWithoutResult(tx -> jdbc.sql(sql).param(id).update());
    }

    private String passwordHash(UUID userId) {
        return jdbc.sql("select password_hash from app_user where id = ?")
                .param(userId)
                .query(String.class)
                .single();
    }

    private static OfficeCommand command(String name) {
        return new OfficeCommand(TestData.unique("AUD"), name, OfficeKind.SECRETARIA, true);
    }

    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) return sql.getSQLState();
        }
        return null;
    }
}
