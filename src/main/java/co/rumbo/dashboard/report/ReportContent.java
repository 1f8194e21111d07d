package co.rumbo.dashboard.report;

import co.rumbo.calendar.Period;
import co.rumbo.dashboard.Dashboard;
import co.rumbo.dashboard.GoalFigures;
import co.rumbo.dashboard.ReportKind;
import co.rumbo.progress.GoalState;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * Everything a report shows, derived at generation time and then rendered to PDF and xlsx. The
 * physical and financial figures are the tablero's ({@link Dashboard} at the report's cut, computed by
 * the same code), so the report says what the tablero says at that cut; the rest comes from the capture
 * (who reported, the budget lines of the sheets, the alerts).
 *
 * @param capturePeriods the closed capture periods the report covers (the month, or those of the quarter)
 * @param budgetPeriod the capture period whose budget lines are shown (year to date at its end)
 * @param cumulativeCuts the quarter ends of the year (fourth quarter only): the columns of {@code cumulative}
 */
public record ReportContent(
        ReportKind kind,
        Period period,
        List<Period> capturePeriods,
        Dashboard dashboard,
        int number,
        Instant generatedAt,
        String generatedBy,
        List<Reporting> reporting,
        Period budgetPeriod,
        List<BudgetRow> budget,
        List<Inconsistency> inconsistencies,
        List<OfficeDelay> delays,
        List<YearMonth> cumulativeCuts,
        List<CumulativeGoal> cumulative) {

    public ReportContent {
        capturePeriods = List.copyOf(capturePeriods);
        reporting = List.copyOf(reporting);
        budget = List.copyOf(budget);
        inconsistencies = List.copyOf(inconsistencies);
        delays = List.copyOf(delays);
        cumulativeCuts = List.copyOf(cumulativeCuts);
        cumulative = List.copyOf(cumulative);
    }

    public ReportContent numbered(int number, Instant generatedAt, String generatedBy) {
        return new ReportContent(
                kind,
                period,
                capturePeriods,
                dashboard,
                number,
                generatedAt,
                generatedBy,
                reporting,
                budgetPeriod,
                budget,
                inconsistencies,
                delays,
                cumulativeCuts,
                cumulative);
    }

    public YearMonth cut() {
        return dashboard.cut();
    }

    public boolean quarterly() {
        return kind == ReportKind.TRIMESTRAL;
    }

    /** The fourth quarter's report also carries the year's cumulative matrix of lagging goals (PE-P-008 step 4). */
    public boolean cumulativeYear() {
        return !cumulativeCuts.isEmpty();
    }

    public long notReported() {
        return reporting.stream().filter(Reporting::notReported).count();
    }

    /** The offices with a sheet in the report's periods, in order of first appearance. */
    public List<UUID> reportingOffices() {
        return reporting.stream().map(Reporting::officeId).distinct().toList();
    }

    /** Sums of the budget lines (blank stays blank). */
    public BudgetRow budgetTotal() {
        BudgetRow total = new BudgetRow(null, "Total", null, null, null, null, null, null, null, null, false);
        for (BudgetRow row : budget) {
            total = total.plus(row);
        }
        return total;
    }

    /**
     * An office's sheet in one capture period.
     *
     * @param status "Aceptada" or "No reportó" (a closed period has nothing else)
     * @param late submitted (the last time) after the deadline
     */
    public record Reporting(
            UUID officeId,
            String officeName,
            Period period,
            String status,
            boolean accepted,
            boolean notReported,
            LocalDate deadline,
            Instant submittedAt,
            String submittedBy,
            Instant reviewedAt,
            boolean late,
            int round,
            int rows,
            int filled) {}

    /**
     * A budget line of a sheet: project and funding source, year to date at the end of the period, as the
     * office typed it or the treasury loaded it (its figure wins).
     *
     * @param conflict the office had typed other figures than the treasury's
     */
    public record BudgetRow(
            UUID officeId,
            String officeName,
            String projectBpin,
            String sourceName,
            BigDecimal programmed,
            BigDecimal appropriation,
            BigDecimal commitments,
            BigDecimal obligations,
            BigDecimal payments,
            String origin,
            boolean conflict) {

        /** Compromisos ÷ apropiación; blank without appropriation. */
        public BigDecimal executionRatio() {
            if (appropriation == null || appropriation.signum() <= 0) {
                return null;
            }
            return (commitments == null ? BigDecimal.ZERO : commitments)
                    .divide(appropriation, java.math.MathContext.DECIMAL128);
        }

        BudgetRow plus(BudgetRow o) {
            return new BudgetRow(
                    officeId,
                    officeName,
                    projectBpin,
                    sourceName,
                    add(programmed, o.programmed),
                    add(appropriation, o.appropriation),
                    add(commitments, o.commitments),
                    add(obligations, o.obligations),
                    add(payments, o.payments),
                    origin,
                    conflict || o.conflict);
        }

        private static BigDecimal add(BigDecimal a, BigDecimal b) {
            if (a == null) return b;
            if (b == null) return a;
            return a.add(b);
        }
    }

    /** The kinds of inconsistency the quarterly report lists (PE-P-004 step 4: what review looks for). */
    public enum InconsistencyKind {
        NO_REPORTO("No reportó"),
        ENTREGA_TARDIA("Entrega después de la fecha límite"),
        EJECUCION_SIN_PROGRAMACION("Ejecución sin programación"),
        ADVERTENCIA_CONSISTENCIA("Advertencia de consistencia"),
        SIN_CALCULO("Meta que no se puede calcular"),
        COMPROMISOS_SIN_AVANCE("Compromisos sin avance físico"),
        AVANCE_SIN_COMPROMISOS("Avance físico sin compromisos"),
        CONFLICTO_HACIENDA("Diferencia con Hacienda");

        private final String label;

        InconsistencyKind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One inconsistency; office, period and goal are blank when they do not apply. */
    public record Inconsistency(
            InconsistencyKind kind,
            UUID officeId,
            String officeName,
            String period,
            String goalCode,
            String goalName,
            String detail) {}

    /**
     * An office behind with its reports in the quarter.
     *
     * @param notReported the periods it did not report
     * @param late the periods it submitted after the deadline
     * @param lagging its lagging goals at the cut
     */
    public record OfficeDelay(
            UUID officeId, String officeName, List<String> notReported, List<String> late, int lagging) {

        public OfficeDelay {
            notReported = List.copyOf(notReported);
            late = List.copyOf(late);
        }
    }

    /**
     * A goal lagging at one or more quarter ends of the year, with its state at each (null: the goal
     * could not be evaluated then), for the fourth quarter's cumulative matrix.
     */
    public record CumulativeGoal(
            UUID officeId, String officeName, GoalFigures goal, List<GoalState> states, int laggingQuarters) {

        public CumulativeGoal {
            states = Collections.unmodifiableList(new ArrayList<>(states));
        }
    }
}
