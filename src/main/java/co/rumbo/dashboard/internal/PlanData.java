package co.rumbo.dashboard.internal;

import co.rumbo.dashboard.PlanInfo;
import co.rumbo.progress.Thresholds;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** Everything a tablero is computed from: the plan, its thresholds, its lines and its goals' data. */
public record PlanData(PlanInfo plan, Thresholds thresholds, List<Line> lines, List<GoalData> goals) {

    public PlanData {
        lines = List.copyOf(lines);
        goals = List.copyOf(goals);
    }

    /** A strategic line; {@code weight} null means 1 (progress-rules §5). */
    public record Line(UUID id, String code, String name, BigDecimal weight) {}
}
