package co.rumbo.tracking.web;

import co.rumbo.calendar.Period;
import co.rumbo.identity.CurrentUser;
import co.rumbo.platform.web.Formats;
import co.rumbo.tracking.CaptureDeadlines;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The capture's deadlines: sheets overdue and the days of the reminder e-mails. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Periodos de captura")
class DeadlineApiController extends CaptureApiSupport {

    private final CaptureDeadlines deadlines;

    DeadlineApiController(CaptureDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    record OverdueJson(
            UUID officeId,
            String officeName,
            String period,
            LocalDate deadline,
            String state,
            int round,
            int rows,
            int filled,
            long daysOverdue,
            int businessDaysOverdue,
            List<String> contacts) {
        static OverdueJson of(CaptureDeadlines.OverdueSheet s) {
            return new OverdueJson(
                    s.officeId(),
                    s.officeName(),
                    s.period().toString(),
                    s.deadline(),
                    s.state().name(),
                    s.round(),
                    s.rows(),
                    s.filled(),
                    s.daysOverdue(),
                    s.businessDaysOverdue(),
                    s.contacts());
        }
    }

    record ScheduleJson(
            String period,
            LocalDate deadline,
            int reminderDays,
            LocalDate reminderOn,
            LocalDate noticeOn,
            int sheets,
            int pending) {
        static ScheduleJson of(CaptureDeadlines.Schedule s) {
            return new ScheduleJson(
                    s.period().toString(),
                    s.deadline(),
                    s.reminderDays(),
                    s.reminderOn(),
                    s.noticeOn(),
                    s.sheets(),
                    s.pending());
        }
    }

    @GetMapping("/periods/{period}/overdue")
    @Operation(
            summary = "Las dependencias con la hoja del periodo vencida",
            description = "Hojas en borrador o devueltas sin reenviar después de la fecha límite de un periodo abierto,"
                    + " con los días de atraso (calendario y hábiles de la entidad) y los correos de sus líderes y"
                    + " enlaces. La más atrasada primero. Cada persona ve las dependencias que puede ver.")
    List<OverdueJson> overdue(@Parameter(description = "2026-10 o 2026-Q4") @PathVariable String period) {
        return deadlines.overdue(CurrentUser.get(), Period.parse(period), today()).stream()
                .map(OverdueJson::of)
                .toList();
    }

    @GetMapping("/capture-reminders")
    @Operation(
            summary = "Los días de los correos de recordatorio de los periodos abiertos",
            description = "reminderOn: N días hábiles antes de la fecha límite (configuración de la captura,"
                    + " reminderDays) se recuerda a los líderes y enlaces de las dependencias que no han enviado su"
                    + " hoja; noticeOn: el primer día hábil después de la fecha límite se les avisa que está vencida.")
    List<ScheduleJson> reminders() {
        return deadlines.schedule(CurrentUser.get()).stream()
                .map(ScheduleJson::of)
                .toList();
    }

    private static LocalDate today() {
        return LocalDate.now(Formats.BOGOTA);
    }
}
