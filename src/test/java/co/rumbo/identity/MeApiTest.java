package co.rumbo.identity;

import static org.assertj.core.api.Assertions.assertThat;

import co.rumbo.organization.Office;
import co.rumbo.organization.Organization;
import co.rumbo.support.Browser;
import co.rumbo.support.Page;
import co.rumbo.support.RumboIntegrationTest;
import co.rumbo.support.TestData;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code GET /api/v1/me}: who the API caller is, authenticated with HTTP Basic. */
@RumboIntegrationTest
class MeApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    Organization org;
    Office office;
    UserView lider;

    @BeforeEach
    void aLiderOfAnOffice() {
        org = data.organization();
        office = data.office(org.id());
        data.office(org.id()); // another office of the organization, not the user's
        lider = data.user(org.id(), Set.of(Role.LIDER, Role.ENLACE), Set.of(office.id()));
    }

    @Test
    void givesTheUserNameRolesOrganizationAndOffices() {
        Page page = Browser.getWithBasic(port, "/api/v1/me", lider.username(), TestData.PASSWORD);

        assertThat(page.status()).isEqualTo(200);
        JsonNode me = JSON.readTree(page.body());
        assertThat(me.get("username").asString()).isEqualTo(lider.username());
        assertThat(me.get("roles").values()).extracting(JsonNode::asString).containsExactly("LIDER", "ENLACE");
        assertThat(me.get("organization").get("daneCode").asString()).isEqualTo(org.daneCode());
        assertThat(me.get("offices").values())
                .extracting(o -> o.get("id").asString())
                .containsExactly(office.id().toString());
    }

    @Test
    void withoutCredentialsAnswers401() {
        Page page = Browser.getApiAnonymously(port, "/api/v1/me");

        assertThat(page.status()).isEqualTo(401);
    }

    @Test
    void withAWrongPasswordAnswers401() {
        Page page = Browser.getWithBasic(port, "/api/v1/me", lider.username(), "no-es-la-clave");

        assertThat(page.status()).isEqualTo(401);
    }

    @Test
    void theApiNeverRedirectsToTheLoginPage() {
        Page page = Browser.getApiAnonymously(port, "/api/v1/plans");

        assertThat(page.status()).isEqualTo(401);
        assertThat(page.location()).isEmpty();
    }
}
