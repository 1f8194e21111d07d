package co.rumbo.dashboard;

import co.rumbo.progress.GoalState;
import co.rumbo.progress.ProgrammingType;
import co.rumbo.progress.TrafficLight;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A goal on the tablero at a cut. The main figures are those of the four-year view evaluated at the
 * cut's year (progress-rules §6); {@code yearState} and {@code yearProgressToCut} are those of the
 * view within the cut's year. A {@code null} figure is undefined (shown blank), not 0.
 *
 * @param state null only when the goal's data cannot be evaluated ({@code problem} says why)
 * @param expectedToCut the progress on the total the goal would show if it had executed exactly what
 *     was programmed up to the cut (Σ programmed to the cut ÷ Σ programmed, for SUMA)
 * @param warnings consistency warnings of its years (periods that do not add up to the annual target…)
 */
public record GoalFigures(
        UUID id,
        String sisptCode,
        String budgetKind,
        String name,
        String unit,
        UUID officeId,
        String officeName,
        List<UUID> lineIds,
        List<String> lineCodes,
        String sectorCode,
        String sectorName,
        String programCode,
        String programName,
        ProgrammingType programmingType,
        BigDecimal weight,
        boolean eliminated,
        GoalState state,
        TrafficLight trafficLight,
        BigDecimal progressToCut,
        BigDecimal progressTotal,
        BigDecimal expectedToCut,
        BigDecimal targetToCut,
        BigDecimal valueToCut,
        BigDecimal targetTotal,
        GoalState yearState,
        BigDecimal yearProgressToCut,
        Financial financial,
        String problem,
        List<String> warnings) {

    public GoalFigures {
        lineIds = List.copyOf(lineIds);
        lineCodes = List.copyOf(lineCodes);
        warnings = List.copyOf(warnings);
    }

    /** Rezagada: NO_INICIADA or ATRASADA. */
    public boolean isLagging() {
        return state != null && state.isLagging();
    }

    /** Some physical progress at the cut: a positive P, or execution without programming. */
    public boolean hasPhysicalProgress() {
        return state == GoalState.EJECUCION_SIN_PROGRAMACION || (progressToCut != null && progressToCut.signum() > 0);
    }
}
