package co.rumbo.identity.internal;

import co.rumbo.identity.CurrentUser;
import co.rumbo.identity.Role;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads accounts for Spring Security and keeps the lock-out: after {@code rumbo.security.max-failures}
 * failed attempts in a row the account is locked for {@code rumbo.security.lock-minutes} minutes.
 * Every attempt is written to login_event and to the log.
 */
@Service
public class UserAccounts implements UserDetailsService {

    private static final Logger log = LoggerFactory.getLogger("co.rumbo.identity.LOGIN");

    private final JdbcClient jdbc;
    private final int maxFailures;
    private final Duration lockDuration;

    UserAccounts(
            JdbcClient jdbc,
            @Value("${rumbo.security.max-failures:10}") int maxFailures,
            @Value("${rumbo.security.lock-minutes:15}") int lockMinutes) {
        this.jdbc = jdbc;
        this.maxFailures = maxFailures;
        this.lockDuration = Duration.ofMinutes(lockMinutes);
    }

    /**
     * One statement, outside any transaction: it runs on every API call (HTTP Basic is stateless), and a
     * read-only transaction around it cost three more round trips to PostgreSQL (begin, the actor, commit).
     */
    @Override
    public UserDetails loadUserByUsername(String username) {
        return jdbc.sql("""
                        select u.id, u.username, u.full_name, u.organization_id, u.roles, u.password_hash,
                               u.enabled, ls.locked_until, coalesce(ls.failed_attempts, 0) > 0 as recent_failures,
                               coalesce(array_agg(uo.office_id) filter (where uo.office_id is not null), '{}') as offices
                        from app_user u left join user_office uo on uo.user_id = u.id
                        left join login_state ls on ls.user_id = u.id
                        where lower(u.username) = lower(?) group by u.id, ls.user_id""")
                .param(username)
                .query((rs, n) -> {
                    Timestamp locked = rs.getTimestamp("locked_until");
                    boolean nonLocked = locked == null || locked.toInstant().isBefore(Instant.now());
                    Set<Role> roles = Arrays.stream(
                                    (String[]) rs.getArray("roles").getArray())
                            .map(Role::valueOf)
                            .collect(Collectors.toSet());
                    Set<UUID> offices = Set.of((UUID[]) rs.getArray("offices").getArray());
                    CurrentUser user = new CurrentUser(
                            rs.getObject("id", UUID.class),
                            rs.getString("username"),
                            rs.getString("full_name"),
                            rs.getObject("organization_id", UUID.class),
                            roles,
                            offices);
                    return new RumboPrincipal(
                            user,
                            rs.getString("password_hash"),
                            rs.getBoolean("enabled"),
                            nonLocked,
                            rs.getBoolean("recent_failures"));
                })
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("usuario desconocido"));
    }

    /** Counts a failure; the tenth in a row locks the account. Runs in its own transaction. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFailure(String username, String reason, String remoteAddress) {
        // A failure while locked does not extend the lock: the 15 minutes count from the tenth failure.
        List<Integer> attempts = jdbc.sql("""
                        insert into login_state as s (user_id, failed_attempts, locked_until)
                        select id, 1, case when 1 >= :max then cast(:until as timestamptz) end
                        from app_user where lower(username) = lower(:name)
                        on conflict (user_id) do update set
                            failed_attempts = case when s.locked_until is not null and s.locked_until < now()
                                                   then 1 else s.failed_attempts + 1 end,
                            locked_until = case
                                when s.locked_until is not null and s.locked_until >= now() then s.locked_until
                                when (case when s.locked_until is not null and s.locked_until < now()
                                           then 1 else s.failed_attempts + 1 end) >= :max then cast(:until as timestamptz)
                                else null end
                        returning failed_attempts""")
                .param("max", maxFailures)
                .param("until", Timestamp.from(Instant.now().plus(lockDuration)))
                .param("name", username)
                .query(Integer.class)
                .list();
        if (!attempts.isEmpty() && attempts.get(0) >= maxFailures) {
            log.warn("Cuenta {} bloqueada por {} intentos fallidos", username, attempts.get(0));
        }
        insertEvent(username, false, reason, remoteAddress);
        log.info("Inicio de sesión fallido de {} desde {}: {}", username, remoteAddress, reason);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSuccess(String username, String remoteAddress) {
        jdbc.sql("""
                        insert into login_state (user_id, failed_attempts, locked_until, last_login_at)
                        select id, 0, null, now() from app_user where lower(username) = lower(?)
                        on conflict (user_id) do update set failed_attempts = 0, locked_until = null, last_login_at = now()""").param(username).update();
        insertEvent(username, true, null, remoteAddress);
        log.info("Inicio de sesión de {} desde {}", username, remoteAddress);
    }

    /**
     * An API call authenticated with HTTP Basic: not a new login worth a row each time, but it
     * still ends a run of failures.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordApiSuccess(String username) {
        jdbc.sql("""
                        update login_state set failed_attempts = 0
                        where failed_attempts > 0 and user_id = (select id from app_user where lower(username) = lower(?))""").param(username).update();
    }

    private void insertEvent(String username, boolean success, String reason, String remoteAddress) {
        jdbc.sql("""
                        insert into login_event (username, success, reason, remote_address, organization_id)
                        values (left(?, 200), ?, ?, ?, (select organization_id from app_user where lower(username) = lower(?)))""").params(username, success, reason, remoteAddress, username).update();
    }
}
