package co.rumbo.dashboard;

import static co.rumbo.progress.GoalState.AL_DIA;
import static co.rumbo.progress.GoalState.ATRASADA;
import static co.rumbo.progress.GoalState.CUMPLIDA;
import static co.rumbo.progress.GoalState.EJECUCION_SIN_PROGRAMACION;
import static co.rumbo.progress.GoalState.ELIMINADA;
import static co.rumbo.progress.GoalState.NO_INICIADA;
import static co.rumbo.progress.GoalState.SIN_PROGRAMACION;
import static co.rumbo.progress.GoalState.SOBREEJECUTADA;
import static co.rumbo.progress.TrafficLight.AMARILLO;
import static co.rumbo.progress.TrafficLight.AZUL;
import static co.rumbo.progress.TrafficLight.GRIS;
import static co.rumbo.progress.TrafficLight.ROJO;
import static co.rumbo.progress.TrafficLight.VERDE;
import static org.assertj.core.api.Assertions.assertThat;

import co.rumbo.organization.Organizations;
import co.rumbo.progress.GoalState;
import co.rumbo.structure.PlanStore;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every figure of the tablero of {@link HandMadePlan} at the cut 2025-06 (the plan's second year),
 * worked out by hand. Goal figures (four-year view at year 2; P, PT, expected E):
 *
 * <pre>
 * G1 SUMA        prog 10 20 | exec 10, Q1+Q2 = 4+6 = 10   T 30 V 20  P 2/3   PT 20/60 = 1/3  E 30/60 = 1/2  ATRASADA AMARILLO
 * G2 CONSTANTE   prog 100 100 | exec 100, mean(90×6) = 90  P 190/200 = 0.95   PT 190/400 = 0.475   E 200/400 = 1/2  AL_DIA VERDE
 * G3 CRECIENTE   LB 50, T 70, TT 90, V = Q1 = 58           P 8/20 = 0.4      PT 8/40 = 0.2   E 20/40 = 1/2    ATRASADA ROJO
 * G4 DECRECIENTE LB 20, T 15, TT 10, nothing reported       P 0  PT 0                         E 5/10 = 1/2     NO_INICIADA ROJO
 * G5 SUMA        prog – 4 | exec –, 3+3 = 6                 P 6/4 = 1.5      PT 6/10 = 0.6   E 4/10 = 0.4     SOBREEJECUTADA AZUL
 * G6 eliminated                                                                                                ELIMINADA GRIS
 * </pre>
 *
 * Scores cap P at 1 (G5 counts 1). L1 = {G1, G2 (w3), G5}, L2 = {G3, G4, G5, G6}.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardFiguresTest {

    private static final YearMonth CUT = YearMonth.of(2025, 6);

    @Autowired
    Dashboards dashboards;

    @Autowired
    Organizations organizations;

    @Autowired
    PlanStore planStore;

    @Autowired
    JdbcClient jdbc;

    HandMadePlan plan;
    Dashboard dashboard;

    @BeforeAll
    void createPlan() {
        plan = HandMadePlan.create(organizations, planStore, jdbc, "Municipio de Prueba Cifras");
        dashboard = dashboards.dashboard(plan.organization.id(), plan.planId, CUT);
    }

    @Test
    void eachGoalHasTheFiguresOfTheFourYearViewAtTheCutYear() {
        assertThat(dashboard.cutYear()).isEqualTo(2);
        assertGoal("G1", ATRASADA, AMARILLO, ratio(2, 3), ratio(1, 3), ratio(1, 2));
        assertGoal("G2", AL_DIA, VERDE, ratio(95, 100), ratio(475, 1000), ratio(1, 2));
        assertGoal("G3", ATRASADA, ROJO, ratio(4, 10), ratio(2, 10), ratio(1, 2));
        assertGoal("G4", NO_INICIADA, ROJO, ratio(0, 1), ratio(0, 1), ratio(1, 2));
        assertGoal("G5", SOBREEJECUTADA, AZUL, ratio(3, 2), ratio(6, 10), ratio(4, 10));
        GoalFigures g6 = goal("G6");
        assertThat(g6.state()).isEqualTo(ELIMINADA);
        assertThat(g6.trafficLight()).isEqualTo(GRIS);
        assertThat(g6.progressToCut()).isNull();
        assertThat(g6.progressTotal()).isNull();
        assertThat(g6.expectedToCut()).isNull();
    }

    @Test
    void targetsAndValuesToTheCutComeFromTheEngine() {
        GoalFigures g1 = goal("G1");
        assertThat(g1.targetToCut()).isEqualByComparingTo("30");
        assertThat(g1.valueToCut()).isEqualByComparingTo("20");
        assertThat(g1.targetTotal()).isEqualByComparingTo("60");
        GoalFigures g3 = goal("G3");
        assertThat(g3.targetToCut()).isEqualByComparingTo("70");
        assertThat(g3.valueToCut()).isEqualByComparingTo("58");
        assertThat(g3.targetTotal()).isEqualByComparingTo("90");
        assertThat(goal("G4").valueToCut()).isNull();
    }

    @Test
    void withinTheCutYearTheViewIsThatOfItsPeriods() {
        // G1: quarters Q1, Q2 closed at 2025-06: T 10, V 10 → P 1, PT 10/20 → AL_DIA.
        assertThat(goal("G1").yearState()).isEqualTo(AL_DIA);
        assertClose(goal("G1").yearProgressToCut(), ratio(1, 1));
        // G2: months 1–6, 540 / 600 = 0.9.
        assertThat(goal("G2").yearState()).isEqualTo(AL_DIA);
        assertClose(goal("G2").yearProgressToCut(), ratio(9, 10));
        // G3: its 2025 quarters have no programming.
        assertThat(goal("G3").yearState()).isEqualTo(SIN_PROGRAMACION);
        assertThat(goal("G3").yearProgressToCut()).isNull();
        // G4: nothing recorded in 2025 at all.
        assertThat(goal("G4").yearState()).isNull();
        // G5: months 2 and 5, 6 / 4.
        assertThat(goal("G5").yearState()).isEqualTo(SOBREEJECUTADA);
        assertClose(goal("G5").yearProgressToCut(), ratio(3, 2));
    }

    @Test
    void consistencyWarningsComeFromTheYearsThatDoNotMatchTheirTarget() {
        assertThat(goal("G1").warnings()).isEmpty();
        assertThat(goal("G2").warnings()).isEmpty();
        assertThat(goal("G3").warnings())
                .containsExactly("2025: Ningún periodo del año tiene programación, pero la meta anual es 70.");
        assertThat(goal("G5").warnings()).isEmpty();
    }

    @Test
    void thePlanRollsUpItsLinesWithTheirWeights() {
        PlanFigures figures = dashboard.figures();
        // L1 = (2/3 + 3·0.95 + 1) / 5 = 271/300; L2 = (0.4 + 0 + 1) / 3 = 7/15; plan = (2·L1 + L2) / 3 = 682/900.
        assertClose(figures.progressToCut(), ratio(682, 900));
        assertThat(figures.trafficLight()).isEqualTo(AMARILLO);
        // PT: L1 = (1/3 + 3·0.475 + 0.6) / 5 = 7.075/15; L2 = (0.2 + 0 + 0.6) / 3 = 4/15; plan = (14.15 + 4) / 45.
        assertClose(figures.progressTotal(), ratio(1815, 4500));
        // Expected: L1 = (0.5 + 1.5 + 0.4) / 5 = 0.48; L2 = (0.5 + 0.5 + 0.4) / 3 = 7/15; plan = 21.4/45.
        assertClose(figures.expectedToCut(), ratio(214, 450));
        assertThat(figures.goals()).isEqualTo(6);
        assertThat(figures.stateCounts())
                .isEqualTo(counts(ATRASADA, 2, AL_DIA, 1, NO_INICIADA, 1, SOBREEJECUTADA, 1, ELIMINADA, 1));
        assertThat(figures.lagging()).isEqualTo(3);
    }

    @Test
    void strategicLinesCountAGoalOfTwoLinesInBoth() {
        assertThat(dashboard.strategicLines()).extracting(GroupFigures::code).containsExactly("L1", "L2");
        GroupFigures l1 = dashboard.strategicLines().get(0);
        assertThat(l1.id()).isEqualTo(plan.lines.get("L1").toString());
        assertThat(l1.weight()).isEqualByComparingTo("2");
        assertClose(l1.score(), ratio(271, 300));
        assertClose(l1.scoreTotal(), ratio(7075, 15000));
        assertClose(l1.expectedToCut(), ratio(48, 100));
        assertThat(l1.trafficLight()).isEqualTo(VERDE);
        assertThat(l1.stateCounts()).isEqualTo(counts(ATRASADA, 1, AL_DIA, 1, SOBREEJECUTADA, 1));
        assertThat(l1.goals()).isEqualTo(3);

        GroupFigures l2 = dashboard.strategicLines().get(1);
        assertClose(l2.score(), ratio(7, 15));
        assertClose(l2.scoreTotal(), ratio(4, 15));
        assertClose(l2.expectedToCut(), ratio(7, 15));
        assertThat(l2.trafficLight()).isEqualTo(ROJO);
        assertThat(l2.stateCounts()).isEqualTo(counts(ATRASADA, 1, NO_INICIADA, 1, SOBREEJECUTADA, 1, ELIMINADA, 1));
        assertThat(l2.goals()).isEqualTo(4);
        assertThat(l2.lagging()).isEqualTo(2);
    }

    @Test
    void officesRollUpTheirGoals() {
        assertThat(dashboard.offices())
                .extracting(GroupFigures::name)
                .containsExactly("Oficina de Planeación", "Secretaría de Gobierno", "Secretaría de Salud");
        GroupFigures c = group(dashboard.offices(), plan.officeC.id().toString());
        GroupFigures a = group(dashboard.offices(), plan.officeA.id().toString());
        GroupFigures b = group(dashboard.offices(), plan.officeB.id().toString());
        // A: (2/3 + 3·0.95) / 4
        assertClose(a.score(), ratio(211, 240));
        assertThat(a.trafficLight()).isEqualTo(VERDE);
        assertClose(a.scoreTotal(), ratio(211, 480));
        assertClose(a.expectedToCut(), ratio(1, 2));
        assertThat(a.stateCounts()).isEqualTo(counts(ATRASADA, 1, AL_DIA, 1));
        // B: (0.4 + 0) / 2
        assertClose(b.score(), ratio(2, 10));
        assertThat(b.trafficLight()).isEqualTo(ROJO);
        assertClose(b.scoreTotal(), ratio(1, 10));
        assertThat(b.stateCounts()).isEqualTo(counts(ATRASADA, 1, NO_INICIADA, 1));
        // C: G5 capped at 1; G6 eliminated has no score.
        assertClose(c.score(), ratio(1, 1));
        assertThat(c.trafficLight()).isEqualTo(VERDE);
        assertClose(c.scoreTotal(), ratio(6, 10));
        assertClose(c.expectedToCut(), ratio(4, 10));
        assertThat(c.stateCounts()).isEqualTo(counts(SOBREEJECUTADA, 1, ELIMINADA, 1));
    }

    @Test
    void sectorsAndProgramsRollUpTheirGoals() {
        assertThat(dashboard.sectors()).extracting(GroupFigures::id).containsExactly("19", "45");
        GroupFigures health = group(dashboard.sectors(), "19");
        assertThat(health.name()).isEqualTo("Salud");
        assertClose(health.score(), ratio(2, 10));
        assertThat(health.stateCounts()).isEqualTo(counts(ATRASADA, 1, NO_INICIADA, 1, ELIMINADA, 1));
        GroupFigures government = group(dashboard.sectors(), "45");
        assertClose(government.score(), ratio(271, 300));
        assertThat(government.trafficLight()).isEqualTo(VERDE);

        assertThat(dashboard.programs()).extracting(GroupFigures::id).containsExactly("1901", "1903", "4501", "4502");
        assertClose(group(dashboard.programs(), "1901").score(), ratio(4, 10));
        assertThat(group(dashboard.programs(), "1901").trafficLight()).isEqualTo(ROJO);
        assertClose(group(dashboard.programs(), "1903").score(), ratio(0, 1));
        assertClose(group(dashboard.programs(), "4501").score(), ratio(211, 240));
        assertClose(group(dashboard.programs(), "4502").score(), ratio(1, 1));
    }

    @Test
    void moneyIsCountedUpToTheCutYearWithoutEliminatedGoals() {
        Financial g1 = goal("G1").financial();
        assertThat(g1.programmedCost()).isEqualByComparingTo("3000");
        assertThat(g1.commitments()).isEqualByComparingTo("1400");
        assertThat(g1.obligations()).isEqualByComparingTo("1000");
        assertClose(g1.commitmentsRatio(), ratio(14, 30));
        assertClose(g1.obligationsRatio(), ratio(1, 3));
        assertThat(goal("G2").financial().programmedCost()).isNull();
        assertThat(goal("G2").financial().commitmentsRatio()).isNull();

        Financial total = dashboard.figures().financial();
        assertThat(total.programmedCost()).isEqualByComparingTo("16000");
        assertThat(total.commitments()).isEqualByComparingTo("10900");
        assertThat(total.obligations()).isEqualByComparingTo("6000");
        assertClose(total.commitmentsRatio(), ratio(10900, 16000));
        assertClose(total.obligationsRatio(), ratio(6000, 16000));

        Financial officeB =
                group(dashboard.offices(), plan.officeB.id().toString()).financial();
        assertThat(officeB.programmedCost()).isEqualByComparingTo("12000");
        assertThat(officeB.commitments()).isEqualByComparingTo("9500");
        assertThat(officeB.obligations()).isEqualByComparingTo("5000");
    }

    @Test
    void consistencyAlertsFlagMoneyWithoutProgressAndProgressWithoutMoney() {
        // G4 committed 2,500 and reports nothing; G6 too, but it is eliminated.
        assertThat(dashboard.moneyWithoutProgress())
                .extracting(GoalFigures::sisptCode)
                .containsExactly("G4");
        // G5 progressed with 1,000 programmed and nothing committed; G2 progressed with no cost programmed.
        assertThat(dashboard.progressWithoutMoney())
                .extracting(GoalFigures::sisptCode)
                .containsExactly("G5");
    }

    @Test
    void laggingGoalsAreGroupedByOfficeTheOfficeWithMostFirst() {
        assertThat(dashboard.lagging())
                .extracting(OfficeLagging::officeName)
                .containsExactly("Secretaría de Salud", "Secretaría de Gobierno");
        assertThat(dashboard.lagging().get(0).goals())
                .extracting(GoalFigures::sisptCode)
                .containsExactly("G3", "G4");
        assertThat(dashboard.lagging().get(1).goals())
                .extracting(GoalFigures::sisptCode)
                .containsExactly("G1");
    }

    @Test
    void theGoalListFiltersByStateLightOfficeLineAndText() {
        assertThat(codes(new DashboardFilter(ATRASADA, null, null, null, null, null, null, null)))
                .containsExactly("G1", "G3");
        assertThat(codes(new DashboardFilter(null, ROJO, null, null, null, null, null, null)))
                .containsExactly("G3", "G4");
        assertThat(codes(new DashboardFilter(null, null, plan.officeC.id().toString(), null, null, null, null, null)))
                .containsExactly("G5", "G6");
        assertThat(codes(new DashboardFilter(
                        null, null, null, plan.lines.get("L1").toString(), null, null, null, null)))
                .containsExactly("G1", "G2", "G5");
        assertThat(codes(new DashboardFilter(null, null, null, null, null, null, null, "SALUD PUBLICA")))
                .containsExactly("G3", "G6");
        assertThat(codes(new DashboardFilter(null, null, null, null, null, null, true, null)))
                .containsExactly("G1", "G3", "G4");
    }

    @Test
    void theGoalPageShowsBothViewsAndTheYearsSeries() {
        GoalDashboard g1 = dashboards.goal(plan.organization.id(), plan.goal("G1"), "2025-06");
        assertThat(g1.overPlan().state()).isEqualTo(ATRASADA);
        assertThat(g1.withinYear().state()).isEqualTo(AL_DIA);
        assertThat(g1.years())
                .extracting(GoalDashboard.YearFigures::granularity)
                .containsExactly("YEAR", "QUARTER", null, null);
        GoalDashboard.YearFigures y2025 = g1.years().get(1);
        assertThat(y2025.cutInYear()).isEqualTo(2);
        assertThat(y2025.value()).isEqualByComparingTo("10");
        assertThat(y2025.periods())
                .extracting(GoalDashboard.PeriodValue::counts)
                .containsExactly(true, true, false, false);
        assertThat(g1.years().get(0).value()).isEqualByComparingTo("10");
        assertThat(g1.values()).hasSize(5);
    }

    @Test
    void aChangeToTheValuesIsSeenByTheNextRequest() {
        UUID org = plan.organization.id();
        Dashboard before = dashboards.dashboard(org, plan.planId, CUT);
        assertThat(dashboards.dashboard(org, plan.planId, CUT)).isSameAs(before);
        // G7 must not exist: a fresh goal would change every figure; change G4 of another cut instead.
        YearMonth other = YearMonth.of(2026, 3);
        Dashboard otherBefore = dashboards.dashboard(org, plan.planId, other);
        plan.value(jdbc, "G4", "2026-Q1", null, "14");
        Dashboard otherAfter = dashboards.dashboard(org, plan.planId, other);
        assertThat(otherAfter).isNotSameAs(otherBefore);
        // 2026 counts in full at 2026-03: LB 20, T 12, V 14 → P = 6/8 = 0.75, ATRASADA AMARILLO.
        GoalFigures g4 = otherAfter.goalsById().get(plan.goal("G4"));
        assertThat(g4.state()).isEqualTo(ATRASADA);
        assertClose(g4.progressToCut(), ratio(6, 8));
        // The cut 2025-06 does not see 2026, but its cached tablero is recomputed all the same.
        Dashboard after = dashboards.dashboard(org, plan.planId, CUT);
        assertThat(after).isNotSameAs(before);
        assertThat(after.goalsById().get(plan.goal("G4")).state()).isEqualTo(NO_INICIADA);
        jdbc.sql("delete from goal_value where goal_id = ? and period = '2026-Q1'")
                .param(plan.goal("G4"))
                .update();
    }

    @Test
    void statesThatNeverAppearHereAreCountedAsZero() {
        assertThat(dashboard.figures().stateCounts())
                .containsEntry(CUMPLIDA, 0)
                .containsEntry(SIN_PROGRAMACION, 0)
                .containsEntry(EJECUCION_SIN_PROGRAMACION, 0);
    }

    private void assertGoal(
            String code,
            GoalState state,
            co.rumbo.progress.TrafficLight light,
            BigDecimal progressToCut,
            BigDecimal progressTotal,
            BigDecimal expected) {
        GoalFigures goal = goal(code);
        assertThat(goal.state()).as(code).isEqualTo(state);
        assertThat(goal.trafficLight()).as(code).isEqualTo(light);
        assertClose(goal.progressToCut(), progressToCut);
        assertClose(goal.progressTotal(), progressTotal);
        assertClose(goal.expectedToCut(), expected);
        assertThat(goal.problem()).isNull();
    }

    private GoalFigures goal(String code) {
        return dashboard.goals().stream()
                .filter(g -> g.sisptCode().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private List<String> codes(DashboardFilter filter) {
        return dashboard.goals(filter).stream().map(GoalFigures::sisptCode).toList();
    }

    private static GroupFigures group(List<GroupFigures> groups, String id) {
        return groups.stream().filter(g -> g.id().equals(id)).findFirst().orElseThrow();
    }

    private static BigDecimal ratio(long numerator, long denominator) {
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), MathContext.DECIMAL128);
    }

    /** Equal to 30 significant digits: the engine divides with 34. */
    private static void assertClose(BigDecimal actual, BigDecimal expected) {
        assertThat(actual).isNotNull();
        assertThat(actual.subtract(expected).abs()).isLessThan(new BigDecimal("1e-30"));
    }

    private static Map<GoalState, Integer> counts(Object... stateAndCount) {
        Map<GoalState, Integer> counts = new EnumMap<>(GoalState.class);
        for (GoalState state : GoalState.values()) {
            counts.put(state, 0);
        }
        for (int i = 0; i < stateAndCount.length; i += 2) {
            counts.put((GoalState) stateAndCount[i], (Integer) stateAndCount[i + 1]);
        }
        return counts;
    }
}
