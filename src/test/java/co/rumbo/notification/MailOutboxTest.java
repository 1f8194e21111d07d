package co.rumbo.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.rumbo.identity.Role;
import co.rumbo.support.Browser;
import co.rumbo.support.Form;
import co.rumbo.support.Page;
import co.rumbo.support.RumboIntegrationTest;
import co.rumbo.support.TestData;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The shared outbox: written with the business change, sent once, delayed but never lost when SMTP fails. */
@RumboIntegrationTest
class MailOutboxTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    Notifications notifications;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    UUID org;
    String recipient;

    @BeforeEach
    void organizationWithNothingDue() {
        org = data.organization().id();
        recipient = TestData.unique("persona") + "@prueba.gov.co";
        TestMail.deliver(context, smtp); // whatever other tests left due goes now, so only this test's mail is due
    }

    private OutboxMail only() {
        return notifications
                .list(TestData.administratorOf(org), null, 0, 10)
                .items()
                .get(0);
    }

    private long rows() {
        return jdbc.sql("select count(*) from mail_outbox where organization_id = ?")
                .param(org)
                .query(Long.class)
                .single();
    }

    @Test
    void aMailIsSentOnceAndMarkedSent() {
        notifications.enqueue(org, recipient, "Asunto de prueba", "Cuerpo con tildes: planeación");

        assertThat(TestMail.deliver(context, smtp)).isEqualTo(1);
        assertThat(TestMail.deliver(context, smtp)).isZero();

        assertThat(TestMail.receivedBy(smtp, recipient)).singleElement().satisfies(m -> {
            assertThat(m.getSubject()).isEqualTo("Asunto de prueba");
            assertThat(TestMail.text(m)).contains("planeación");
        });
        OutboxMail mail = only();
        assertThat(mail.state()).isEqualTo(MailState.ENVIADO);
        assertThat(mail.attempts()).isEqualTo(1);
        assertThat(mail.sentAt()).isNotNull();
    }

    @Test
    void aMailExistsOnlyIfTheCallersTransactionCommits() {
        tx.executeWithoutResult(status -> {
            notifications.enqueue(org, recipient, "Cambio deshecho", "No debe salir");
            status.setRollbackOnly();
        });
        assertThat(rows()).isZero();

        tx.executeWithoutResult(status -> notifications.enqueue(org, recipient, "Cambio guardado", "Sí sale"));
        assertThat(rows()).isEqualTo(1);
    }

    @Test
    void enqueueOnceWritesOneMailPerKeyAndOrganization() {
        assertThat(notifications.enqueueOnce(org, "recordatorio:1:2026-10-05", recipient, "Recordatorio", "Uno"))
                .isTrue();
        assertThat(notifications.enqueueOnce(org, "recordatorio:1:2026-10-05", recipient, "Recordatorio", "Dos"))
                .isFalse();
        TestMail.deliver(context, smtp);
        assertThat(notifications.enqueueOnce(org, "recordatorio:1:2026-10-05", recipient, "Recordatorio", "Tres"))
                .as("a sent mail still counts")
                .isFalse();
        UUID other = data.organization().id();
        assertThat(notifications.enqueueOnce(other, "recordatorio:1:2026-10-05", recipient, "Recordatorio", "Otra"))
                .isTrue();

        assertThat(rows()).isEqualTo(1);
        assertThat(TestMail.receivedBy(smtp, recipient)).hasSize(1);
    }

    @Test
    void aFailingSmtpServerDelaysTheMailAndItIsDeliveredLater() {
        notifications.enqueue(org, recipient, "Plazo", "Vence pronto");

        assertThat(TestMail.deliverToDeadServer(context)).isZero();
        OutboxMail failed = only();
        assertThat(failed.state()).isEqualTo(MailState.PENDIENTE);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).isNotBlank();
        assertThat(failed.nextAttemptAt()).isAfter(Instant.now());

        assertThat(TestMail.deliver(context, smtp))
                .as("not due before its delay")
                .isZero();
        assertThat(TestMail.receivedBy(smtp, recipient)).isEmpty();

        jdbc.sql("update mail_outbox set next_attempt_at = now() where organization_id = ?")
                .param(org)
                .update(); // the delay has passed
        assertThat(TestMail.deliver(context, smtp)).isEqualTo(1);

        assertThat(TestMail.receivedBy(smtp, recipient)).hasSize(1);
        assertThat(only().state()).isEqualTo(MailState.ENVIADO);
        assertThat(only().attempts()).isEqualTo(2);
    }

    @Test
    void theDelayGrowsAndAfterManyAttemptsTheMailIsMarkedFailedButKeptAndRetried() {
        notifications.enqueue(org, recipient, "Plazo", "Vence pronto");
        jdbc.sql("update mail_outbox set attempts = ? where organization_id = ?")
                .params(OutboxSender.FAILED_AFTER - 1, org)
                .update();

        TestMail.deliverToDeadServer(context);

        OutboxMail failed = only();
        assertThat(failed.state()).isEqualTo(MailState.FALLIDO);
        assertThat(failed.attempts()).isEqualTo(OutboxSender.FAILED_AFTER);
        assertThat(Duration.between(Instant.now(), failed.nextAttemptAt()))
                .isBetween(Duration.ofHours(5), Duration.ofHours(6));
        assertThat(notifications.counts(TestData.administratorOf(org)).get(MailState.FALLIDO))
                .isEqualTo(1);

        notifications.retryNow(TestData.administratorOf(org), failed.id());
        assertThat(TestMail.deliver(context, smtp)).isEqualTo(1);
        assertThat(only().state()).isEqualTo(MailState.ENVIADO);
    }

    @Test
    void theJobDoesNotRunWhileAnotherInstanceHoldsItsLock() {
        notifications.enqueue(org, recipient, "Una sola vez", "Aunque haya dos instancias");
        jdbc.sql("""
                        insert into shedlock (name, lock_until, locked_at, locked_by)
                        values (?, now() + interval '1 hour', now(), 'otra-instancia')
                        on conflict (name) do update set lock_until = excluded.lock_until,
                            locked_at = excluded.locked_at, locked_by = excluded.locked_by""").param(OutboxSender.LOCK).update();
        try {
            assertThat(TestMail.deliverAsTheJob(context, smtp)).isEqualTo(Optional.empty());
            assertThat(TestMail.receivedBy(smtp, recipient)).isEmpty();
        } finally {
            jdbc.sql("update shedlock set lock_until = now() where name = ?")
                    .param(OutboxSender.LOCK)
                    .update();
        }

        assertThat(TestMail.deliverAsTheJob(context, smtp))
                .hasValueSatisfying(n -> assertThat(n).isPositive());
        assertThat(TestMail.receivedBy(smtp, recipient)).hasSize(1);
    }

    @Test
    void anAddressWithALineBreakIsRefused() {
        assertThatThrownBy(() -> notifications.enqueue(org, "a@b.co\nBcc: otro@b.co", "x", "y"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> notifications.enqueue(org, "a@b.co, c@d.co", "x", "y"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thePlanningOfficeSeesFailedMailsAndMayDiscardThemOfficesMayNot() {
        notifications.enqueue(org, recipient, "Correo que falla", "Dirección equivocada");
        TestMail.deliverToDeadServer(context);
        long id = only().id();

        Browser planner = Browser.loggedIn(port, data.user(org, Role.PLANEACION).username(), TestData.PASSWORD);
        Page page = planner.get("/admin/correos?estado=PENDIENTE");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(recipient).contains("Correo que falla").contains("Reintentar ahora");

        Browser liaison = Browser.loggedIn(port, data.user(org, Role.ENLACE).username(), TestData.PASSWORD);
        assertThat(liaison.get("/admin/correos").status()).isEqualTo(403);
        assertThat(liaison.post("/admin/correos/" + id + "/descartar", Form.of())
                        .status())
                .isEqualTo(403);

        Page discarded = planner.post("/admin/correos/" + id + "/descartar", Form.of("estado", ""));
        assertThat(discarded.status()).isEqualTo(302);
        assertThat(only().state()).isEqualTo(MailState.DESCARTADO);
        assertThat(only().discardedBy()).isNotBlank();
        jdbc.sql("update mail_outbox set next_attempt_at = now() where organization_id = ?")
                .param(org)
                .update();
        TestMail.deliver(context, smtp);
        assertThat(TestMail.receivedBy(smtp, recipient))
                .as("a discarded mail is never sent")
                .isEmpty();

        UUID otherOrg = data.organization().id();
        Browser otherPlanner =
                Browser.loggedIn(port, data.user(otherOrg, Role.PLANEACION).username(), TestData.PASSWORD);
        assertThat(otherPlanner.get("/admin/correos").body()).doesNotContain(recipient);
        assertThat(otherPlanner
                        .post("/admin/correos/" + id + "/reintentar", Form.of())
                        .status())
                .as("another organization's mail does not exist for them")
                .isEqualTo(404);
    }
}
