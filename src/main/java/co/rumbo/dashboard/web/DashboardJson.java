package co.rumbo.dashboard.web;

import co.rumbo.dashboard.Dashboard;
import co.rumbo.dashboard.Financial;
import co.rumbo.dashboard.GoalFigures;
import co.rumbo.dashboard.GroupFigures;
import co.rumbo.dashboard.OfficeLagging;
import co.rumbo.dashboard.PlanFigures;
import co.rumbo.progress.GoalState;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The tablero in the API. Ratios are plain numbers (0.85 is 85 %), rounded half-up to 6 decimals for
 * reading; states and traffic lights were decided on the exact values before rounding.
 */
record DashboardJson(
        String cut,
        int cutYear,
        PlanJson plan,
        List<GroupJson> strategicLines,
        List<GroupJson> sectors,
        List<GroupJson> programs,
        List<GroupJson> offices,
        List<GoalJson> goals,
        AlertsJson alerts,
        List<LaggingJson> lagging,
        String computedAt) {

    record PlanJson(
            UUID id,
            String name,
            int firstYear,
            int lastYear,
            String organization,
            BigDecimal progressTotal,
            BigDecimal progressToCut,
            BigDecimal expectedToCut,
            String trafficLight,
            Map<String, Integer> stateCounts,
            int goals,
            int lagging,
            FinancialJson financial) {}

    record GroupJson(
            String id,
            String code,
            String name,
            BigDecimal weight,
            BigDecimal score,
            BigDecimal scoreTotal,
            BigDecimal expectedToCut,
            String trafficLight,
            Map<String, Integer> stateCounts,
            int goals,
            int lagging,
            FinancialJson financial) {}

    record GoalJson(
            UUID id,
            String sisptCode,
            String budgetKind,
            String name,
            String office,
            UUID officeId,
            List<String> strategicLines,
            String sectorCode,
            String programCode,
            String programmingType,
            boolean eliminated,
            String state,
            String trafficLight,
            BigDecimal progressToCut,
            BigDecimal progressTotal,
            BigDecimal expectedToCut,
            BigDecimal targetToCut,
            BigDecimal valueToCut,
            BigDecimal targetTotal,
            String yearState,
            BigDecimal yearProgressToCut,
            FinancialJson financial,
            String problem,
            List<String> warnings) {}

    record FinancialJson(
            BigDecimal programmedCost,
            BigDecimal appropriation,
            BigDecimal commitments,
            BigDecimal obligations,
            BigDecimal payments,
            BigDecimal commitmentsRatio,
            BigDecimal obligationsRatio) {}

    record AlertsJson(List<String> moneyWithoutProgress, List<String> progressWithoutMoney) {}

    record LaggingJson(UUID officeId, String office, int count, List<String> goals) {}

    static DashboardJson of(Dashboard d, List<GoalFigures> goals) {
        PlanFigures f = d.figures();
        PlanJson plan = new PlanJson(
                d.plan().id(),
                d.plan().name(),
                d.plan().firstYear(),
                d.plan().lastYear(),
                d.plan().organizationName(),
                ratio(f.progressTotal()),
                ratio(f.progressToCut()),
                ratio(f.expectedToCut()),
                f.trafficLight().name(),
                counts(f.stateCounts()),
                f.goals(),
                f.lagging(),
                money(f.financial()));
        return new DashboardJson(
                d.cut().toString(),
                d.cutYear(),
                plan,
                groups(d.strategicLines()),
                groups(d.sectors()),
                groups(d.programs()),
                groups(d.offices()),
                goals.stream().map(DashboardJson::goal).toList(),
                new AlertsJson(codes(d.moneyWithoutProgress()), codes(d.progressWithoutMoney())),
                d.lagging().stream().map(DashboardJson::lagging).toList(),
                d.computedAt().toString());
    }

    private static List<GroupJson> groups(List<GroupFigures> groups) {
        return groups.stream()
                .map(g -> new GroupJson(
                        g.id(),
                        g.code(),
                        g.name(),
                        g.weight(),
                        ratio(g.score()),
                        ratio(g.scoreTotal()),
                        ratio(g.expectedToCut()),
                        g.trafficLight().name(),
                        counts(g.stateCounts()),
                        g.goals(),
                        g.lagging(),
                        money(g.financial())))
                .toList();
    }

    private static GoalJson goal(GoalFigures g) {
        return new GoalJson(
                g.id(),
                g.sisptCode(),
                g.budgetKind(),
                g.name(),
                g.officeName(),
                g.officeId(),
                g.lineCodes(),
                g.sectorCode(),
                g.programCode(),
                g.programmingType().name(),
                g.eliminated(),
                g.state() == null ? null : g.state().name(),
                g.trafficLight().name(),
                ratio(g.progressToCut()),
                ratio(g.progressTotal()),
                ratio(g.expectedToCut()),
                g.targetToCut(),
                g.valueToCut(),
                g.targetTotal(),
                g.yearState() == null ? null : g.yearState().name(),
                ratio(g.yearProgressToCut()),
                money(g.financial()),
                g.problem(),
                g.warnings());
    }

    private static LaggingJson lagging(OfficeLagging l) {
        return new LaggingJson(l.officeId(), l.officeName(), l.count(), codes(l.goals()));
    }

    private static FinancialJson money(Financial m) {
        return new FinancialJson(
                m.programmedCost(),
                m.appropriation(),
                m.commitments(),
                m.obligations(),
                m.payments(),
                ratio(m.commitmentsRatio()),
                ratio(m.obligationsRatio()));
    }

    private static List<String> codes(List<GoalFigures> goals) {
        return goals.stream().map(GoalFigures::sisptCode).toList();
    }

    private static Map<String, Integer> counts(Map<GoalState, Integer> counts) {
        Map<String, Integer> byName = new LinkedHashMap<>();
        counts.forEach((state, n) -> byName.put(state.name(), n));
        return byName;
    }

    static BigDecimal ratio(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal rounded = value.setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
    }
}
