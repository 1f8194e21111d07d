package co.rumbo.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.rumbo.identity.CurrentUser;
import co.rumbo.identity.Role;
import co.rumbo.platform.BusinessRuleException;
import co.rumbo.platform.ForbiddenException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The aggregate alone: every transition from every state, by every role. */
class ActionPlanTest {

    static final UUID ORG = UUID.randomUUID();
    static final UUID OFFICE = UUID.randomUUID();
    static final UUID OTHER_OFFICE = UUID.randomUUID();

    static CurrentUser person(Role role, UUID office) {
        return new CurrentUser(
                UUID.randomUUID(),
                role.name().toLowerCase(),
                role.label(),
                ORG,
                Set.of(role),
                office == null ? Set.of() : Set.of(office));
    }

    static final CurrentUser LEADER = person(Role.LIDER, OFFICE);
    static final CurrentUser LIAISON = person(Role.ENLACE, OFFICE);
    static final CurrentUser OTHER_LEADER = person(Role.LIDER, OTHER_OFFICE);
    static final CurrentUser PLANNER = person(Role.PLANEACION, null);
    static final CurrentUser MAYOR = person(Role.DESPACHO, null);
    static final CurrentUser TREASURY = person(Role.HACIENDA, null);
    static final CurrentUser CONTROL = person(Role.CONTROL, null);

    static ActionPlan in(ActionPlanState state) {
        return new ActionPlan(UUID.randomUUID(), ORG, OFFICE, 2027, state, 1, null, null, 0);
    }

    static final Observations SOME = new Observations("Corrija el T2", Map.of());
    static final Approval APPROVAL = new Approval(LocalDate.of(2026, 12, 20), "Acta 12");

    /** Each transition: from which states it may start, who may do it, and where it lands. */
    record Transition(
            String name,
            Set<ActionPlanState> from,
            Set<CurrentUser> allowed,
            ActionPlanState to,
            BiConsumer<ActionPlan, CurrentUser> run) {}

    static final Transition[] TRANSITIONS = {
        new Transition(
                "submit",
                EnumSet.of(ActionPlanState.BORRADOR, ActionPlanState.DEVUELTO),
                Set.of(LEADER),
                ActionPlanState.ENVIADO,
                ActionPlan::submit),
        new Transition(
                "return",
                EnumSet.of(ActionPlanState.ENVIADO),
                Set.of(PLANNER),
                ActionPlanState.DEVUELTO,
                (p, u) -> p.returnWith(u, SOME)),
        new Transition(
                "review",
                EnumSet.of(ActionPlanState.ENVIADO),
                Set.of(PLANNER),
                ActionPlanState.REVISADO,
                ActionPlan::review),
        new Transition(
                "approve",
                EnumSet.of(ActionPlanState.REVISADO),
                Set.of(MAYOR, PLANNER),
                ActionPlanState.APROBADO,
                (p, u) -> p.approve(u, APPROVAL)),
    };

    @ParameterizedTest
    @EnumSource(ActionPlanState.class)
    void eachTransitionOnlyFromItsStatesAndByItsRoles(ActionPlanState state) {
        Set<CurrentUser> everybody = Set.of(LEADER, LIAISON, OTHER_LEADER, PLANNER, MAYOR, TREASURY, CONTROL);
        for (Transition t : TRANSITIONS) {
            for (CurrentUser who : everybody) {
                ActionPlan plan = in(state);
                if (!t.allowed().contains(who)) {
                    assertThatThrownBy(() -> t.run().accept(plan, who))
                            .as("%s by %s from %s", t.name(), who.username(), state)
                            .isInstanceOf(ForbiddenException.class);
                    assertThat(plan.state()).isEqualTo(state);
                } else if (!t.from().contains(state)) {
                    assertThatThrownBy(() -> t.run().accept(plan, who))
                            .as("%s by %s from %s", t.name(), who.username(), state)
                            .isInstanceOf(BusinessRuleException.class);
                    assertThat(plan.state()).isEqualTo(state);
                } else {
                    t.run().accept(plan, who);
                    assertThat(plan.state()).as("%s from %s", t.name(), state).isEqualTo(t.to());
                }
            }
        }
    }

    @Test
    void aSubmissionOpensANewRound() {
        ActionPlan plan = in(ActionPlanState.DEVUELTO);

        plan.submit(LEADER);

        assertThat(plan.round()).isEqualTo(2);
    }

    @Test
    void aReturnWithoutObservationsIsRefused() {
        ActionPlan plan = in(ActionPlanState.ENVIADO);

        assertThatThrownBy(() -> plan.returnWith(PLANNER, new Observations(" ", Map.of(UUID.randomUUID(), ""))))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("observaciones");
        assertThat(plan.state()).isEqualTo(ActionPlanState.ENVIADO);
    }

    @Test
    void anObservationOnOneGoalIsEnoughToReturn() {
        ActionPlan plan = in(ActionPlanState.ENVIADO);

        plan.returnWith(PLANNER, new Observations(null, Map.of(UUID.randomUUID(), "Meta sin BPIN")));

        assertThat(plan.state()).isEqualTo(ActionPlanState.DEVUELTO);
    }

    @Test
    void theApprovalKeepsItsDateAndMinutes() {
        ActionPlan plan = in(ActionPlanState.REVISADO);

        plan.approve(MAYOR, APPROVAL);

        assertThat(plan.approvedOn()).isEqualTo(LocalDate.of(2026, 12, 20));
        assertThat(plan.minutesReference()).isEqualTo("Acta 12");
    }

    @Test
    void anApprovalDatedOutsideTheYearOrTheOneBeforeIsRefused() {
        ActionPlan plan = in(ActionPlanState.REVISADO);

        assertThatThrownBy(() -> plan.approve(MAYOR, new Approval(LocalDate.of(2024, 12, 1), "Acta 1")))
                .isInstanceOf(BusinessRuleException.class);
    }

    @ParameterizedTest
    @EnumSource(ActionPlanState.class)
    void theOfficeEditsOnlyADraftOrAReturnedPlan(ActionPlanState state) {
        ActionPlan plan = in(state);
        if (state.editableByOffice()) {
            plan.requireEditableBy(LIAISON);
            plan.requireEditableBy(LEADER);
            plan.requireEditableBy(PLANNER);
        } else {
            assertThatThrownBy(() -> plan.requireEditableBy(LIAISON)).isInstanceOf(BusinessRuleException.class);
        }
        assertThatThrownBy(() -> plan.requireEditableBy(OTHER_LEADER)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> plan.requireEditableBy(MAYOR)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> plan.requireEditableBy(CONTROL)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void noGoalMayBeProgrammedAfterApproval() {
        assertThatThrownBy(() -> in(ActionPlanState.APROBADO).requireEditableBy(LIAISON))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("no se pueden programar metas después de la aprobación");
    }
}
