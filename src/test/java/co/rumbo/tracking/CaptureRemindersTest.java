package co.rumbo.tracking;

import static co.rumbo.tracking.CaptureFixture.require;
import static org.assertj.core.api.Assertions.assertThat;

import co.rumbo.identity.Role;
import co.rumbo.identity.UserView;
import co.rumbo.notification.TestMail;
import co.rumbo.organization.Organization;
import co.rumbo.organization.OrganizationCalendars;
import co.rumbo.structure.GoalEditor;
import co.rumbo.support.Acting;
import co.rumbo.support.ApiClient;
import co.rumbo.support.RumboIntegrationTest;
import co.rumbo.support.TestData;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The deadline e-mails of the capture, with fixed days of June 2026: period 2026-05 is due on Wednesday
 * 10 June (31 May + 10 days); Monday 8 June (Corpus Christi) and Monday 15 June (Sagrado Corazón) are
 * holidays. The reminder goes 3 business days before the deadline — Thursday 4 June, because of the
 * holiday — and the notice on the first business day after it, to the leaders and liaisons of the offices
 * that still owe their sheet, once.
 */
@RumboIntegrationTest
class CaptureRemindersTest {

    static final LocalDate DEADLINE = LocalDate.of(2026, 6, 10);

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
    CaptureReminders reminders;

    @Autowired
    ApplicationContext context;

    CaptureFixture f;
    String leaderB;
    String secondLiaisonA;

    @BeforeEach
    void twoOfficesWithApprovedPlans() {
        TestMail.deliver(context, smtp);
        f = new CaptureFixture(port, data, goals, jdbc);
        leaderB = f.leaderB.username + "@prueba.gov.co";
        secondLiaisonA = f.secondLiaisonA.username + "@prueba.gov.co";
    }

    /** Opens May 2026: both offices owe their sheet. */
    private void openMay(LocalDate deadline) {
        require(f.planner.post("/api/v1/periods", "{\"period\":\"2026-05\"}"), 201);
        assertThat(f.planner.get("/api/v1/periods/2026-05").<String>json("$.period.deadline"))
                .isEqualTo(deadline.toString());
    }

    @AfterEach
    void sendWhatIsLeft() {
        TestMail.deliver(context, smtp);
    }

    private List<MimeMessage> mailTo(String email) {
        TestMail.deliver(context, smtp);
        return TestMail.receivedBy(smtp, email);
    }

    @Test
    void theReminderGoesNBusinessDaysBeforeTheDeadlineCountingHolidaysToEveryLeaderAndLiaisonOnce() throws Exception {
        openMay(DEADLINE);
        reminders.remind(LocalDate.of(2026, 6, 3));
        assertThat(mailTo(f.leaderAUser.email())).as("not yet on the 3rd").isEmpty();

        reminders.remind(LocalDate.of(2026, 6, 4)); // 9 June, (8 is a holiday), 5 June, 4 June

        List<MimeMessage> toLeader = mailTo(f.leaderAUser.email());
        assertThat(toLeader).hasSize(1);
        assertThat(toLeader.get(0).getSubject())
                .isEqualTo("Recordatorio: la hoja de captura de mayo de 2026 vence el 10/06/2026");
        assertThat(TestMail.text(toLeader.get(0)))
                .contains(f.officeA.name())
                .contains("miércoles 10/06/2026")
                .contains("0 de 2 metas");
        assertThat(mailTo(f.liaisonAUser.email())).hasSize(1);
        assertThat(mailTo(secondLiaisonA)).hasSize(1);
        assertThat(mailTo(leaderB)).hasSize(1);
        assertThat(TestMail.text(mailTo(leaderB).get(0)))
                .as("each office hears of its own sheet")
                .contains(f.officeB.name())
                .doesNotContain(f.officeA.name());
        assertThat(mailTo(f.plannerUser.email())).as("only the offices' people").isEmpty();

        reminders.remind(LocalDate.of(2026, 6, 4)); // the job ran twice
        reminders.remind(LocalDate.of(2026, 6, 5));
        reminders.remind(LocalDate.of(2026, 6, 9));
        reminders.remind(DEADLINE);
        assertThat(mailTo(f.leaderAUser.email())).as("once").hasSize(1);
        assertThat(mailTo(f.liaisonAUser.email())).hasSize(1);
    }

    @Test
    void anOrganizationsOwnNonWorkingDayMovesTheReminderEarlier() {
        openMay(DEADLINE);
        Acting.as("prueba", f.org.id(), () -> context.getBean(OrganizationCalendars.class)
                .add(f.org.id(), LocalDate.of(2026, 6, 4), "Jornada de la entidad"));

        reminders.remind(LocalDate.of(2026, 6, 2));
        assertThat(mailTo(f.leaderAUser.email())).isEmpty();

        reminders.remind(LocalDate.of(2026, 6, 3)); // 9, 5 and 3 June are the three business days before
        assertThat(mailTo(f.leaderAUser.email())).hasSize(1);
    }

