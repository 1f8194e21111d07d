package co.rumbo.structure;

import static co.rumbo.support.SamplePlan.CRECIENTE_GOAL;
import static co.rumbo.support.SamplePlan.SUMA_GOAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.rumbo.platform.BusinessRuleException;
import co.rumbo.platform.NotFoundException;
import co.rumbo.platform.StaleVersionException;
import co.rumbo.progress.ProgrammingType;
import co.rumbo.support.RumboIntegrationTest;
import co.rumbo.support.TestData;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@RumboIntegrationTest
class GoalEditorTest {

    @Autowired
    GoalEditor editor;

    @Autowired
    Plans plans;

    @Autowired
    TestData data;

    UUID org;
    TestData.SavedPlan plan;

    @BeforeEach
    void planInANewOrganization() {
        org = data.organization().id();
        plan = data.plan(org);
    }

    @Test
    void savesAnEditMadeOnTheCurrentVersion() {
        GoalDetail goal = plans.goal(org, plan.goal(SUMA_GOAL));

        editor.update(org, goal.summary().id(), edit(goal, ProgrammingType.SUMA, "5", targets("2024", "12")));

        GoalDetail saved = plans.goal(org, goal.summary().id());
        assertThat(saved.version()).isEqualTo(goal.version() + 1);
        assertThat(saved.baseline()).isEqualByComparingTo("5");
        assertThat(saved.summary().targets()).containsEntry("2024", new BigDecimal("12"));
    }

    @Test
    void refusesAnEditMadeOnAStaleVersion() {
        GoalDetail goal = plans.goal(org, plan.goal(SUMA_GOAL));
        editor.update(org, goal.summary().id(), edit(goal, ProgrammingType.SUMA, "5", Map.of()));

        assertThatThrownBy(
                        () -> editor.update(org, goal.summary().id(), edit(goal, ProgrammingType.SUMA, "7", Map.of())))
                .isInstanceOf(StaleVersionException.class)
                .hasMessageStartingWith("Otra persona cambió");
        assertThat(plans.goal(org, goal.summary().id()).baseline()).isEqualByComparingTo("5");
    }

    @Test
    void refusesADecrecienteGoalWithoutBaseline() {
        GoalDetail goal = plans.goal(org, plan.goal(SUMA_GOAL));

        assertThatThrownBy(() -> editor.update(
                        org, goal.summary().id(), edit(goal, ProgrammingType.DECRECIENTE, null, Map.of())))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("DECRECIENTE necesita línea base");
    }

    @Test
    void refusesACrecienteTargetBelowTheBaseline() {
        GoalDetail goal = plans.goal(org, plan.goal(CRECIENTE_GOAL));

        assertThatThrownBy(() -> editor.update(
                        org, goal.summary().id(), edit(goal, ProgrammingType.CRECIENTE, "55", targets("2024", "50"))))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("CRECIENTE no puede tener la meta de 2024 por debajo de la línea base");
    }

    @Test
    void refusesADecrecienteTargetAboveTheBaseline() {
        GoalDetail goal = plans.goal(org, plan.goal(CRECIENTE_GOAL));

        assertThatThrownBy(() -> editor.update(
                        org, goal.summary().id(), edit(goal, ProgrammingType.DECRECIENTE, "60", targets("2027", "80"))))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("DECRECIENTE no puede tener la meta de 2027 por encima de la línea base");
    }

    @Test
    void refusesANegativeYearlyTarget() {
        GoalDetail goal = plans.goal(org, plan.goal(SUMA_GOAL));

        assertThatThrownBy(() -> editor.update(
                        org, goal.summary().id(), edit(goal, ProgrammingType.SUMA, null, targets("2025", "-1"))))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("La meta de 2025 no puede ser negativa");
    }

    @Test
    void refusesABpinThatIsNotDigits() {
        GoalDetail goal = plans.goal(org, plan.goal(SUMA_GOAL));
        GoalEdit edit = new GoalEdit(
                goal.version(),
                null,
                null,
                null,
                goal.summary().fourYearTarget(),
                ProgrammingType.SUMA,
                null,
                null,
                List.of("BPIN-12"),
                Map.of(),
                false);

        assertThatThrownBy(() -> editor.update(org, goal.summary().id(), edit))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("El BPIN BPIN-12 no es válido");
    }

    @Test
    void aRefusedEditChangesNothing() {
        GoalDetail goal = plans.goal(org, plan.goal(CRECIENTE_GOAL));

        assertThatThrownBy(() -> editor.update(
                        org, goal.summary().id(), edit(goal, ProgrammingType.CRECIENTE, "55", targets("2024", "50"))))
                .isInstanceOf(BusinessRuleException.class);

        GoalDetail after = plans.goal(org, goal.summary().id());
        assertThat(after.version()).isEqualTo(goal.version());
        assertThat(after.baseline()).isNull();
    }

    @Test
    void aGoalOfAnotherOrganizationIsNotFound() {
        GoalDetail goal = plans.goal(org, plan.goal(SUMA_GOAL));
        UUID otherOrg = data.organization().id();

        assertThatThrownBy(() ->
                        editor.update(otherOrg, goal.summary().id(), edit(goal, ProgrammingType.SUMA, "1", Map.of())))
                .isInstanceOf(NotFoundException.class);
    }

    private static GoalEdit edit(
            GoalDetail goal, ProgrammingType type, String baseline, Map<String, BigDecimal> targets) {
        return new GoalEdit(
                goal.version(),
                goal.summary().customName(),
                goal.summary().unit(),
                baseline == null ? null : new BigDecimal(baseline),
                goal.summary().fourYearTarget(),
                type,
                goal.summary().officeId(),
                goal.summary().weight(),
                goal.summary().bpins(),
                targets,
                false);
    }

    private static Map<String, BigDecimal> targets(String period, String target) {
        Map<String, BigDecimal> targets = new LinkedHashMap<>();
        targets.put(period, new BigDecimal(target));
        return targets;
    }
}
