package co.rumbo.demo;

import static org.assertj.core.api.Assertions.assertThat;

import co.rumbo.identity.CurrentUser;
import co.rumbo.identity.Role;
import co.rumbo.organization.Organization;
import co.rumbo.organization.Organizations;
import co.rumbo.planning.ActionPlanState;
import co.rumbo.planning.ActionPlanSummary;
import co.rumbo.planning.ActionPlanView;
import co.rumbo.planning.ActionPlans;
import co.rumbo.planning.Formulations;
import co.rumbo.planning.PlanGoal;
import co.rumbo.progress.ProgrammingType;
import co.rumbo.progress.YearViews;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo as the default run loads it, on a PostgreSQL of its own: Tenjo with the approved action
 * plans of 2025 and 2026 of every office, made through the planning module (so every rule of it held),
 * and nothing loaded twice.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"rumbo.embedded-db.data-dir=target/test-postgres-demo", "rumbo.demo.enabled=true"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoDataTest {

    @Autowired
    DemoData demo;

    @Autowired
    Organizations organizations;

    @Autowired
    ActionPlans actionPlans;

    @Autowired
    Formulations formulations;

    @Autowired
    JdbcClient jdbc;

    Organization tenjo;
    CurrentUser planner;

    @BeforeAll
    void loadedOnStart() {
        tenjo = organizations.findByDaneCode(DemoData.DANE).orElseThrow();
        planner = new CurrentUser(UUID.randomUUID(), "t", "T", tenjo.id(), Set.of(Role.PLANEACION), Set.of());
    }

    @Test
    void everyOfficeWithGoalsHasItsApprovedPlanFor2025And2026() {
        for (int year : DemoData.PLAN_YEARS) {
            var formulation = formulations.get(planner, year);
            List<ActionPlanSummary> plans = actionPlans.list(planner, year);

            assertThat(formulation.deadline()).isBefore(LocalDate.of(year, 1, 1));
            assertThat(plans).hasSize(formulation.offices().size()).isNotEmpty();
            assertThat(plans).allSatisfy(p -> {
                assertThat(p.state()).isEqualTo(ActionPlanState.APROBADO);
                assertThat(p.minutesReference()).isEqualTo("Acta 001 de " + year + " del Consejo de Gobierno");
                assertThat(p.approvedOn().getYear()).isEqualTo(year);
            });
            for (ActionPlanSummary p : plans) {
                ActionPlanView view = actionPlans.view(planner, p.id());
                assertThat(view.undecided()).isZero();
                assertThat(view.overCeiling()).isFalse();
                assertThat(view.history())
                        .extracting(e -> e.to())
                        .containsExactly(
                                ActionPlanState.BORRADOR,
                                ActionPlanState.ENVIADO,
                                ActionPlanState.REVISADO,
                                ActionPlanState.APROBADO);
                assertThat(view.history()).allSatisfy(e -> assertThat(e.actor()).isEqualTo("sistema"));
            }
        }
    }

    @Test
    void the2025QuartersAreTheWorkbooksAsWrittenAndAgreeWithTheTargetTheGoalCarries() {
        List<PlanGoal> goals = goals(2025);
        List<PlanGoal> programmed =
                goals.stream().filter(g -> Boolean.TRUE.equals(g.programmed())).toList();

        assertThat(programmed).hasSizeGreaterThan(100);
        assertThat(programmed).allSatisfy(g -> assertThat(YearViews.consistencyWarning(
                        ProgrammingType.valueOf(g.programmingType()), g.target(), g.quarters()))
                .as(g.sisptCode())
                .isEmpty());
        Map<String, PlanGoal> byCode = goals.stream().collect(Collectors.toMap(PlanGoal::sisptCode, g -> g));
        // IP-19 (SUMA): the Plan Indicativo says 3 for 2025, Tenjo planned 2 + 4: the plan keeps 2 and 4, target 6
        PlanGoal ip19 = byCode.get("IP-19");
        assertThat(ip19.indicativeTarget()).isEqualByComparingTo("3");
        assertThat(ip19.target()).isEqualByComparingTo("6");
        assertThat(ip19.quarters()).extracting(BigDecimal::toPlainString).containsExactly("2", "4", "0", "0");
        // IP-12 (CONSTANTE 1) planned as shares of the year 0.15 + 0.35 + 0.35 + 0.15: no target agrees
        PlanGoal ip12 = byCode.get("IP-12");
        assertThat(ip12.programmed()).isFalse();
        assertThat(ip12.notProgrammedReason()).contains("CONSTANTE").contains("No se reescala");
        // goals the workbook plans with nothing in 2025
        assertThat(goals)
                .filteredOn(g -> Boolean.FALSE.equals(g.programmed()))
                .anySatisfy(g -> assertThat(g.notProgrammedReason()).contains("no programa avance"));
    }

    @Test
    void programmedGoalsCarryThePlanIndicativosMoneyPerProjectAndSource() {
        List<PlanGoal> programmed = goals(2025).stream()
                .filter(g -> Boolean.TRUE.equals(g.programmed())
                        && g.indicativeCost().signum() > 0)
                .toList();

        assertThat(programmed).isNotEmpty().allSatisfy(g -> {
            assertThat(g.budget()).isNotEmpty();
            assertThat(g.budget()).allSatisfy(b -> assertThat(b.projectBpin()).matches("[0-9]{8,20}"));
            BigDecimal money = g.budget().stream().map(b -> b.amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(money.subtract(g.indicativeCost()).abs()).isLessThan(new BigDecimal("0.05"));
        });
    }

    @Test
    void in2026TheWorkbookHasNoQuartersSoThePlanIndicativosTargetIsSplitPlainly() {
        List<PlanGoal> goals = goals(2026);

        assertThat(goals)
                .filteredOn(g ->
                        g.indicativeTarget() != null && g.indicativeTarget().signum() > 0)
                .isNotEmpty()
                .allSatisfy(g -> {
                    assertThat(g.programmed()).isTrue();
                    assertThat(g.target()).isEqualByComparingTo(g.indicativeTarget());
                });
    }

    @Test
    void aSecondStartLoadsNothingAgain() {
        long plans = count("select count(*) from action_plan where organization_id = ?");
        long events = count("select count(*) from action_plan_event where organization_id = ?");
        long goals = count("select count(*) from action_plan_goal where organization_id = ?");

        demo.loadOnce();

        assertThat(count("select count(*) from action_plan where organization_id = ?"))
                .isEqualTo(plans);
        assertThat(count("select count(*) from action_plan_event where organization_id = ?"))
                .isEqualTo(events);
        assertThat(count("select count(*) from action_plan_goal where organization_id = ?"))
                .isEqualTo(goals);
        assertThat(count("select count(*) from organization where dane_code = '25799' and ? is not null"))
                .isEqualTo(1);
    }

    private List<PlanGoal> goals(int year) {
        return actionPlans.list(planner, year).stream()
                .flatMap(p -> actionPlans.view(planner, p.id()).goals().stream())
                .toList();
    }

    private long count(String sql) {
        return jdbc.sql(sql).param(tenjo.id()).query(Long.class).single();
    }
}