    @Test
    void anOfficeThatSubmittedIsNotReminded() {
        openMay(DEADLINE);
        require(f.leaderA.post(f.sheetA("2026-05") + "/submit", "{}"), 200);

        reminders.remind(LocalDate.of(2026, 6, 4));

        assertThat(mailTo(f.leaderAUser.email())).isEmpty();
        assertThat(mailTo(f.liaisonAUser.email())).isEmpty();
        assertThat(mailTo(leaderB)).hasSize(1);
    }

    @Test
    void theDayAfterTheDeadlineTheOfficesThatHaveNotSubmittedAreToldOnce() throws Exception {
        openMay(DEADLINE);
        require(f.leaderA.post(f.sheetA("2026-05") + "/submit", "{}"), 200);
        reminders.remind(LocalDate.of(2026, 6, 4));
        reminders.remind(DEADLINE);
        assertThat(mailTo(leaderB)).as("the reminder only").hasSize(1);

        reminders.remind(LocalDate.of(2026, 6, 11));

        List<MimeMessage> toB = mailTo(leaderB);
        assertThat(toB).hasSize(2);
        MimeMessage notice = toB.stream()
                .filter(m -> subject(m).startsWith("Hoja de captura vencida"))
                .findFirst()
                .orElseThrow();
        assertThat(subject(notice)).isEqualTo("Hoja de captura vencida: " + f.officeB.name() + ", mayo de 2026");
        assertThat(TestMail.text(notice))
                .contains("fue el miércoles 10/06/2026")
                .contains("no reportó");
        assertThat(mailTo(f.leaderAUser.email())).as("office A submitted").isEmpty();

        reminders.remind(LocalDate.of(2026, 6, 11));
        reminders.remind(LocalDate.of(2026, 6, 12));
        assertThat(mailTo(leaderB)).as("once").hasSize(2);
    }

    @Test
    void theNoticeOfADeadlineBeforeAHolidayWeekendGoesOnTheNextBusinessDay() {
        // 31 May + 12 days = Friday 12 June; Monday 15 June is a holiday: the notice goes on Tuesday 16
        require(f.planner.put("/api/v1/capture-settings", "{\"deadlineDays\":12,\"version\":0}"), 200);
        openMay(LocalDate.of(2026, 6, 12));

        reminders.remind(LocalDate.of(2026, 6, 13));
        reminders.remind(LocalDate.of(2026, 6, 14));
        reminders.remind(LocalDate.of(2026, 6, 15));
        assertThat(mailTo(leaderB).stream().map(CaptureRemindersTest::subject))
                .noneMatch(s -> s.startsWith("Hoja de captura vencida"));

        reminders.remind(LocalDate.of(2026, 6, 16));
        assertThat(mailTo(leaderB).stream().map(CaptureRemindersTest::subject))
                .contains("Hoja de captura vencida: " + f.officeB.name() + ", mayo de 2026");
    }

    @Test
    void onlyActiveUsersOfTheOfficeAreMailedNeverThoseOfOtherOrganizations() {
        openMay(DEADLINE);
        jdbc.sql("update app_user set enabled = false where username = ?")
                .param(f.secondLiaisonA.username)
                .update();
        Organization other = data.organization();
        UserView outsider = data.user(other.id(), Role.LIDER);
        UserView planner = data.user(f.org.id(), Set.of(Role.PLANEACION), Set.of());

        reminders.remind(LocalDate.of(2026, 6, 4));

        assertThat(mailTo(f.liaisonAUser.email())).hasSize(1);
        assertThat(mailTo(secondLiaisonA)).as("inactive").isEmpty();
        assertThat(mailTo(outsider.email())).as("another organization").isEmpty();
        assertThat(mailTo(planner.email())).isEmpty();
    }

    @Test
    void withZeroDaysTheReminderGoesOnTheDeadlineItself() {
        require(f.planner.put("/api/v1/capture-settings", "{\"reminderDays\":0,\"version\":0}"), 200);
        openMay(DEADLINE);

        reminders.remind(LocalDate.of(2026, 6, 9));
        assertThat(mailTo(f.leaderAUser.email())).isEmpty();

        reminders.remind(DEADLINE);
        assertThat(mailTo(f.leaderAUser.email())).hasSize(1);
    }

    @Test
    void theReminderDaysAreOnTheApi() {
        openMay(DEADLINE);
        ApiClient.Answer schedule = f.planner.get("/api/v1/capture-reminders");
        assertThat(schedule.<String>json("$[0].reminderOn")).isEqualTo("2026-06-04");
        assertThat(schedule.<String>json("$[0].noticeOn")).isEqualTo("2026-06-11");
        assertThat(schedule.<Integer>json("$[0].pending")).isEqualTo(2);
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
