package co.rumbo.identity.internal;

import co.rumbo.identity.Users;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Outside demo mode there are no default accounts: the first administrator comes from
 * RUMBO_ADMIN_USER / RUMBO_ADMIN_PASSWORD, and only while the database has no user at all.
 */
@Component
class FirstAdministrator {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final Users users;
    private final String username;
    private final String password;

    FirstAdministrator(
            Users users,
            @Value("${rumbo.admin.user:}") String username,
            @Value("${rumbo.admin.password:}") String password) {
        this.users = users;
        this.username = username;
        this.password = password;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void createIfNone() {
        if (users.countAll() > 0) {
            return;
        }
        if (!StringUtils.hasText(username) || !StringUtils.hasText(password)) {
            log.warn(
                    "No hay usuarios: defina RUMBO_ADMIN_USER y RUMBO_ADMIN_PASSWORD para crear el primer administrador");
            return;
        }
        users.createPlatformAdmin(username, password, null);
        log.info("Se creó el primer administrador {}", username);
    }
}
