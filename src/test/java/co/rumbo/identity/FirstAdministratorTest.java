package co.rumbo.identity;

import static org.assertj.core.api.Assertions.assertThat;

import co.rumbo.support.Browser;
import co.rumbo.support.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Outside demo mode a new deployment has no account at all; RUMBO_ADMIN_USER / RUMBO_ADMIN_PASSWORD
 * create the first administrator. This needs a database with no user, so it runs on a PostgreSQL
 * of its own (a second data folder) rather than the one the other tests fill.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "rumbo.embedded-db.data-dir=target/test-postgres-first-admin",
            "rumbo.demo.enabled=false",
            "rumbo.admin.user=primer-admin",
            "rumbo.admin.password=clave-del-primer-admin"
        })
class FirstAdministratorTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void createsThePlatformAdministratorAsTheOnlyUser() {
        var users = jdbc.sql("""
                        select username, array_to_string(roles, ',') as roles, organization_id is null as platform
                        from app_user""")
                .query((rs, n) ->
                        rs.getString("username") + "|" + rs.getString("roles") + "|" + rs.getBoolean("platform"))
                .list();

        assertThat(users).containsExactly("primer-admin|ADMIN|true");
    }

    @Test
    void keepsOnlyAHashOfThePassword() {
        String hash = jdbc.sql("select password_hash from app_user where username = 'primer-admin'")
                .query(String.class)
                .single();

        assertThat(hash).startsWith("{bcrypt}").doesNotContain("clave-del-primer-admin");
    }

    @Test
    void theFirstAdministratorSignsInWithThatPassword() {
        Page page = Browser.getWithBasic(port, "/api/v1/me", "primer-admin", "clave-del-primer-admin");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("\"username\":\"primer-admin\"", "\"roles\":[\"ADMIN\"]");
    }
}
