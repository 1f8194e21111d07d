package co.rumbo.planning;

import static co.rumbo.planning.PlanningFixture.YEAR;
import static org.assertj.core.api.Assertions.assertThat;

import co.rumbo.notification.TestMail;
import co.rumbo.platform.web.Formats;
import co.rumbo.structure.GoalEditor;
import co.rumbo.support.RumboIntegrationTest;
import co.rumbo.support.TestData;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Opening the formulation tells each office's leader by e-mail, through the shared outbox of module
 * notification, to a real SMTP server.
 */
@RumboIntegrationTest
class FormulationMailTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    GoalEditor goals;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    PlanningFixture f;

    @BeforeEach
    void organizationWithTwoOffices() {
        f = new PlanningFixture(port, data, goals);
    }

    private List<String> pending() {
        return jdbc.sql("select recipient from mail_outbox where organization_id = ? and sent_at is null"
                        + " order by recipient")
                .param(f.org.id())
                .query(String.class)
                .list();
    }

    @Test
    void eachOfficesLeaderIsToldTheFormulationIsOpen() throws Exception {
        f.openFormulation();

        assertThat(pending())
                .containsExactlyInAnyOrder(
                        f.leaderA.username + "@prueba.gov.co", f.leaderB.username + "@prueba.gov.co");

        TestMail.deliver(context, smtp);

        assertThat(pending()).isEmpty();
        List<MimeMessage> received = TestMail.receivedBy(smtp, f.leaderA.username + "@prueba.gov.co");
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getSubject()).isEqualTo("Plan de acción " + YEAR + ": se abrió la formulación");
        assertThat((String) received.get(0).getContent()).contains(f.officeA.name());
    }

    @Test
    void openingAgainWithTheSameDeadlineSendsNothingNew() {
        String body = "{\"deadline\":\"" + LocalDate.now(Formats.BOGOTA).plusDays(20) + "\"}";
        f.planner.post("/api/v1/fiscal-years/" + YEAR + "/formulation", body);
        f.planner.post("/api/v1/fiscal-years/" + YEAR + "/formulation", body);

        assertThat(pending()).hasSize(2);

        f.planner.post(
                "/api/v1/fiscal-years/" + YEAR + "/formulation",
                "{\"deadline\":\"" + LocalDate.now(Formats.BOGOTA).plusDays(30) + "\"}");
        assertThat(pending()).hasSize(4);
    }
}
