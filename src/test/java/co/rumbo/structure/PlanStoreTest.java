package co.rumbo.structure;

import static co.rumbo.support.SamplePlan.CONSTANTE_GOAL;
import static co.rumbo.support.SamplePlan.CRECIENTE_GOAL;
import static co.rumbo.support.SamplePlan.SUMA_GOAL;
import static co.rumbo.support.SamplePlan.target;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import co.rumbo.progress.ProgrammingType;
import co.rumbo.support.RumboIntegrationTest;
import co.rumbo.support.SamplePlan;
import co.rumbo.support.TestData;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@RumboIntegrationTest
class PlanStoreTest {

    @Autowired
    PlanStore store;

    @Autowired
    Plans plans;

    @Autowired
    GoalEditor editor;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    UUID org;

    @BeforeEach
    void newOrganization() {
        org = data.organization().id();
    }

    @Test
    void savesANewPlanWithItsLinesOutcomesAndGoals() {
        PlanStore.SaveResult result = store.save(org, SamplePlan.content());

        assertThat(result.created()).isTrue();
        PlanSummary plan = plans.plan(org, result.planId());
        assertThat(plan.firstYear()).isEqualTo(2024);
        assertThat(plan.lastYear()).isEqualTo(2027);
        assertThat(plan.strategicLines()).isEqualTo(2);
        assertThat(plan.outcomeGoals()).isEqualTo(1);
        assertThat(plan.productGoals()).isEqualTo(3);
    }

    @Test
    void savesAGoalsYearlyTargetsCostsAndBpins() {
        UUID planId = store.save(org, SamplePlan.content()).planId();

        GoalSummary goal = goal(planId, CRECIENTE_GOAL);
        assertThat(goal.lineCodes()).containsExactly("LE-1", "LE-2");
        assertThat(goal.programmingType()).isEqualTo(ProgrammingType.CRECIENTE);
        assertThat(goal.targets())
                .containsEntry("2024", new BigDecimal("50"))
                .containsEntry("2027", new BigDecimal("80"));
        assertThat(goal.bpins()).containsExactly("2024520010002", "2024520010003");
        GoalDetail detail = plans.goal(org, goal.id());
        assertThat(detail.costs())
                .extracting(GoalDetail.CostRow::sourceCode, GoalDetail.CostRow::total)
                .containsExactlyInAnyOrder(
                        tuple("SGP_APSB", new BigDecimal("2500000")), tuple("CREDITO", new BigDecimal("3000000")));
    }

    @Test
    void givesBackTheContentItSaved() {
        UUID planId = store.save(org, SamplePlan.content()).planId();

        assertThat(store.content(org, planId)).isEqualTo(SamplePlan.content());
    }

    @Test
    void savingTheSameContentAgainWritesNothing() {
        store.save(org, SamplePlan.content());
        long before = auditRows();

        PlanStore.SaveResult again = store.save(org, SamplePlan.content());

        assertThat(again.created()).isFalse();
        assertThat(again.goalsEliminated()).isZero();
        assertThat(auditRows()).isEqualTo(before);
    }

    @Test
    void savingTheSameFiguresWrittenWithMoreDecimalsWritesNothing() {
        store.save(org, SamplePlan.content());
        long before = auditRows();

        store.save(org, withTrailingZeros(SamplePlan.content()));

        assertThat(auditRows()).isEqualTo(before);
    }

    @Test
    void aChangedGoalIsUpdatedInPlaceBySisptCode() {
        UUID planId = store.save(org, SamplePlan.content()).planId();
        UUID goalId = goal(planId, SUMA_GOAL).id();
        int version = plans.goal(org, goalId).version();

        store.save(
                org,
                SamplePlan.content(SamplePlan.replacing(
                        SUMA_GOAL,
                        g -> SamplePlan.withTargets(
                                g,
                                "50",
                                List.of(
                                        target("2024", "10", "1500000"),
                                        target("2025", "15", null),
                                        target("2026", "15", null),
                                        target("2027", "10", null))))));

        GoalSummary changed = goal(planId, SUMA_GOAL);
        assertThat(changed.id()).isEqualTo(goalId);
        assertThat(changed.fourYearTarget()).isEqualByComparingTo("50");
        assertThat(changed.targets()).containsEntry("2025", new BigDecimal("15"));
        assertThat(plans.goal(org, goalId).version()).isEqualTo(version + 1);
        assertThat(plans.goals(org, planId, GoalFilter.NONE)).hasSize(3);
    }

    @Test
    void onlyTheChangedGoalIsWritten() {
        UUID planId = store.save(org, SamplePlan.content()).planId();
        long before = auditRows();

        store.save(
                org,
                SamplePlan.content(
                        SamplePlan.replacing(CONSTANTE_GOAL, g -> SamplePlan.withTargets(g, "2", g.periods()))));

        assertThat(changedRowsSince(before))
                .containsExactly(goal(planId, CONSTANTE_GOAL).id().toString());
    }

    @Test
    void aGoalMissingFromTheNewContentIsMarkedEliminatedNotDeleted() {
        UUID planId = store.save(org, SamplePlan.content()).planId();

        PlanStore.SaveResult result = store.save(org, SamplePlan.content(SamplePlan.without(CONSTANTE_GOAL)));

        assertThat(result.eliminatedCodes()).containsExactly(CONSTANTE_GOAL);
        GoalSummary eliminated = goal(planId, CONSTANTE_GOAL);
        assertThat(eliminated.eliminated()).isTrue();
        assertThat(plans.plan(org, planId).productGoals()).isEqualTo(2);
        assertThat(store.content(org, planId).goals())
                .extracting(PlanContent.Goal::sisptCode)
                .containsExactly(SUMA_GOAL, CRECIENTE_GOAL);
    }

