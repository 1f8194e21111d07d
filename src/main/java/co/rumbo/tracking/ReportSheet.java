package co.rumbo.tracking;

import co.rumbo.calendar.Period;
import co.rumbo.identity.CurrentUser;
import co.rumbo.identity.Role;
import co.rumbo.platform.BusinessRuleException;
import co.rumbo.platform.ForbiddenException;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * An office's capture sheet for a period: the aggregate that guards its state. Each named transition
 * checks who acts (403) and from which state (409) before it changes anything; the service checks the
 * period's lock (423) and saves the result.
 */
final class ReportSheet {

    private final UUID id;
    private final UUID organizationId;
    private final UUID officeId;
    private final Period period;
    private ReportState state;
    private int round;
    private final boolean notReported;
    private final int version;

    ReportSheet(
            UUID id,
            UUID organizationId,
            UUID officeId,
            Period period,
            ReportState state,
            int round,
            boolean notReported,
            int version) {
        this.id = Objects.requireNonNull(id);
        this.organizationId = Objects.requireNonNull(organizationId);
        this.officeId = Objects.requireNonNull(officeId);
        this.period = Objects.requireNonNull(period);
        this.state = Objects.requireNonNull(state);
        this.round = round;
        this.notReported = notReported;
        this.version = version;
    }

    /** The office's liaison or leader may change what the sheet says (rows, evidence, money). */
    static boolean officeMayEdit(CurrentUser user, UUID officeId) {
        return user.hasAny(Role.ENLACE, Role.LIDER) && user.officeIds().contains(officeId);
    }

    void requireEditableBy(CurrentUser user) {
        if (!officeMayEdit(user, officeId)) {
            throw new ForbiddenException("Solo el enlace o el líder de la dependencia diligencian su hoja de captura");
        }
        requireEditableState();
    }

    void requireEditableState() {
        if (!state.editableByOffice()) {
            throw new BusinessRuleException(
                    state == ReportState.ENVIADO
                            ? "La hoja de captura " + period + " fue enviada a planeación: es de solo lectura hasta que"
                                    + " planeación la devuelva."
                            : "La hoja de captura " + period + " ya fue aceptada por planeación: no se puede cambiar.");
        }
    }

    /** The office's leader sends the sheet; a returned sheet is sent again (a new round). */
    void submit(CurrentUser user) {
        if (!(user.has(Role.LIDER) && user.officeIds().contains(officeId))) {
            throw new ForbiddenException("Solo el líder de la dependencia envía la hoja de captura");
        }
        requireState("enviar", ReportState.BORRADOR, ReportState.DEVUELTO);
        state = ReportState.ENVIADO;
        round++;
    }

    /**
     * The planning office returns the sheet to the office: a submitted one, or an accepted one of a
     * (re)opened period that needs correcting.
     */
    void returnToOffice(CurrentUser user) {
        requirePlanningOffice(user, "devuelve");
        requireState("devolver", ReportState.ENVIADO, ReportState.ACEPTADO);
        state = ReportState.DEVUELTO;
    }

    void accept(CurrentUser user) {
        requirePlanningOffice(user, "acepta");
        requireState("aceptar", ReportState.ENVIADO);
        state = ReportState.ACEPTADO;
    }

    private static void requirePlanningOffice(CurrentUser user, String action) {
        if (!user.has(Role.PLANEACION)) {
            throw new ForbiddenException("Solo planeación " + action + " una hoja de captura");
        }
    }

    private void requireState(String action, ReportState... allowed) {
        if (!Set.of(allowed).contains(state)) {
            throw new BusinessRuleException(
                    "No se puede " + action + " una hoja de captura en estado «" + state.label() + "».");
        }
    }

    UUID id() {
        return id;
    }

    UUID organizationId() {
        return organizationId;
    }

    UUID officeId() {
        return officeId;
    }

    Period period() {
        return period;
    }

    ReportState state() {
        return state;
    }

    int round() {
        return round;
    }

    boolean notReported() {
        return notReported;
    }

    int version() {
        return version;
    }
}
