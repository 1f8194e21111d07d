package co.rumbo.tracking;

import co.rumbo.calendar.Period;
import co.rumbo.progress.GoalState;
import co.rumbo.progress.ProgrammingType;
import co.rumbo.progress.TrafficLight;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * An office's capture sheet (hoja de captura) for a period, as the person reading it may see it:
 * one row per goal programmed in the office's approved action plan for the period's year, the budget
 * execution per project and source, the history of its rounds, and what the reader may do now.
 *
 * @param comment the general comment of the latest return, if any
 */
public record ProgressReport(
        UUID id,
        UUID officeId,
        String officeName,
        Period period,
        ReportState state,
        int round,
        boolean notReported,
        PeriodState periodState,
        LocalDate deadline,
        Instant submittedAt,
        String submittedBy,
        Instant reviewedAt,
        String reviewedBy,
        int version,
        List<Row> rows,
        List<BudgetLine> budget,
        List<Event> history,
        String comment,
        Actions actions) {

    public ProgressReport {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(period, "period");
        rows = List.copyOf(rows);
        budget = List.copyOf(budget);
        history = List.copyOf(history);
    }

    /** The row of a goal, if the sheet has it. */
    public java.util.Optional<Row> row(UUID goalId) {
        return rows.stream().filter(r -> r.goalId().equals(goalId)).findFirst();
    }

    /**
     * In a month that does not end its quarter, what the action plan programs for the quarter and the
     * month it falls in: the period's own column shows nothing until that month (a quarter's value is
     * never prorated), and the office still wants to know what it is working towards. Null otherwise.
     */
    public record QuarterProgramming(int quarter, BigDecimal programmed, YearMonth dueIn) {}

    /**
     * One goal of the sheet.
     *
     * @param programmed programmed for this period (blank: nothing programmed in it; months other than a
     *     quarter's last have nothing, quarters are never prorated)
     * @param yearTarget the year's target in the action plan
     * @param executed what the office reports for the period (blank: not reported yet)
     * @param unprogrammed an execution of a quantity goal in a period without programming (flagged; it
     *     needs a description)
     * @param percent the goal's unit is a percentage: values go from 0 to 100, or 0 to 1 when the plan
     *     writes fractions
     * @param figures the goal's progress and state within the year at this period, with this value
     * @param observation the planning office's observation on this goal in its latest return
     * @param previous what the last submission said (for the reviewer: the one before the submission
     *     under review), null when there is none
     * @param changed the row differs from {@code previous}
     */
    public record Row(
            UUID goalId,
            String code,
            String name,
            String unit,
            ProgrammingType programmingType,
            String programCode,
            String programName,
            BigDecimal yearTarget,
            BigDecimal programmed,
            QuarterProgramming quarterProgramming,
            BigDecimal executed,
            String description,
            int version,
            String updatedBy,
            Instant updatedAt,
            boolean unprogrammed,
            boolean descriptionRequired,
            boolean percent,
            LiveFigures figures,
            List<Evidence> evidence,
            String observation,
            Submitted previous,
            boolean changed) {

        public Row {
            Objects.requireNonNull(goalId, "goalId");
            evidence = List.copyOf(evidence);
        }
    }

    /**
     * The goal within the year at this period (progress-rules §6): the series of the year's periods of
     * the sheet's kind, programmed from the action plan, executed from the accepted values of the
     * earlier periods and this sheet's value. Null figures are undefined (not 0).
     *
     * @param programmedToDate T, the target up to this period
     * @param executedToDate V, the value reached up to this period
     * @param progress P, avance a la fecha (1 = 100 %)
     * @param progressYear PT, avance sobre la meta del año
     * @param message why there are no figures, when the series cannot be evaluated
     */
    public record LiveFigures(
            BigDecimal programmedToDate,
            BigDecimal executedToDate,
            BigDecimal progress,
            BigDecimal progressYear,
            GoalState state,
            TrafficLight light,
            String message) {}

    /** What a submitted round said of a row. */
    public record Submitted(int round, BigDecimal executed, String description, int evidence) {}

    /** A transition of the sheet, with the observations per goal of a return. */
    public record Event(
            int round,
            ReportState from,
            ReportState to,
            String actor,
            String comment,
            Map<UUID, String> observations,
            Instant at) {

        public Event {
            observations = Map.copyOf(observations);
        }
    }

    /**
     * What the reader may do now.
     *
     * @param edit save rows, evidence and money (the office, while the sheet is a draft or returned)
     * @param submit send it (the office's leader)
     * @param review return or accept it (the planning office, while it is submitted)
     * @param reopenForCorrection return an accepted sheet of an open period (the planning office)
     */
    public record Actions(boolean edit, boolean submit, boolean review, boolean reopenForCorrection) {}
}
