package co.rumbo.dashboard;

import static co.rumbo.tracking.CaptureFixture.require;
import static org.assertj.core.api.Assertions.assertThat;

import co.rumbo.notification.TestMail;
import co.rumbo.structure.GoalEditor;
import co.rumbo.support.ApiClient.Answer;
import co.rumbo.support.RumboIntegrationTest;
import co.rumbo.support.TestData;
import co.rumbo.tracking.BudgetExecutions;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The quarterly report is validated by the mayor's office only, then sent once to every office: its
 * leaders and liaisons get their own office's lagging goals and the link (GreenMail).
 */
@RumboIntegrationTest
class ReportSendingTest {

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
    BudgetExecutions budgets;

    @Autowired
    Dashboards dashboards;

    @Autowired
    ApplicationContext context;

    ReportFixture f;
    String quarterly;

    @BeforeEach
    void quarterGenerated() {
        TestMail.deliver(context, smtp); // what other tests left due goes now
        f = new ReportFixture(port, data, goals, jdbc, budgets);
        quarterly = f.generate("TRIMESTRAL", "2026-Q1");
    }

    private String path(String action) {
        return "/api/v1/reports/" + quarterly + "/" + action;
    }

    @Test
    void onlyTheMayorsOfficeValidatesAndOnlyOnce() {
        Answer byPlanner = f.planner.post(path("validate"), "{}");
        Answer byControl = f.control.post(path("validate"), "{}");
        Answer byLeader = f.leaderA.post(path("validate"), "{}");

        Answer byDespacho = f.despacho.post(path("validate"), "{}");
        Answer again = f.despacho.post(path("validate"), "{}");

        assertThat(byPlanner.status()).as("%s", byPlanner).isEqualTo(403);
        assertThat(byControl.status()).as("%s", byControl).isEqualTo(403);
        assertThat(byLeader.status())
                .as("an office does not see an unvalidated report: %s", byLeader)
                .isEqualTo(404);
        assertThat(byDespacho.status()).as("%s", byDespacho).isEqualTo(200);
        assertThat(byDespacho.<String>json("$.validatedBy")).isEqualTo(f.despachoUser.username());
        assertThat(byDespacho.<String>json("$.validatedAt")).isNotNull();
        assertThat(again.status()).as("%s", again).isEqualTo(409);
        assertThat(again.<String>json("$.detail")).contains("ya fue validada");
    }

    @Test
    void aMonthlyReportIsNeitherValidatedNorSent() {
        String monthly = f.generate("MENSUAL", "2026-03");

        Answer validate = f.despacho.post("/api/v1/reports/" + monthly + "/validate", "{}");
        Answer send = f.planner.post("/api/v1/reports/" + monthly + "/send", "{}");

        assertThat(validate.status()).as("%s", validate).isEqualTo(409);
        assertThat(send.status()).as("%s", send).isEqualTo(409);
    }

    @Test
    void aNewVersionNeedsItsOwnValidationAndTheOldOneCanNoLongerBeValidatedOrSent() {
        require(f.despacho.post(path("validate"), "{}"), 200);

        String second = f.generate("TRIMESTRAL", "2026-Q1");

        Answer secondReport = f.planner.get("/api/v1/reports/" + second);
        assertThat(secondReport.<Integer>json("$.number")).isEqualTo(2);
        assertThat(secondReport.<Object>json("$.validatedAt")).isNull();
        Answer sendOld = f.planner.post(path("send"), "{}");
        assertThat(sendOld.status()).as("%s", sendOld).isEqualTo(409);
        assertThat(sendOld.<String>json("$.detail")).contains("versión más reciente");
        Answer sendNew = f.planner.post("/api/v1/reports/" + second + "/send", "{}");
        assertThat(sendNew.status()).as("%s", sendNew).isEqualTo(409);
        assertThat(sendNew.<String>json("$.detail")).contains("validar");
        assertThat(f.planner.get("/api/v1/reports/" + quarterly).<String>json("$.validatedBy"))
                .as("the validated version stays validated")
                .isEqualTo(f.despachoUser.username());
    }

