package co.rumbo.planning;

import co.rumbo.identity.CurrentUser;
import co.rumbo.identity.Role;
import co.rumbo.platform.BusinessRuleException;
import co.rumbo.platform.ForbiddenException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * An office's action plan for a year: the aggregate that guards its state. Each named transition
 * checks who acts (403) and from which state (409) before it changes anything; the service saves
 * the result and records the transition. Rules that need the database (undecided goals, ceilings)
 * are checked by the service before {@link #submit}.
 */
final class ActionPlan {

    private final UUID id;
    private final UUID organizationId;
    private final UUID officeId;
    private final int year;
    private ActionPlanState state;
    private int round;
    private LocalDate approvedOn;
    private String minutesReference;
    private final int version;

    ActionPlan(
            UUID id,
            UUID organizationId,
            UUID officeId,
            int year,
            ActionPlanState state,
            int round,
            LocalDate approvedOn,
            String minutesReference,
            int version) {
        this.id = Objects.requireNonNull(id);
        this.organizationId = Objects.requireNonNull(organizationId);
        this.officeId = Objects.requireNonNull(officeId);
        this.year = year;
        this.state = Objects.requireNonNull(state);
        this.round = round;
        this.approvedOn = approvedOn;
        this.minutesReference = minutesReference;
        this.version = version;
    }

    /** The office (ENLACE or LIDER of it) or the planning office changes a goal's decision. */
    void requireEditableBy(CurrentUser user) {
        if (!(user.has(Role.PLANEACION) || (user.hasAny(Role.ENLACE, Role.LIDER) && ofUsersOffice(user)))) {
            throw new ForbiddenException("Solo la dependencia o planeación editan el plan de acción");
        }
        if (state == ActionPlanState.APROBADO) {
            throw new BusinessRuleException("El plan de acción " + year
                    + " ya fue aprobado en Consejo de Gobierno: no se pueden programar metas después de la"
                    + " aprobación (PE-P-002, tarea 8). Un cambio requiere una solicitud de modificación.");
        }
        if (!state.editableByOffice()) {
            throw new BusinessRuleException("El plan de acción está «" + state.label()
                    + "»: no se puede cambiar mientras planeación lo revisa.");
        }
    }

    /** The office's leader sends the plan to the planning office; a returned plan is sent again. */
    void submit(CurrentUser user) {
        if (!(user.has(Role.LIDER) && ofUsersOffice(user))) {
            throw new ForbiddenException("Solo el líder de la dependencia envía su plan de acción");
        }
        requireState("enviar", ActionPlanState.BORRADOR, ActionPlanState.DEVUELTO);
        state = ActionPlanState.ENVIADO;
        round++;
    }

    /** The planning office returns the plan with observations (general or per goal: required). */
    void returnWith(CurrentUser user, Observations observations) {
        requirePlanningOffice(user, "devuelve");
        requireState("devolver", ActionPlanState.ENVIADO);
        if (observations == null || observations.isEmpty()) {
            throw new BusinessRuleException(
                    "Para devolver el plan de acción escriba las observaciones (generales o por meta).");
        }
        state = ActionPlanState.DEVUELTO;
    }

    void review(CurrentUser user) {
        requirePlanningOffice(user, "marca como revisado");
        requireState("marcar como revisado", ActionPlanState.ENVIADO);
        state = ActionPlanState.REVISADO;
    }

    /** The Consejo de Gobierno approves; recorded by DESPACHO or by PLANEACION on its behalf. */
    void approve(CurrentUser user, Approval approval) {
        if (!user.hasAny(Role.DESPACHO, Role.PLANEACION)) {
            throw new ForbiddenException("Solo el despacho o planeación registran la aprobación");
        }
        requireState("aprobar", ActionPlanState.REVISADO);
        Objects.requireNonNull(approval, "approval");
        if (approval.approvedOn().getYear() < year - 1 || approval.approvedOn().getYear() > year) {
            throw new BusinessRuleException("La fecha del Consejo de Gobierno debe estar en " + (year - 1) + " o "
                    + year + ", no en " + approval.approvedOn().getYear() + ".");
        }
        state = ActionPlanState.APROBADO;
        approvedOn = approval.approvedOn();
        minutesReference = approval.minutesReference();
    }

    private void requirePlanningOffice(CurrentUser user, String action) {
        if (!user.has(Role.PLANEACION)) {
            throw new ForbiddenException("Solo planeación " + action + " un plan de acción");
        }
    }

    private void requireState(String action, ActionPlanState... allowed) {
        if (!Set.of(allowed).contains(state)) {
            throw new BusinessRuleException(
                    "No se puede " + action + " un plan de acción en estado «" + state.label() + "».");
        }
    }

    private boolean ofUsersOffice(CurrentUser user) {
        return user.officeIds().contains(officeId);
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

    int year() {
        return year;
    }

    ActionPlanState state() {
        return state;
    }

    int round() {
        return round;
    }

    LocalDate approvedOn() {
        return approvedOn;
    }

    String minutesReference() {
        return minutesReference;
    }

    int version() {
        return version;
    }
}
