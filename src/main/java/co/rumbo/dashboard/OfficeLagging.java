package co.rumbo.dashboard;

import java.util.List;
import java.util.UUID;

/** The lagging goals (NO_INICIADA + ATRASADA) of one office; {@code officeId} null for goals without one. */
public record OfficeLagging(UUID officeId, String officeName, List<GoalFigures> goals) {

    public OfficeLagging {
        goals = List.copyOf(goals);
    }

    public int count() {
        return goals.size();
    }
}
