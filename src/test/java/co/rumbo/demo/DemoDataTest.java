package co.rumbo.demo;

import static org.assertj.core.api.Assertions.assertThat;

import co.rumbo.calendar.Period;
import co.rumbo.calendar.PeriodKind;
import co.rumbo.identity.CurrentUser;
import co.rumbo.identity.Role;
import co.rumbo.organization.Organization;
import co.rumbo.organization.OrganizationCalendars;
import co.rumbo.organization.Organizations;
import co.rumbo.planning.ActionPlanState;
import co.rumbo.planning.ActionPlanSummary;
import co.rumbo.planning.ActionPlanView;
import co.rumbo.planning.ActionPlans;
import co.rumbo.planning.Formulations;
import co.rumbo.planning.PlanGoal;
import co.rumbo.progress.ProgrammingType;
import co.rumbo.progress.YearViews;
import co.rumbo.support.ApiClient;
import co.rumbo.tracking.CapturePeriods;
import co.rumbo.tracking.PeriodState;
import co.rumbo.tracking.ProgressReports;
import co.rumbo.tracking.ReportState;
import co.rumbo.tracking.SheetSummary;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo as the default run loads it, on a PostgreSQL of its own: Tenjo with the approved action
 * plans of 2025 and 2026 of every office, made through the planning module (so every rule of it held),
 * 2025 captured by quarter, accepted and closed, October 2026 open for the demo users, and nothing
 * loaded twice.
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

    @Autowired
    CapturePeriods periods;

    @Autowired
    ProgressReports reports;

    @Autowired
    OrganizationCalendars calendars;

    @LocalServerPort
    int port;

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
    void the2025QuartersAreTheWorkbooksAsWrittenAndAGoalThatAgreesWithNoTargetShowsTheWarning() {
        List<PlanGoal> goals = goals(2025);
        List<PlanGoal> programmed =
                goals.stream().filter(g -> Boolean.TRUE.equals(g.programmed())).toList();

        assertThat(programmed).hasSizeGreaterThan(100);
        // the plan's warning is the §6 rule on the target and quarters as saved, nothing rescaled
        assertThat(programmed).allSatisfy(g -> assertThat(
                        Optional.ofNullable(g.consistencyWarning()).isPresent())
                .as(g.sisptCode())
                .isEqualTo(YearViews.consistencyWarning(
                                ProgrammingType.valueOf(g.programmingType()), g.target(), g.quarters())
                        .isPresent()));
        assertThat(programmed).filteredOn(g -> g.consistencyWarning() != null).isNotEmpty();
        assertThat(programmed).filteredOn(g -> g.consistencyWarning() != null).allSatisfy(g -> assertThat(g.target())
                .isEqualByComparingTo(g.indicativeTarget()));
        Map<String, PlanGoal> byCode = goals.stream().collect(Collectors.toMap(PlanGoal::sisptCode, g -> g));
        // IP-19 (SUMA): the Plan Indicativo says 3 for 2025, Tenjo planned 2 + 4: the plan keeps 2 and 4, target 6
        PlanGoal ip19 = byCode.get("IP-19");
        assertThat(ip19.indicativeTarget()).isEqualByComparingTo("3");
        assertThat(ip19.target()).isEqualByComparingTo("6");
        assertThat(ip19.quarters()).extracting(BigDecimal::toPlainString).containsExactly("2", "4", "0", "0");
        // IP-12 (CONSTANTE 1) planned as shares of the year 0.15 + 0.35 + 0.35 + 0.15: no target agrees, so
        // it keeps the Plan Indicativo's target and the quarters as written, with the warning
        PlanGoal ip12 = byCode.get("IP-12");
        assertThat(ip12.programmed()).isTrue();
        assertThat(ip12.target()).isEqualByComparingTo("1");
        assertThat(ip12.quarters())
                .extracting(BigDecimal::toPlainString)
                .containsExactly("0.15", "0.35", "0.35", "0.15");
        assertThat(ip12.consistencyWarning()).contains("(CONSTANTE) no es coherente con la meta del año");
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
    void the2025QuartersWereCapturedFromTheWorkbookAcceptedAndClosed() {
        for (int q = 1; q <= 4; q++) {
            Period period = Period.ofQuarter(2025, q);
            assertThat(periods.get(tenjo.id(), period).state()).isEqualTo(PeriodState.CERRADO);
            List<SheetSummary> sheets = reports.sheets(tenjo.id(), period);
            assertThat(sheets).isNotEmpty().allSatisfy(s -> {
                assertThat(s.state()).isEqualTo(ReportState.ACEPTADO);
                assertThat(s.notReported()).isFalse();
            });
        }
        // IP-19 (SUMA, programmed 2 + 4 in 2025): the workbook's executed values are the quarters' values now
        Map<String, Object> ip19 = jdbc.sql("""
                        select v.source, v.programmed, v.executed from goal_value v join product_goal g on g.id = v.goal_id
                        where g.organization_id = ? and g.sispt_code = 'IP-19' and v.period = '2025-Q2'""").param(tenjo.id()).query().singleRow();
        assertThat(ip19.get("source")).isEqualTo("CAPTURA");
        assertThat((BigDecimal) ip19.get("programmed")).isEqualByComparingTo("4");
    }

    @Test
    void capturedQuartersReplaceTheWorkbooksValuesSoNothingIsCountedTwice() {
        // the accepted quarters of programmed goals are CAPTURA; goals not programmed in 2025 keep the
        // workbook's values (MUNICIPIO); one value per goal and period, and no 2025 month was recorded
        Map<String, Long> bySource = new java.util.TreeMap<>();
        jdbc.sql("""
                        select source, count(*) from goal_value
                        where organization_id = ? and period like '2025-Q_' group by source""").param(tenjo.id()).query(rs -> {
            bySource.put(rs.getString(1), rs.getLong(2));
        });
        assertThat(bySource).containsKeys("CAPTURA", "MUNICIPIO");
        assertThat(count("""
                        select count(*) from goal_value v
                        where v.organization_id = ? and v.period ~ '^2025-[0-9]{2}$'""")).isZero();
        long programmedGoals2025 = count("""
                        select count(*) from action_plan_goal d join action_plan p on p.id = d.plan_id
                        where p.organization_id = ? and p.year = 2025 and d.programmed""");
        long capturaGoals = count("""
                        select count(distinct goal_id) from goal_value
                        where organization_id = ? and period like '2025-Q_' and source = 'CAPTURA'""");
        assertThat(capturaGoals).isEqualTo(programmedGoals2025);
    }

    @Test
    void in2026TheOrganizationCapturesByMonthAndLastMonthIsOpenForTheDemoUsers() {
        Period october = Period.ofMonth(2026, 10);
        assertThat(periods.settings(tenjo.id()).periodKind()).isEqualTo(PeriodKind.MONTH);
        var open = periods.get(tenjo.id(), october);
        assertThat(open.state()).isEqualTo(PeriodState.ABIERTO);
        assertThat(open.deadline()).isEqualTo(calendars.calendar(tenjo.id()).deadline(october, 10));

        // the cycle with the demo users: the office's leader saves a row and submits, planning accepts
        ApiClient leader = ApiClient.as(port, "lider", "rumbo-demo");
        ApiClient planning = ApiClient.as(port, "planeacion", "rumbo-demo");
        String office = jdbc.sql("select o.id::text from office o where o.organization_id = ? and o.name = ?")
                .params(tenjo.id(), "Sec. Infraestructura y Obra Pública")
                .query(String.class)
                .single();
        String sheet = "/api/v1/offices/" + office + "/reports/2026-10";
        ApiClient.Answer read = leader.get(sheet);
        assertThat(read.status()).as("%s", read).isEqualTo(200);
        assertThat(read.<String>json("$.state")).isEqualTo("BORRADOR");
        String goal = read.json("$.rows[0].goalId");
        int version = read.json("$.rows[0].version");
        ApiClient.Answer saved = leader.put(
                sheet + "/goals/" + goal,
                "{\"executed\":1,\"description\":\"Avance de octubre\",\"version\":" + version + "}");
        assertThat(saved.status()).as("%s", saved).isEqualTo(200);
        assertThat(leader.post(sheet + "/submit", "{}").status()).isEqualTo(200);
        ApiClient.Answer accepted = planning.post(sheet + "/accept", "{}");
        assertThat(accepted.status()).as("%s", accepted).isEqualTo(200);
    }

    @Test
    void aSecondStartLoadsNothingAgain() {
        long plans = count("select count(*) from action_plan where organization_id = ?");
        long events = count("select count(*) from action_plan_event where organization_id = ?");
        long goals = count("select count(*) from action_plan_goal where organization_id = ?");
        long capturePeriods = count("select count(*) from capture_period where organization_id = ?");
        long sheets = count("select count(*) from progress_report where organization_id = ?");

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