    @Test
    void aGoalLeftOutByAnEarlierFileComesBackWithTheFileThatHasItAgain() {
        UUID planId = store.save(org, SamplePlan.content()).planId();
        store.save(org, SamplePlan.content(SamplePlan.without(CONSTANTE_GOAL)));

        store.save(org, SamplePlan.content());

        assertThat(goal(planId, CONSTANTE_GOAL).eliminated()).isFalse();
        assertThat(store.content(org, planId)).isEqualTo(store.content(org, planId));
        assertThat(plans.plan(org, planId).productGoals()).isEqualTo(3);
    }

    @Test
    void aGoalEliminatedByAPersonStaysEliminatedWhenTheFileStillHasIt() {
        UUID planId = store.save(org, SamplePlan.content()).planId();
        GoalDetail goal = plans.goal(org, goal(planId, SUMA_GOAL).id());
        editor.update(
                org,
                goal.summary().id(),
                new GoalEdit(
                        goal.version(),
                        goal.summary().customName(),
                        goal.summary().unit(),
                        goal.baseline(),
                        goal.summary().fourYearTarget(),
                        goal.summary().programmingType(),
                        null,
                        null,
                        goal.summary().bpins(),
                        goal.summary().targets(),
                        true));

        store.save(org, SamplePlan.content());

        assertThat(goal(planId, SUMA_GOAL).eliminated()).isTrue();
    }

    @Test
    void whatThePlanningOfficeAddedToAGoalSurvivesANewSave() {
        UUID planId = store.save(org, SamplePlan.content()).planId();
        UUID office = data.office(org).id();
        GoalDetail goal = plans.goal(org, goal(planId, CRECIENTE_GOAL).id());
        editor.update(
                org,
                goal.summary().id(),
                new GoalEdit(
                        goal.version(),
                        null,
                        goal.summary().unit(),
                        new BigDecimal("40"),
                        goal.summary().fourYearTarget(),
                        ProgrammingType.CRECIENTE,
                        office,
                        new BigDecimal("2"),
                        goal.summary().bpins(),
                        goal.summary().targets(),
                        false));

        store.save(
                org,
                SamplePlan.content(
                        SamplePlan.replacing(CRECIENTE_GOAL, g -> SamplePlan.withTargets(g, "90", g.periods()))));

        GoalDetail after = plans.goal(org, goal.summary().id());
        assertThat(after.summary().fourYearTarget()).isEqualByComparingTo("90");
        assertThat(after.baseline()).isEqualByComparingTo("40");
        assertThat(after.summary().officeId()).isEqualTo(office);
        assertThat(after.summary().weight()).isEqualByComparingTo("2");
    }

    private GoalSummary goal(UUID planId, String sisptCode) {
        return plans.goals(org, planId, GoalFilter.NONE).stream()
                .filter(g -> g.sisptCode().equals(sisptCode))
                .findFirst()
                .orElseThrow();
    }

    private long auditRows() {
        return jdbc.sql("select count(*) from audit_log where organization_id = ?")
                .param(org)
                .query(Long.class)
                .single();
    }

    /** The product goals written (their own row or a row hanging from them) after audit row {@code count}. */
    private Set<String> changedRowsSince(long count) {
        return jdbc.sql("""
                        select coalesce(a.after ->> 'goal_id', a.before ->> 'goal_id', a.row_id)
                        from audit_log a where a.organization_id = ? order by a.id offset ?""").params(org, count).query(String.class).list().stream()
                .collect(Collectors.toSet());
    }

    /** The same plan with every figure written with six decimals, as a spreadsheet may give it. */
    private static PlanContent withTrailingZeros(PlanContent c) {
        List<PlanContent.Goal> goals = c.goals().stream()
                .map(g -> new PlanContent.Goal(
                        g.budgetKind(),
                        g.sisptCode(),
                        g.lineText(),
                        g.lineCodes(),
                        g.sectorCode(),
                        g.sectorName(),
                        g.programCode(),
                        g.programName(),
                        g.productCode(),
                        g.productName(),
                        g.indicatorCode(),
                        g.indicatorName(),
                        g.customName(),
                        g.unit(),
                        sixDecimals(g.fourYearTarget()),
                        g.programmingType(),
                        g.typeInferred(),
                        g.accumulationText(),
                        g.principal(),
                        g.odsCode(),
                        g.odsName(),
                        g.sgrInitiative(),
                        g.sgrCofinanced(),
                        g.periods().stream()
                                .map(p -> new PlanContent.PeriodTarget(
                                        p.period(), sixDecimals(p.target()), sixDecimals(p.fileTotal())))
                                .toList(),
                        g.costs().stream()
                                .map(k -> new PlanContent.Cost(k.period(), k.sourceCode(), sixDecimals(k.amount())))
                                .toList(),
                        g.bpins()))
                .toList();
        List<PlanContent.SgrInitiative> initiatives = c.initiatives().stream()
                .map(i -> new PlanContent.SgrInitiative(
                        i.code(),
                        i.lineText(),
                        i.kind(),
                        i.sectorName(),
                        i.initiative(),
                        sixDecimals(i.amount()),
                        i.bpin()))
                .toList();
        return new PlanContent(
                c.name(),
                c.firstYear(),
                c.lastYear(),
                c.createdOn(),
                c.layout(),
                c.lines(),
                c.outcomes(),
                goals,
                initiatives);
    }

    private static BigDecimal sixDecimals(BigDecimal value) {
        return value == null ? null : value.setScale(6);
    }
}
