package co.rumbo.meetings.web;

import co.rumbo.identity.CurrentUser;
import co.rumbo.meetings.Commitment;
import co.rumbo.meetings.CommitmentState;
import co.rumbo.meetings.Commitments;
import co.rumbo.platform.web.Formats;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Commitments of bilateral meetings and their follow-up (PE-P-004 step 8). */
@RestController
@RequestMapping("/api/v1/commitments")
@Tag(name = "Reuniones bilaterales")
class CommitmentApiController {

    private final Commitments commitments;

    CommitmentApiController(Commitments commitments) {
        this.commitments = commitments;
    }

    record DoneBody(String note, LocalDate doneOn, Integer version) {}

    record ReopenBody(String reason) {}

    @GetMapping
    @Operation(
            summary = "Los compromisos que el usuario puede ver",
            description = "overdue=true: solo los vencidos (pendientes con la fecha límite pasada), el más vencido"
                    + " primero; state=PENDIENTE|VENCIDO|CUMPLIDO; officeId. Cada uno con su estado hoy y los días de"
                    + " retraso.")
    List<Commitment> list(
            @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) CommitmentState state,
            @RequestParam(required = false) UUID officeId) {
        CommitmentState wanted = Boolean.TRUE.equals(overdue) ? CommitmentState.VENCIDO : state;
        return commitments.list(CurrentUser.get(), officeId, wanted, today());
    }

    @GetMapping("/{id}")
    @Operation(summary = "Un compromiso con su estado hoy")
    Commitment get(@PathVariable UUID id) {
        return commitments.get(CurrentUser.get(), id, today());
    }

    @PostMapping("/{id}/done")
    @Operation(
            summary = "Registra el compromiso como cumplido: {note (qué se entregó), doneOn (opcional, hoy), version"
                    + " (opcional)}",
            description = "Planeación, el líder de la dependencia o el usuario responsable. 403 otro usuario; 409 ya"
                    + " cumplido, sin nota, fecha futura o versión vieja.")
    Commitment done(@PathVariable UUID id, @RequestBody DoneBody body) {
        DoneBody b = body == null ? new DoneBody(null, null, null) : body;
        return commitments.markDone(CurrentUser.get(), id, b.doneOn(), b.note(), b.version());
    }

    @PostMapping("/{id}/reopen")
    @Operation(summary = "Planeación reabre un compromiso cumplido que no lo está, con el motivo")
    Commitment reopen(@PathVariable UUID id, @RequestBody ReopenBody body) {
        return commitments.reopen(CurrentUser.get(), id, body == null ? null : body.reason());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Planeación quita un compromiso registrado por error (no uno cumplido)")
    void delete(@PathVariable UUID id) {
        commitments.delete(CurrentUser.get(), id);
    }

    private static LocalDate today() {
        return LocalDate.now(Formats.BOGOTA);
    }
}
