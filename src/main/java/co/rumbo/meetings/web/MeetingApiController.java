package co.rumbo.meetings.web;

import co.rumbo.identity.CurrentUser;
import co.rumbo.meetings.Attendee;
import co.rumbo.meetings.AttendeeCommand;
import co.rumbo.meetings.Commitment;
import co.rumbo.meetings.CommitmentCommand;
import co.rumbo.meetings.Commitments;
import co.rumbo.meetings.Meeting;
import co.rumbo.meetings.MeetingCommand;
import co.rumbo.meetings.MeetingDetail;
import co.rumbo.meetings.MeetingState;
import co.rumbo.meetings.Meetings;
import co.rumbo.meetings.MinutesFile;
import co.rumbo.platform.PageResult;
import co.rumbo.platform.web.Downloads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Bilateral meetings with the offices (PE-P-004 step 7). */
@RestController
@RequestMapping("/api/v1/meetings")
@Tag(name = "Reuniones bilaterales")
class MeetingApiController {

    private final Meetings meetings;
    private final Commitments commitments;

    MeetingApiController(Meetings meetings, Commitments commitments) {
        this.meetings = meetings;
        this.commitments = commitments;
    }

    /** What the API takes to schedule or change a meeting; {@code startsAt} is local time in Bogotá. */
    record MeetingBody(
            UUID officeId,
            LocalDateTime startsAt,
            String place,
            String reportPeriod,
            String alerts,
            List<UUID> alertGoalIds,
            UUID followUpOf,
            List<AttendeeCommand> attendees,
            Integer version) {

        MeetingCommand command() {
            return new MeetingCommand(officeId, startsAt, place, reportPeriod, alerts, alertGoalIds, followUpOf);
        }
    }

    record CancelBody(String reason) {}

    @GetMapping
    @Operation(
            summary = "Las reuniones que el usuario puede ver, las más recientes primero",
            description = "Planeación, hacienda, despacho y control ven todas; líder y enlace, las de su dependencia.")
    PageResult<Meeting> list(
            @RequestParam(required = false) UUID officeId,
            @RequestParam(required = false) MeetingState state,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) Integer size) {
        return meetings.list(CurrentUser.get(), officeId, state, Math.max(page, 0), PageResult.clampSize(size, 50));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Planeación programa una reunión bilateral con una dependencia",
            description = "{officeId, startsAt (AAAA-MM-DDTHH:MM, hora de Bogotá), place, reportPeriod (p. ej."
                    + " 2026-Q2: el informe trimestral que la motivó), alerts (texto), alertGoalIds, followUpOf (reunión"
                    + " anterior con la misma dependencia), attendees [{name, role, userId}]}. 403 otro rol; 409 datos"
                    + " que no cumplen las reglas.")
    MeetingDetail schedule(@RequestBody MeetingBody body) {
        CurrentUser user = CurrentUser.get();
        Meeting meeting = meetings.schedule(user, body.command(), body.attendees());
        return meetings.detail(user, meeting.id(), LocalDate.now(co.rumbo.platform.web.Formats.BOGOTA));
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "Una reunión con sus metas con alertas, asistentes, acta y compromisos",
            description = "Cada compromiso con su estado hoy: PENDIENTE, VENCIDO o CUMPLIDO. Si es de seguimiento,"
                    + " también los compromisos de la reunión anterior. 404 si es de otra dependencia.")
    MeetingDetail get(@PathVariable UUID id) {
        return meetings.detail(CurrentUser.get(), id, LocalDate.now(co.rumbo.platform.web.Formats.BOGOTA));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Planeación cambia la fecha, el lugar, el informe o las alertas de una reunión (con version)")
    Meeting update(@PathVariable UUID id, @RequestBody MeetingBody body) {
        if (body.version() == null) {
            throw new IllegalArgumentException("Falta la versión (version) de la reunión que se cambia");
        }
        return meetings.update(CurrentUser.get(), id, body.version(), body.command());
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Planeación cancela una reunión programada sin compromisos, con el motivo")
    Meeting cancel(@PathVariable UUID id, @RequestBody CancelBody body) {
        return meetings.cancel(CurrentUser.get(), id, body == null ? null : body.reason());
    }

    @PostMapping("/{id}/attendees")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Registra un asistente: {name, role, userId (opcional)}")
    Attendee addAttendee(@PathVariable UUID id, @RequestBody AttendeeCommand body) {
        return meetings.addAttendee(CurrentUser.get(), id, body);
    }

    @DeleteMapping("/{id}/attendees/{attendeeId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Quita un asistente registrado por error")
    void removeAttendee(@PathVariable UUID id, @PathVariable UUID attendeeId) {
        meetings.removeAttendee(CurrentUser.get(), id, attendeeId);
    }

    @PostMapping(value = "/{id}/minutes", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Adjunta el acta de la reunión (multipart file): PDF o documento de Office",
            description = "Se reconoce por su contenido (no por el nombre); hasta rumbo.upload.max-bytes (10 MB por"
                    + " defecto). La reunión pasa a REALIZADA. 409 si el tipo no se acepta, supera el tamaño o la reunión"
                    + " aún no ha ocurrido.")
    Meeting minutes(@PathVariable UUID id, @Parameter(description = "el acta") @RequestParam("file") MultipartFile file)
            throws IOException {
        return meetings.attachMinutes(CurrentUser.get(), id, file.getOriginalFilename(), file.getBytes());
    }

    @GetMapping("/{id}/minutes")
    @Operation(summary = "Descarga el acta de la reunión")
    ResponseEntity<byte[]> downloadMinutes(@PathVariable UUID id) {
        return download(meetings.minutes(CurrentUser.get(), id));
    }

    @PostMapping("/{id}/commitments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Planeación registra un compromiso de la reunión",
            description = "{description, responsibleUserId o responsibleName (y responsibleEmail para los"
                    + " recordatorios), dueDate (AAAA-MM-DD, no antes de la reunión), goalId (opcional)}.")
    Commitment addCommitment(@PathVariable UUID id, @RequestBody CommitmentCommand body) {
        return commitments.add(CurrentUser.get(), id, body);
    }

    static ResponseEntity<byte[]> download(MinutesFile file) {
        return Downloads.attachment(file.content(), file.contentType(), file.name());
    }
}
