package co.rumbo.planning;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A goal of the Plan Indicativo in an office's action plan: the Plan Indicativo's target and cost for
 * the year beside the office's decision ({@code programmed} null while undecided), and the
 * observations of the last return.
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
        String observation) {

    @JsonProperty
    public boolean decided() {
        return programmed != null;
    }
}