    @Test
    void aValidatedReportIsSentOnceToTheLeadersAndLiaisonsOfEveryOfficeWithTheirOwnLaggingGoals() {
        Answer notYet = f.planner.post(path("send"), "{}");
        assertThat(notYet.status()).as("%s", notYet).isEqualTo(409);
        require(f.despacho.post(path("validate"), "{}"), 200);

        Answer sent = f.planner.post(path("send"), "{}");

        assertThat(sent.status()).as("%s", sent).isEqualTo(200);
        assertThat(sent.<String>json("$.sentBy")).isEqualTo(f.c.planner.username);
        assertThat(TestMail.deliver(context, smtp)).isEqualTo(4);
        String leaderA = f.c.leaderAUser.email();
        String liaisonA = f.c.liaisonAUser.email();
        List<MimeMessage> toLeaderA = TestMail.receivedBy(smtp, leaderA);
        assertThat(toLeaderA).hasSize(1);
        assertThat(TestMail.receivedBy(smtp, liaisonA)).hasSize(1);
        String bodyA = TestMail.text(toLeaderA.get(0));
        Dashboard d = dashboards.dashboard(f.org, f.planId, YearMonth.of(2026, 3));
        OfficeLagging laggingA = d.lagging().stream()
                .filter(o -> f.c.officeA.id().equals(o.officeId()))
                .findFirst()
                .orElseThrow();
        assertThat(laggingA.goals()).isNotEmpty();
        for (GoalFigures g : laggingA.goals()) {
            assertThat(bodyA).contains(g.sisptCode());
        }
        assertThat(bodyA)
                .contains(f.c.officeA.name())
                .contains("Metas rezagadas (no iniciadas o atrasadas): " + laggingA.count())
                .contains("después de la fecha límite: 2026-03")
                .contains("/informes/" + quarterly);
        String bodyB = TestMail.text(TestMail.receivedBy(smtp, f.leaderBEmail()).get(0));
        assertThat(bodyB)
                .contains(f.c.officeB.name())
                .contains("no reportadas: 2026-03")
                .doesNotContain(f.c.officeA.name());

        Answer again = f.planner.post(path("send"), "{}");
        assertThat(again.status()).as("%s", again).isEqualTo(409);
        assertThat(again.<String>json("$.detail")).contains("ya se envió");
        assertThat(TestMail.deliver(context, smtp)).isZero();

        Answer deliveries = f.planner.get(path("deliveries"));
        assertThat(deliveries.<List<String>>json("$[*].officeName"))
                .containsExactlyInAnyOrder(f.c.officeA.name(), f.c.officeB.name());
        assertThat(deliveries.<List<String>>json("$[?(@.officeName == '" + f.c.officeA.name() + "')].recipients[*]"))
                .containsExactlyInAnyOrder(
                        leaderA.toLowerCase(),
                        liaisonA.toLowerCase(),
                        f.secondLiaisonAEmail().toLowerCase());
    }

    @Test
    void theMayorsOfficeMaySendItAndNobodyElseOutsideThePlanningOffice() {
        require(f.despacho.post(path("validate"), "{}"), 200);

        Answer byControl = f.control.post(path("send"), "{}");
        Answer byLeader = f.leaderA.post(path("send"), "{}");
        Answer byDespacho = f.despacho.post(path("send"), "{}");

        assertThat(byControl.status()).as("%s", byControl).isEqualTo(403);
        assertThat(byLeader.status()).as("%s", byLeader).isEqualTo(403);
        assertThat(byDespacho.status()).as("%s", byDespacho).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from mail_outbox where organization_id = ?")
                        .param(f.org)
                        .query(Long.class)
                        .single())
                .isEqualTo(4);
    }
}
