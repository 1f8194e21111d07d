package co.rumbo.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import co.rumbo.notification.TestMail;
import co.rumbo.structure.GoalEditor;
import co.rumbo.support.RumboIntegrationTest;
import co.rumbo.support.TestData;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Overdue commitments are reminded by e-mail to the person responsible and the office's leaders: once
 * when they become overdue and then once a week, on business days, never twice for the same week however
 * often the job runs. Days are fixed (March 2025), not today.
 */
@RumboIntegrationTest
class CommitmentRemindersTest {

    /** Friday 14 March 2025; Saturday 15 and Sunday 16 are not business days; Monday 24 is San José. */
    static final LocalDate DUE = LocalDate.of(2025, 3, 14);

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    GoalEditor goals;

    @Autowired
    CommitmentReminders reminders;

    @Autowired
    ApplicationContext context;

    MeetingsFixture f;
    String responsible;
    UUID commitment;

    @BeforeEach
    void anOverdueCommitmentOfOfficeA() {
        f = new MeetingsFixture(port, data, goals);
        responsible = TestData.unique("responsable") + "@prueba.gov.co";
        UUID meeting = f.meeting(f.officeA, LocalDate.of(2025, 3, 3).atTime(10, 0));
        commitment = f.commitment(meeting, DUE, responsible);
        TestMail.deliver(context, smtp);
    }

    private List<MimeMessage> receivedBy(String who) {
        TestMail.deliver(context, smtp);
        return TestMail.receivedBy(smtp, who);
    }

    @Test
    void theResponsibleAndTheOfficesLeaderAreRemindedOnTheFirstBusinessDayAfterTheDueDate() throws Exception {
        reminders.remind(DUE);
        reminders.remind(LocalDate.of(2025, 3, 15)); // Saturday
        reminders.remind(LocalDate.of(2025, 3, 16)); // Sunday
        assertThat(receivedBy(responsible))
                .as("nothing on the due date nor on the weekend")
                .isEmpty();

        reminders.remind(LocalDate.of(2025, 3, 17)); // Monday

        List<MimeMessage> toResponsible = receivedBy(responsible);
        assertThat(toResponsible).hasSize(1);
        assertThat(toResponsible.get(0).getSubject())
                .isEqualTo("Compromiso vencido: Entregar el plan de choque de la meta");
        assertThat(TestMail.text(toResponsible.get(0)))
                .contains("14/03/2025")
                .contains("03/03/2025")
                .contains(f.officeA.name())
                .contains("hace 3 días");
        assertThat(receivedBy(f.leaderAUser.email())).hasSize(1);
        assertThat(receivedBy(f.liaisonAUser.email()))
                .as("only leaders and the responsible")
                .isEmpty();
        assertThat(receivedBy(f.leaderBUser.email()))
                .as("not another office's leader")
                .isEmpty();
    }

    @Test
    void runningAgainTheSameWeekSendsNothingNewAndTheNextWeekRemindsAgain() {
        reminders.remind(LocalDate.of(2025, 3, 17));
        reminders.remind(LocalDate.of(2025, 3, 17)); // the job ran twice (two instances, a restart)
        reminders.remind(LocalDate.of(2025, 3, 18));
        reminders.remind(LocalDate.of(2025, 3, 21));
        assertThat(receivedBy(responsible)).hasSize(1);

        reminders.remind(LocalDate.of(2025, 3, 24)); // a week later, but San José: a holiday
        assertThat(receivedBy(responsible)).hasSize(1);

        reminders.remind(LocalDate.of(2025, 3, 25));
        reminders.remind(LocalDate.of(2025, 3, 26));
        assertThat(receivedBy(responsible)).as("the weekly reminder").hasSize(2);
        assertThat(receivedBy(f.leaderAUser.email())).hasSize(2);
    }

    @Test
    void aCommitmentDoneIsNotReminded() {
        MeetingsFixture.require(
                f.leaderA.post("/api/v1/commitments/" + commitment + "/done", "{\"note\":\"Entregado\"}"), 200);

        reminders.remind(LocalDate.of(2025, 3, 17));

        assertThat(receivedBy(responsible)).isEmpty();
    }

    @Test
    void anOrganizationsOwnNonWorkingDayIsSkipped() {
        co.rumbo.support.Acting.as(
                "prueba", f.org.id(), () -> context.getBean(co.rumbo.organization.OrganizationCalendars.class)
                        .add(f.org.id(), LocalDate.of(2025, 3, 17), "Jornada de la entidad"));

        reminders.remind(LocalDate.of(2025, 3, 17));
        assertThat(receivedBy(responsible)).isEmpty();

        reminders.remind(LocalDate.of(2025, 3, 18));
        assertThat(receivedBy(responsible)).hasSize(1);
    }
}
