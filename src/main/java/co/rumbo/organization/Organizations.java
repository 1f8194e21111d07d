package co.rumbo.organization;

import co.rumbo.platform.BusinessRuleException;
import co.rumbo.platform.NotFoundException;
import co.rumbo.platform.StaleVersionException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organization module's face: organizations and their offices. Every method that reads offices
 * takes the organization, so a caller cannot forget the tenant.
 */
@Service
public class Organizations {

    private static final String ORG_COLUMNS = "id, dane_code, name, kind, red_below, green_from, over_above, version";
    private static final String OFFICE_COLUMNS = "id, organization_id, code, name, kind, active, version";

    private final JdbcClient jdbc;

    Organizations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Organization> find(UUID id) {
        return jdbc.sql("select " + ORG_COLUMNS + " from organization where id = ?")
                .param(id)
                .query(Organizations::organization)
                .optional();
    }

    public Organization get(UUID id) {
        return find(id).orElseThrow(() -> new NotFoundException("La entidad no existe"));
    }

    public Optional<Organization> findByDaneCode(String daneCode) {
        return jdbc.sql("select " + ORG_COLUMNS + " from organization where dane_code = ?")
                .param(daneCode)
                .query(Organizations::organization)
                .optional();
    }

    public List<Organization> all() {
        return jdbc.sql("select " + ORG_COLUMNS + " from organization order by name")
                .query(Organizations::organization)
                .list();
    }

    /** Creates an organization; the DANE code decides whether it is a department. */
    @Transactional
    public Organization create(String daneCode, String name, OrganizationKind kind) {
        try {
            UUID id = jdbc.sql("insert into organization (dane_code, name, kind) values (?, ?, ?) returning id")
                    .params(daneCode, name, kind.name())
                    .query(UUID.class)
                    .single();
            return get(id);
        } catch (DuplicateKeyException e) {
            throw new BusinessRuleException("Ya existe una entidad con el código DANE " + daneCode);
        }
    }

    public List<Office> offices(UUID organizationId) {
        return jdbc.sql("select " + OFFICE_COLUMNS
                        + " from office where organization_id = ? order by name collate \"C\"")
                .param(organizationId)
                .query(Organizations::office)
                .list();
    }

    public Optional<Office> findOffice(UUID organizationId, UUID officeId) {
        return jdbc.sql("select " + OFFICE_COLUMNS + " from office where organization_id = ? and id = ?")
                .params(organizationId, officeId)
                .query(Organizations::office)
                .optional();
    }

    public Office office(UUID organizationId, UUID officeId) {
        return findOffice(organizationId, officeId)
                .orElseThrow(() -> new NotFoundException("La dependencia no existe"));
    }

    public Optional<Office> findOfficeByName(UUID organizationId, String name) {
        return jdbc.sql("select " + OFFICE_COLUMNS
                        + " from office where organization_id = ? and lower(name) = lower(?)")
                .params(organizationId, name.trim())
                .query(Organizations::office)
                .optional();
    }

    @Transactional
    public Office createOffice(UUID organizationId, OfficeCommand command) {
        try {
            UUID id = jdbc.sql("""
                            insert into office (organization_id, code, name, kind, active)
                            values (?, ?, ?, ?, ?) returning id""")
                    .params(
                            organizationId,
                            command.code(),
                            command.name(),
                            command.kind().name(),
                            command.active())
                    .query(UUID.class)
                    .single();
            return office(organizationId, id);
        } catch (DuplicateKeyException e) {
            throw duplicate(command);
        }
    }

    /** Changes an office if nobody changed it since {@code expectedVersion} was read. */
    @Transactional
    public Office updateOffice(UUID organizationId, UUID officeId, int expectedVersion, OfficeCommand command) {
        office(organizationId, officeId);
        try {
            int changed = jdbc.sql("""
                            update office set code = ?, name = ?, kind = ?, active = ?, version = version + 1
                            where organization_id = ? and id = ? and version = ?""")
                    .params(
                            command.code(),
                            command.name(),
                            command.kind().name(),
                            command.active(),
                            organizationId,
                            officeId,
                            expectedVersion)
                    .update();
            if (changed == 0) {
                throw new StaleVersionException(
                        "Otra persona cambió esta dependencia mientras usted la editaba; se muestra la versión nueva");
            }
            return office(organizationId, officeId);
        } catch (DuplicateKeyException e) {
            throw duplicate(command);
        }
    }

    private static BusinessRuleException duplicate(OfficeCommand command) {
        return new BusinessRuleException(
                "Ya existe una dependencia con el código " + command.code() + " o el nombre " + command.name());
    }

    private static Organization organization(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Organization(
                rs.getObject("id", UUID.class),
                rs.getString("dane_code"),
                rs.getString("name"),
                OrganizationKind.valueOf(rs.getString("kind")),
                rs.getBigDecimal("red_below"),
                rs.getBigDecimal("green_from"),
                rs.getBigDecimal("over_above"),
                rs.getInt("version"));
    }

    private static Office office(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Office(
                rs.getObject("id", UUID.class),
                rs.getObject("organization_id", UUID.class),
                rs.getString("code"),
                rs.getString("name"),
                OfficeKind.valueOf(rs.getString("kind")),
                rs.getBoolean("active"),
                rs.getInt("version"));
    }
}
