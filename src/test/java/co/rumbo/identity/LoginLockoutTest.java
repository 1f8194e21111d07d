package co.rumbo.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import co.rumbo.support.Browser;
import co.rumbo.support.Page;
import co.rumbo.support.RumboIntegrationTest;
import co.rumbo.support.TestData;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Ten failed logins in a row lock an account for a while; every attempt is kept in login_event. */
@RumboIntegrationTest
class LoginLockoutTest {

    private static final String WRONG = "no-es-la-clave";

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    UUID org;
    UserView user;

    @BeforeEach
    void aUser() {
        org = data.organization().id();
        user = data.user(org, Role.PLANEACION);
    }

    @Test
    void theRightPasswordLogsIn() {
        assertThat(Browser.at(port).login(user.username(), TestData.PASSWORD).redirectsTo("/"))
                .isTrue();
    }

    @Test
    void aWrongPasswordIsRefused() {
        Page page = Browser.at(port).login(user.username(), WRONG);

        assertThat(page.redirectsTo("/login?error")).as(page.toString()).isTrue();
    }

    @Test
    void tenFailedLoginsLockTheAccountEvenForTheRightPassword() {
        Browser browser = Browser.at(port);
        fail(browser, 10);

        Page page = browser.login(user.username(), TestData.PASSWORD);

        assertThat(page.redirectsTo("/login?bloqueado")).as(page.toString()).isTrue();
    }

    @Test
    void nineFailedLoginsDoNotLockTheAccount() {
        Browser browser = Browser.at(port);
        fail(browser, 9);

        assertThat(browser.login(user.username(), TestData.PASSWORD).redirectsTo("/"))
                .isTrue();
    }

    @Test
    void aSuccessfulLoginStartsTheCountAgain() {
        fail(Browser.at(port), 9);
        Browser.loggedIn(port, user.username(), TestData.PASSWORD);
        Browser browser = Browser.at(port);
        fail(browser, 9);

        assertThat(browser.login(user.username(), TestData.PASSWORD).redirectsTo("/"))
                .isTrue();
    }

    @Test
    void theLoginPageTellsALockedUserWhyInSpanish() {
        assertThat(Browser.at(port).get("/login?bloqueado").body()).contains("La cuenta está bloqueada");
    }

    @Test
    void aLockedAccountIsRefusedOverHttpBasic() {
        fail(Browser.at(port), 10);

        Page page = Browser.getWithBasic(port, "/api/v1/me", user.username(), TestData.PASSWORD);

        assertThat(page.status()).isEqualTo(401);
    }

    @Test
    void failuresOverHttpBasicCountTowardsTheLock() {
        for (int i = 0; i < 10; i++) {
            assertThat(Browser.getWithBasic(port, "/api/v1/me", user.username(), WRONG)
                            .status())
                    .isEqualTo(401);
        }

        assertThat(Browser.at(port).login(user.username(), TestData.PASSWORD).redirectsTo("/login?bloqueado"))
                .isTrue();
    }

    @Test
    void theRightPasswordWorksAgainOnceTheLockExpires() {
        Browser browser = Browser.at(port);
        fail(browser, 10);
        assertThat(browser.login(user.username(), TestData.PASSWORD).redirectsTo("/login?bloqueado"))
                .isTrue();

        jdbc.sql("update login_state set locked_until = now() - interval '1 second' where user_id = ?")
                .param(user.id())
                .update();

        assertThat(browser.login(user.username(), TestData.PASSWORD).redirectsTo("/"))
                .isTrue();
        assertThat(Browser.getWithBasic(port, "/api/v1/me", user.username(), TestData.PASSWORD)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aFailureAfterTheLockExpiredStartsANewCount() {
        fail(Browser.at(port), 10);
        jdbc.sql("update login_state set locked_until = now() - interval '1 second' where user_id = ?")
                .param(user.id())
                .update();
        Browser browser = Browser.at(port);

        fail(browser, 1);

        assertThat(browser.login(user.username(), TestData.PASSWORD).redirectsTo("/"))
                .isTrue();
    }

    @Test
    void everyLoginAndFailureIsWrittenToLoginEvent() {
        Browser.loggedIn(port, user.username(), TestData.PASSWORD);
        fail(Browser.at(port), 2);

        assertThat(events())
                .extracting(LoginEvent::success, LoginEvent::reason, LoginEvent::organizationId)
                .containsExactly(
                        tuple(true, null, org),
                        tuple(false, "BadCredentialsException", org),
                        tuple(false, "BadCredentialsException", org));
        assertThat(events()).allSatisfy(e -> assertThat(e.remoteAddress()).isNotBlank());
    }

    @Test
    void theRefusalOfALockedAccountIsWrittenToLoginEvent() {
        Browser browser = Browser.at(port);
        fail(browser, 10);

        browser.login(user.username(), TestData.PASSWORD);

        List<LoginEvent> events = events();
        assertThat(events).hasSize(11).noneMatch(LoginEvent::success);
        assertThat(events.get(10).reason()).isEqualTo("LockedException");
    }

    @Test
    void aFailureWithAnUnknownUserNameIsWrittenToo() {
        String nobody = TestData.unique("nadie");

        Browser.at(port).login(nobody, WRONG);

        assertThat(jdbc.sql("select count(*) from login_event where username = ? and not success")
                        .param(nobody)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    record LoginEvent(boolean success, String reason, String remoteAddress, UUID organizationId) {}

    private List<LoginEvent> events() {
        return jdbc.sql("""
                        select success, reason, remote_address, organization_id from login_event
                        where username = ? order by id""").param(user.username()).query(LoginEvent.class).list();
    }

    private void fail(Browser browser, int times) {
        for (int i = 0; i < times; i++) {
            Page page = browser.login(user.username(), WRONG);
            assertThat(page.redirectsTo("/login?error"))
                    .as("intento %d: %s", i + 1, page)
                    .isTrue();
        }
    }
}
