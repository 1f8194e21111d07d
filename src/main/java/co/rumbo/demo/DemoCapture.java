package co.rumbo.demo;

import co.rumbo.calendar.Period;
import co.rumbo.calendar.PeriodKind;
import co.rumbo.identity.CurrentUser;
import co.rumbo.identity.Role;
import co.rumbo.interop.TenjoQuarters;
import co.rumbo.planning.ActionPlanSummary;
import co.rumbo.planning.ActionPlans;
import co.rumbo.planning.PlanGoal;
import co.rumbo.progress.ProgrammingType;
import co.rumbo.tracking.CapturePeriod;
import co.rumbo.tracking.CapturePeriods;
import co.rumbo.tracking.CaptureSettings;
import co.rumbo.tracking.ProgressReport;
import co.rumbo.tracking.ProgressReports;
import co.rumbo.tracking.RowEntry;
import co.rumbo.tracking.SheetSummary;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's follow-up through the tracking module's face, as the offices and the planning office do
 * it (PE-P-004): Tenjo captured by quarter in 2025, so its four quarters are opened with the
 * organization's settings, every office's sheet is filled with the executed values of Tenjo's own
 * workbook, submitted by its leader and accepted by the planning office, and each quarter is closed.
 * Then the organization captures by month, and the last month that has ended is open for capture (on
 * 21/11/2026: October, with its deadline by the organization's rule), so that a newcomer can fill,
 * submit, return, accept and close a sheet with the demo users.
 *
 * <p>The accepted quarters are the goals' values of 2025 from then on (source CAPTURA): they replace the
 * workbook's quarterly values (source MUNICIPIO) of the same goal and quarter — one value per goal and
 * period, so nothing is counted twice; goals not programmed in 2025 keep the workbook's values.
 */
@Component
class DemoCapture {

    static final String NOT_REPORTED =
            "El libro de seguimiento del Plan Indicativo de Tenjo no reporta una ejecución válida en ";
    private static final Logger log = LoggerFactory.getLogger(DemoCapture.class);

    private final CapturePeriods periods;
    private final ProgressReports reports;
    private final ActionPlans actionPlans;
    private final TransactionTemplate transaction;

    DemoCapture(
            CapturePeriods periods,
            ProgressReports reports,
            ActionPlans actionPlans,
            PlatformTransactionManager transactions) {
        this.periods = periods;
        this.reports = reports;
        this.actionPlans = actionPlans;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** What a year's capture did. */
    record Captured(List<String> periods, int sheets, int values, int zeros, int blanks) {}

    /** Whether some period of the year was ever opened (by the demo or by people since). */
    boolean hasPeriods(UUID org, int year) {
        return periods.periods(org).stream().anyMatch(p -> p.period().year() == year);
    }

    /**
     * The four quarters of {@code year} captured from the workbook's executed values, accepted and
     * closed: one transaction, the year whole or not at all.
     */
    Captured captureQuarters(UUID org, int year, Map<UUID, TenjoQuarters.GoalQuarters> workbook) {
        return transaction.execute(status -> quarters(org, year, workbook));
    }

    private Captured quarters(UUID org, int year, Map<UUID, TenjoQuarters.GoalQuarters> workbook) {
        CurrentUser planner = DemoActionPlans.actor(org, Role.PLANEACION, Set.of());
        setKind(planner, PeriodKind.QUARTER);
        Map<UUID, PlanGoal> programming = programming(planner, year);
        List<String> opened = new ArrayList<>();
        int sheets = 0, values = 0, zeros = 0, blanks = 0;
        for (Period period : Period.ofYear(year).subPeriods(PeriodKind.QUARTER)) {
            periods.open(planner, period);
            opened.add(period.toString());
            for (SheetSummary summary : reports.sheets(org, period)) {
                CurrentUser leader = DemoActionPlans.actor(org, Role.LIDER, Set.of(summary.officeId()));
                ProgressReport sheet = reports.sheet(leader, summary.officeId(), period);
                for (ProgressReport.Row row : sheet.rows()) {
                    TenjoQuarters.GoalQuarters quarters = workbook.get(row.goalId());
                    BigDecimal executed =
                            quarters == null ? null : quarters.executed(year).get(period.number() - 1);
                    Optional<RowEntry> entry = entry(row, programming.get(row.goalId()), executed, period);
                    if (entry.isEmpty()) {
                        blanks++;
                        continue;
                    }
                    if (entry.get().description().startsWith(NOT_REPORTED)) {
                        zeros++;
                    } else {
                        values++;
                    }
                    reports.saveRow(leader, summary.officeId(), period, row.goalId(), entry.get());
                }
                reports.submit(leader, summary.officeId(), period, null);
                reports.accept(planner, summary.officeId(), period, null);
                sheets++;
            }
            periods.close(planner, period, true);
        }
        return new Captured(opened, sheets, values, zeros, blanks);
    }

    /**
     * The month capture of the current year: the organization captures by month and the last month that
     * has ended is open (nothing is opened when it falls outside {@code years}, which have plans).
     */
    Optional<CapturePeriod> openCurrentMonth(UUID org, List<Integer> years) {
        return transaction.execute(status -> {
            CurrentUser planner = DemoActionPlans.actor(org, Role.PLANEACION, Set.of());
            setKind(planner, PeriodKind.MONTH);
            Optional<Period> next = periods.nextToOpen(org).filter(p -> years.contains(p.year()));
            if (next.isEmpty()) {
                log.warn("La demostración no abre un mes de captura: el último mes terminado no es de {}", years);
                return Optional.empty();
            }
            return Optional.of(periods.open(planner, next.get()));
        });
    }

    private void setKind(CurrentUser planner, PeriodKind kind) {
        CaptureSettings s = periods.settings(planner.organizationId());
        if (s.periodKind() != kind) {
            periods.updateSettings(
                    planner,
                    new CaptureSettings(
                            kind,
                            s.deadlineDays(),
                            s.tolerancePercent(),
                            s.maxEvidenceMb(),
                            s.reminderDays(),
                            s.version()));
        }
    }

    /** The approved programming of the year by goal (target and quarters), to check a value before saving it. */
    private Map<UUID, PlanGoal> programming(CurrentUser planner, int year) {
        Map<UUID, PlanGoal> goals = new HashMap<>();
        for (ActionPlanSummary plan : actionPlans.list(planner, year)) {
            actionPlans.view(planner, plan.id()).goals().forEach(g -> goals.put(g.goalId(), g));
        }
        return goals;
    }

    /**
     * What the leader writes in a row: the workbook's executed value (6 decimals, as every quantity is
     * kept) with where it comes from; 0 with the reason when the workbook has nothing for a quarter
     * that was programmed (a sheet is submitted only with every programmed goal reported); nothing when
     * the workbook has nothing and nothing was programmed, or when its value is not a valid percentage
     * for the goal (a fraction above 1, a percentage above 100), which the sheet would refuse.
     */
    static Optional<RowEntry> entry(ProgressReport.Row row, PlanGoal programming, BigDecimal executed, Period period) {
        String quarter = "T" + period.number() + " " + period.year();
        // as the sheet asks at submission: a level goal owes its level every programmed period, even 0
        boolean level = row.programmingType() == ProgrammingType.CRECIENTE
                || row.programmingType() == ProgrammingType.DECRECIENTE;
        boolean owed = row.programmed() != null && (level || row.programmed().signum() > 0);
        if (executed != null) {
            BigDecimal value = DemoProgramming.strip(executed.setScale(6, RoundingMode.HALF_UP));
            if (value.signum() >= 0 && validPercent(row, programming, value)) {
                return Optional.of(new RowEntry(
                        value,
                        "Ejecución " + quarter + " según el libro de seguimiento del Plan Indicativo de Tenjo.",
                        row.version()));
            }
            log.warn(
                    "Meta {}, {}: el libro reporta {} {}, que la hoja no admite; se deja {}",
                    row.code(),
                    quarter,
                    executed.toPlainString(),
                    row.unit(),
                    owed ? "en 0 con la explicación" : "sin valor");
        }
        if (owed) {
            return Optional.of(new RowEntry(BigDecimal.ZERO, NOT_REPORTED + quarter + ".", row.version()));
        }
        return Optional.empty();
    }

    /** A percentage goal takes 0–100, or 0–1 when its plan writes fractions (every programmed value ≤ 1). */
    private static boolean validPercent(ProgressReport.Row row, PlanGoal programming, BigDecimal value) {
        if (!row.percent()) {
            return true;
        }
        if (value.compareTo(BigDecimal.valueOf(100)) > 0) {
            return false;
        }
        if (programming == null || programming.target() == null) {
            return true;
        }
        List<BigDecimal> all = new ArrayList<>(programming.quarters());
        all.add(programming.target());
        boolean fraction = all.stream().allMatch(v -> v == null || v.compareTo(BigDecimal.ONE) <= 0)
                && all.stream().anyMatch(v -> v != null && v.signum() > 0);
        return !fraction || value.compareTo(BigDecimal.ONE) <= 0;
    }
}
