package co.rumbo.planning;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;

/** An action plan in full: its goals with their decisions, the ceiling check and its history. */
public record ActionPlanView(
        ActionPlanSummary plan,
        LocalDate deadline,
        List<PlanGoal> goals,
        List<CeilingCheck> ceilings,
        List<PlanEvent> history) {

    @JsonProperty
    public long undecided() {
        return goals.stream().filter(g -> !g.decided()).count();
    }

    /** Goals whose quarters do not agree with their year's target: shown, never blocking. */
    @JsonProperty
    public long consistencyWarnings() {
        return goals.stream().filter(g -> g.consistencyWarning() != null).count();
    }

    @JsonProperty
    public boolean overCeiling() {
        return ceilings.stream().anyMatch(CeilingCheck::exceeded);
    }
}
