package co.rumbo.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import co.rumbo.TestTenants;
import co.rumbo.identity.Role;
import co.rumbo.identity.Users;
import co.rumbo.organization.Organization;
import co.rumbo.organization.Organizations;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.servlet.http.Cookie;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A page requested with a session cookie loads the session from the database inside a transaction
 * that asks who acts, which reads the session again: the actor provider must not recurse.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PageAfterLoginTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Organizations organizations;

    @Autowired
    Users users;

    @Autowired
    DataSource dataSource;

    @Test
    void aPageAfterLoginIsServedWithoutHoldingConnections() throws Exception {
        TestTenants tenants = new TestTenants(organizations, users);
        Organization org = tenants.organization("Sesiones");
        String user = tenants.user(org, Role.CONTROL);
        Cookie[] session = mvc.perform(formLogin("/login").user(user).password(TestTenants.PASSWORD))
                .andReturn()
                .getResponse()
                .getCookies();

        mvc.perform(get("/plan").cookie(session)).andExpect(status().isOk());

        assertThat(((HikariDataSource) dataSource).getHikariPoolMXBean().getActiveConnections())
                .isZero();
    }
}
