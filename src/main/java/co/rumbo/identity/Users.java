package co.rumbo.identity;

import co.rumbo.organization.Organizations;
import co.rumbo.platform.BusinessRuleException;
import co.rumbo.platform.NotFoundException;
import co.rumbo.platform.PageResult;
import co.rumbo.platform.StaleVersionException;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The identity module's face for managing users of an organization. */
@Service
public class Users {

    static final int MIN_PASSWORD_LENGTH = 10;

    private static final String VIEW_SQL = """
            select u.id, u.organization_id, u.username, u.full_name, u.email, u.roles, u.enabled,
                   ls.locked_until, ls.last_login_at, u.version,
                   coalesce(array_agg(o.id order by o.name) filter (where o.id is not null), '{}') as office_ids,
                   coalesce(array_agg(o.name order by o.name) filter (where o.id is not null), '{}') as office_names
            from app_user u
            left join login_state ls on ls.user_id = u.id
            left join user_office uo on uo.user_id = u.id
            left join office o on o.id = uo.office_id
            """;

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final Organizations organizations;

    Users(JdbcClient jdbc, PasswordEncoder passwords, Organizations organizations) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.organizations = organizations;
    }

    /** Users of an organization whose user name, name or e-mail contains {@code q}. */
    public PageResult<UserView> search(UUID organizationId, String q, int page, int size) {
        String like = "%" + (q == null ? "" : q.trim().toLowerCase()) + "%";
        long total = jdbc.sql("""
                        select count(*) from app_user u where u.organization_id = :org
                        and (lower(u.username) like :q or lower(u.full_name) like :q or lower(coalesce(u.email,'')) like :q)""")
                .param("org", organizationId)
                .param("q", like)
                .query(Long.class)
                .single();
        List<UserView> items = jdbc.sql(VIEW_SQL + """
                        where u.organization_id = :org
                        and (lower(u.username) like :q or lower(u.full_name) like :q or lower(coalesce(u.email,'')) like :q)
                        group by u.id, ls.user_id order by lower(u.username) limit :limit offset :offset""")
                .param("org", organizationId)
                .param("q", like)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(Users::view)
                .list();
        return new PageResult<>(items, page, size, total);
    }

    public UserView get(UUID organizationId, UUID userId) {
        return jdbc.sql(VIEW_SQL + " where u.organization_id = ? and u.id = ? group by u.id, ls.user_id")
                .params(organizationId, userId)
                .query(Users::view)
                .optional()
                .orElseThrow(() -> new NotFoundException("El usuario no existe"));
    }

    public long countAll() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    public boolean exists(String username) {
        return jdbc.sql("select count(*) from app_user where lower(username) = lower(?)")
                        .param(username)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** E-mail addresses of the enabled users with {@code role} in an office (for notices). */
    public List<String> emailsOf(UUID organizationId, UUID officeId, Role role) {
        return jdbc.sql("""
                        select u.email from app_user u join user_office uo on uo.user_id = u.id
                        where u.organization_id = ? and uo.office_id = ? and ? = any(u.roles)
                          and u.enabled and u.email is not null order by u.email""")
                .params(organizationId, officeId, role.name())
                .query(String.class)
                .list();
    }

    @Transactional
    public UserView create(UUID organizationId, UserCommand command, CurrentUser actor) {
        checkRules(organizationId, command, actor, true);
        try {
            UUID id = jdbc.sql("""
                            insert into app_user (organization_id, username, full_name, email, password_hash, roles, enabled)
                            values (?, ?, ?, ?, ?, ?, ?) returning id""")
                    .params(
                            organizationId,
                            command.username(),
                            command.fullName(),
                            command.email(),
                            passwords.encode(command.password()),
                            roleArray(command.roles()),
                            command.enabled())
                    .query(UUID.class)
                    .single();
            replaceOffices(organizationId, id, command.officeIds());
            return get(organizationId, id);
        } catch (DuplicateKeyException e) {
            throw new BusinessRuleException("Ya existe el usuario " + command.username());
        }
    }

    @Transactional
    public UserView update(
            UUID organizationId, UUID userId, int expectedVersion, UserCommand command, CurrentUser actor) {
        UserView before = get(organizationId, userId);
        if (before.roles().contains(Role.ADMIN) && !actor.has(Role.ADMIN)) {
            throw new BusinessRuleException(
                    "Solo un administrador de la plataforma puede cambiar a otro administrador");
        }
        checkRules(organizationId, command, actor, false);
        boolean newPassword = command.password() != null && !command.password().isBlank();
        try {
            int changed = jdbc.sql("""
                            update app_user set username = ?, full_name = ?, email = ?, roles = ?, enabled = ?,
                                   password_hash = case when ? then ? else password_hash end,
                                   version = version + 1
                            where organization_id = ? and id = ? and version = ?""")
                    .params(
                            command.username(),
                            command.fullName(),
                            command.email(),
                            roleArray(command.roles()),
                            command.enabled(),
                            newPassword,
                            newPassword ? passwords.encode(command.password()) : "",
                            organizationId,
                            userId,
                            expectedVersion)
                    .update();
            if (changed == 0) {
                throw new StaleVersionException(
                        "Otra persona cambió este usuario mientras usted lo editaba; se muestra la versión nueva");
            }
        } catch (DuplicateKeyException e) {
            throw new BusinessRuleException("Ya existe el usuario " + command.username());
        }
        replaceOffices(organizationId, userId, command.officeIds());
        if (newPassword) {
            unlock(organizationId, userId); // a new password from an administrator also lifts a lock-out
        }
        return get(organizationId, userId);
    }

    /** Lifts a lock-out before it expires (an administrator's decision). */
    @Transactional
    public void unlock(UUID organizationId, UUID userId) {
        get(organizationId, userId);
        jdbc.sql("update login_state set failed_attempts = 0, locked_until = null where user_id = ?")
                .param(userId)
                .update();
    }

    /** The first administrator of a new deployment, from RUMBO_ADMIN_USER / RUMBO_ADMIN_PASSWORD. */
    @Transactional
    public void createPlatformAdmin(String username, String password, UUID organizationId) {
        checkPassword(password);
        jdbc.sql("""
                        insert into app_user (organization_id, username, full_name, password_hash, roles)
                        values (?, ?, 'Administrador', ?, ?)""")
                .params(organizationId, username, passwords.encode(password), roleArray(Set.of(Role.ADMIN)))
                .update();
    }

    private void checkRules(UUID organizationId, UserCommand command, CurrentUser actor, boolean creating) {
        if (command.roles().contains(Role.ADMIN) && !actor.has(Role.ADMIN)) {
            throw new BusinessRuleException("Solo un administrador de la plataforma puede otorgar el rol ADMIN");
        }
        boolean officeRole = command.roles().stream().anyMatch(Role::officeScoped);
        if (officeRole && command.officeIds().isEmpty()) {
            throw new BusinessRuleException("Los roles LIDER y ENLACE necesitan al menos una dependencia");
        }
        for (UUID office : command.officeIds()) {
            organizations.office(organizationId, office); // 404 for an office of another organization
        }
        if (creating || (command.password() != null && !command.password().isBlank())) {
            checkPassword(command.password());
        }
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new BusinessRuleException("La contraseña debe tener al menos " + MIN_PASSWORD_LENGTH + " caracteres");
        }
    }

    private void replaceOffices(UUID organizationId, UUID userId, Set<UUID> officeIds) {
        jdbc.sql("delete from user_office where user_id = ? and organization_id = ? and not (office_id = any(?))")
                .params(userId, organizationId, officeIds.toArray(UUID[]::new))
                .update();
        for (UUID office : officeIds) {
            jdbc.sql("""
                            insert into user_office (user_id, office_id, organization_id) values (?, ?, ?)
                            on conflict do nothing""").params(userId, office, organizationId).update();
        }
    }

    static String[] roleArray(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().toArray(String[]::new);
    }

    static Set<Role> roles(Array array) throws SQLException {
        return Arrays.stream((String[]) array.getArray())
                .map(Role::valueOf)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static UserView view(ResultSet rs, int n) throws SQLException {
        Timestamp locked = rs.getTimestamp("locked_until");
        Timestamp last = rs.getTimestamp("last_login_at");
        return new UserView(
                rs.getObject("id", UUID.class),
                rs.getObject("organization_id", UUID.class),
                rs.getString("username"),
                rs.getString("full_name"),
                rs.getString("email"),
                roles(rs.getArray("roles")),
                List.of((UUID[]) rs.getArray("office_ids").getArray()),
                List.of((String[]) rs.getArray("office_names").getArray()),
                rs.getBoolean("enabled"),
                locked == null ? null : locked.toInstant(),
                last == null ? null : last.toInstant(),
                rs.getInt("version"));
    }
}
