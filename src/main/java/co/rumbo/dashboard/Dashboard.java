package co.rumbo.dashboard;

import co.rumbo.progress.Thresholds;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The Tablero de control of a plan at a cut: derived from the plan and its values by the progress
 * engine, never stored. Immutable, so one instance may be cached and shared by every request.
 *
 * @param cut the last month that counts
 * @param cutYear the cut's year inside the plan, 1-based (the cut of the four-year series)
 * @param moneyWithoutProgress goals with money committed and no physical progress (NO_INICIADA)
 * @param progressWithoutMoney goals with physical progress, programmed cost and nothing committed
 * @param lagging rezagadas (NO_INICIADA + ATRASADA) by office, the offices with most first
 * @param computedAt when the figures were computed (they stay valid until the data changes)
 */
public record Dashboard(
        PlanInfo plan,
        YearMonth cut,
        int cutYear,
        Thresholds thresholds,
        PlanFigures figures,
        List<GroupFigures> strategicLines,
        List<GroupFigures> sectors,
        List<GroupFigures> programs,
        List<GroupFigures> offices,
        List<GoalFigures> goals,
        List<GoalFigures> moneyWithoutProgress,
        List<GoalFigures> progressWithoutMoney,
        List<OfficeLagging> lagging,
        Instant computedAt) {

    public Dashboard {
        strategicLines = List.copyOf(strategicLines);
        sectors = List.copyOf(sectors);
        programs = List.copyOf(programs);
        offices = List.copyOf(offices);
        goals = List.copyOf(goals);
        moneyWithoutProgress = List.copyOf(moneyWithoutProgress);
        progressWithoutMoney = List.copyOf(progressWithoutMoney);
        lagging = List.copyOf(lagging);
    }

    public List<GroupFigures> groups(GroupKind kind) {
        return switch (kind) {
            case LINE -> strategicLines;
            case SECTOR -> sectors;
            case PROGRAM -> programs;
            case OFFICE -> offices;
        };
    }

    /** The goals that pass a filter, in the plan's order. */
    public List<GoalFigures> goals(DashboardFilter filter) {
        return goals.stream().filter(filter::matches).toList();
    }

    public Map<UUID, GoalFigures> goalsById() {
        return goals.stream().collect(Collectors.toMap(GoalFigures::id, Function.identity()));
    }

    /** Goals whose data the engine refused (a DECRECIENTE goal without baseline…), with the reason. */
    public List<GoalFigures> problems() {
        return goals.stream().filter(g -> g.problem() != null).toList();
    }
}
