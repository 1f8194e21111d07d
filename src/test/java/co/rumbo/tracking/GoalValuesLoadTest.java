package co.rumbo.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.rumbo.calendar.Period;
import co.rumbo.organization.Organization;
import co.rumbo.platform.NotFoundException;
import co.rumbo.progress.ProgrammingType;
import co.rumbo.structure.PlanStore;
import co.rumbo.support.RumboIntegrationTest;
import co.rumbo.support.TestData;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Loading what a source says (replaceSource) and reading a plan's values (forPlan). */
@RumboIntegrationTest
class GoalValuesLoadTest {

    private static final Period Q1 = Period.ofQuarter(2025, 1);
    private static final Period Q2 = Period.ofQuarter(2025, 2);

    @Autowired
    GoalValues values;

    @Autowired
    PlanStore planStore;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    Organization org;
    UUID plan;
    UUID ip1;
    UUID ip2;

    @BeforeEach
    void aPlanWithTwoGoals() {
        org = data.organization();
        plan = TestPlans.save(
                planStore,
                org.id(),
                TestPlans.plan(
                        TestPlans.goal("IP-1", ProgrammingType.SUMA, "4", "4", "4", "4"),
                        TestPlans.goal("IP-2", ProgrammingType.SUMA, "1", "1", "1", "1")));
        ip1 = id("IP-1");
        ip2 = id("IP-2");
    }

    private UUID id(String code) {
        return jdbc.sql("select id from product_goal where plan_id = ? and sispt_code = ?")
                .params(plan, code)
                .query(UUID.class)
                .single();
    }

    private static SourceLoad municipio(List<ValueWrite> writes, List<BudgetWrite> budgets) {
        return new SourceLoad(ValueSource.MUNICIPIO, Set.of(Q1, Q2), Set.of(2025), writes, budgets);
    }

    private static ValueWrite write(UUID goal, Period period, String programmed, String executed) {
        return new ValueWrite(goal, period, new BigDecimal(programmed), new BigDecimal(executed));
    }

    @Test
    void replacesTheSourcesEarlierValuesAndKeepsAPersons() {
        values.set(org.id(), ip2, Q1, new ValueEntry(BigDecimal.ONE, new BigDecimal("0.5")), null);
        values.replaceSource(
                org.id(),
                plan,
                municipio(
                        List.of(write(ip1, Q1, "1", "1"), write(ip1, Q2, "1", "0")),
                        List.of(new BudgetWrite(ip1, 2025, BigDecimal.TEN, BigDecimal.ONE, null, null))));

        SourceLoadResult second = values.replaceSource(
                org.id(), plan, municipio(List.of(write(ip1, Q1, "1", "1"), write(ip2, Q1, "1", "1")), List.of()));

        assertThat(second.valuesWritten())
                .as("IP-1 Q1 unchanged, IP-2 Q1 is a person's")
                .isZero();
        assertThat(second.valuesRemoved()).as("IP-1 Q2").isEqualTo(1);
        assertThat(second.budgetsRemoved()).isEqualTo(1);
        assertThat(second.kept()).containsExactly(new SourceLoadResult.Kept(ip2, "2025-Q1", false, ValueSource.MANUAL));
        PlanValues read = values.forPlan(org.id(), plan);
        assertThat(read.goal(ip1).values())
                .extracting(v -> v.period().toString())
                .containsExactly("2025-Q1");
        assertThat(read.goal(ip2).value(Q1).orElseThrow().executed()).isEqualByComparingTo("0.5");
        assertThat(read.goal(ip2).value(Q1).orElseThrow().source()).isEqualTo(ValueSource.MANUAL);
        assertThat(read.goal(ip1).budgets()).isEmpty();
    }

    @Test
    void readsAPlansValuesAndBudgetsByGoal() {
        values.replaceSource(
                org.id(),
                plan,
                new SourceLoad(
                        ValueSource.DNP,
                        Set.of(Period.ofYear(2024)),
                        Set.of(2024),
                        List.of(new ValueWrite(ip1, Period.ofYear(2024), null, new BigDecimal("3.5"))),
                        List.of(new BudgetWrite(ip2, 2024, null, new BigDecimal("100.25"), BigDecimal.TEN, null))));

        PlanValues read = values.forPlan(org.id(), plan);

        assertThat(read.byGoal()).containsOnlyKeys(ip1, ip2);
        PeriodValue year = read.goal(ip1).value(Period.ofYear(2024)).orElseThrow();
        assertThat(year.programmed()).isNull();
        assertThat(year.executed()).isEqualByComparingTo("3.5");
        assertThat(year.source()).isEqualTo(ValueSource.DNP);
        BudgetExecution budget = read.goal(ip2).budget(2024).orElseThrow();
        assertThat(budget.commitments()).isEqualByComparingTo("100.25");
        assertThat(budget.obligations()).isEqualByComparingTo("10");
        assertThat(budget.appropriation()).isNull();
        assertThat(read.goal(UUID.randomUUID()).values()).isEmpty();
    }

    @Test
    void anotherOrganizationsPlanIsNotFound() {
        Organization other = data.organization();

        assertThatThrownBy(() -> values.forPlan(other.id(), plan)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> values.replaceSource(other.id(), plan, municipio(List.of(), List.of())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void refusesAGoalOfAnotherPlan() {
        Organization other = data.organization();
        UUID otherPlan = TestPlans.save(
                planStore, other.id(), TestPlans.plan(TestPlans.goal("IP-1", ProgrammingType.SUMA, "1")));
        UUID foreign = jdbc.sql("select id from product_goal where plan_id = ?")
                .param(otherPlan)
                .query(UUID.class)
                .single();

        assertThatThrownBy(() -> values.replaceSource(
                        org.id(), plan, municipio(List.of(write(foreign, Q1, "1", "1")), List.of())))
                .isInstanceOf(NotFoundException.class);
    }
}
