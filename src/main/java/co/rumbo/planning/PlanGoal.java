package co.rumbo.planning;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A goal of the Plan Indicativo in an office's action plan: the Plan Indicativo's target and cost for
 * the year beside the office's decision ({@code programmed} null while undecided), the
 * observations of the last return and, for a programmed goal whose quarters do not agree with its
 * year's target (progress-rules §6), the consistency warning (in Spanish; null when they agree).
 */
public record PlanGoal(
        UUID goalId,
        String sisptCode,
        String name,
        String programCode,
        String programName,
        String programmingType,
        BigDecimal indicativeTarget,
        BigDecimal indicativeCost,
        Boolean programmed,
        BigDecimal target,
        List<BigDecimal> quarters,
        List<BudgetLine> budget,
        String notProgrammedReason,
        String observation,
        String consistencyWarning) {

    @JsonProperty
    public boolean decided() {
        return programmed != null;
    }
}
