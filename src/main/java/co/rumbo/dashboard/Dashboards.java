package co.rumbo.dashboard;

import co.rumbo.calendar.Period;
import co.rumbo.calendar.PeriodKind;
import co.rumbo.dashboard.internal.DashboardAssembler;
import co.rumbo.dashboard.internal.DashboardCache;
import co.rumbo.dashboard.internal.DashboardReadModel;
import co.rumbo.dashboard.internal.DashboardReadModel.PlanWithThresholds;
import co.rumbo.dashboard.internal.DataVersion;
import co.rumbo.dashboard.internal.GoalCalculator;
import co.rumbo.dashboard.internal.GoalData;
import co.rumbo.dashboard.internal.PlanData;
import co.rumbo.platform.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Tablero de control of a plan at a cut, and of one goal. Every method takes the organization, so
 * another tenant's plan is never found (404, never 403).
 *
 * <p>A tablero is read and computed inside one read-only, repeatable-read transaction that first
 * reads the organization's data version: the figures and the version come from the same snapshot, so
 * a cached tablero is never newer or older than the version it is kept under.
 */
@Service
public class Dashboards {

    private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
    private static final Pattern CUT = Pattern.compile("(\\d{4})-(\\d{2})");

    private final DashboardReadModel readModel;
    private final DashboardCache cache;
    private final TransactionTemplate snapshot;
    private final Clock clock;

    Dashboards(
            DashboardReadModel readModel,
            DashboardCache cache,
            PlatformTransactionManager transactions,
            ObjectProvider<Clock> clock) {
        this.readModel = readModel;
        this.cache = cache;
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.clock = clock.getIfAvailable(() -> Clock.system(BOGOTA));
    }

    /** The organization's plans, the most recent first. */
    public List<PlanInfo> plans(UUID organizationId) {
        return readModel.plans(organizationId);
    }

    public PlanInfo plan(UUID organizationId, UUID planId) {
        return header(organizationId, planId).plan();
    }

    /**
     * The cut a person asked for ({@code 2025-09}: the last month that counts), or the default when
     * the text is blank.
     *
     * @throws InvalidCutException when it is not a month YYYY-MM inside the plan's years
     */
    public YearMonth cut(UUID organizationId, UUID planId, String text) {
        return cut(plan(organizationId, planId), text);
    }

    /** {@link #cut(UUID, UUID, String)} for a plan already read. */
    public YearMonth cut(PlanInfo plan, String text) {
        if (text == null || text.isBlank()) {
            return defaultCut(plan);
        }
        Matcher matcher = CUT.matcher(text.strip());
        int month = matcher.matches() ? Integer.parseInt(matcher.group(2)) : 0;
        if (month < 1 || month > 12) {
            throw new InvalidCutException(
                    "El corte «%s» no es válido: escríbalo como AAAA-MM, el último mes que cuenta (por ejemplo %d-09)."
                            .formatted(text.strip(), plan.firstYear()));
        }
        YearMonth cut = YearMonth.of(Integer.parseInt(matcher.group(1)), month);
        if (cut.getYear() < plan.firstYear() || cut.getYear() > plan.lastYear()) {
            throw new InvalidCutException("El corte %s está fuera del plan %d–%d: elija un mes entre %d-01 y %d-12."
                    .formatted(cut, plan.firstYear(), plan.lastYear(), plan.firstYear(), plan.lastYear()));
        }
        return cut;
    }

    /**
     * The last closed quarter today (on 2025-10-05 that is 2025-09), brought inside the plan's years:
     * the plan's first month before it starts, its last month once it is over.
     */
    public YearMonth defaultCut(PlanInfo plan) {
        YearMonth cut =
                Period.lastClosed(PeriodKind.QUARTER, LocalDate.now(clock)).lastMonth();
        YearMonth first = YearMonth.of(plan.firstYear(), 1);
        YearMonth last = YearMonth.of(plan.lastYear(), 12);
        if (cut.isBefore(first)) return first;
        if (cut.isAfter(last)) return last;
        return cut;
    }

    /** The tablero of a whole plan at a cut; recomputed only when the organization's data changed. */
    public Dashboard dashboard(UUID organizationId, UUID planId, YearMonth cut) {
        Objects.requireNonNull(cut, "cut");
        DashboardCache.Key key = new DashboardCache.Key(organizationId, planId, cut);
        return snapshot.execute(status -> {
            DataVersion version = readModel.version(organizationId);
            Dashboard cached = cache.get(key, version);
            if (cached != null) {
                return cached;
            }
            PlanWithThresholds header = header(organizationId, planId);
            requireInPlan(header.plan(), cut);
            PlanData data = readModel.read(header, null);
            Dashboard dashboard = DashboardAssembler.assemble(data, cut, clock.instant());
            cache.put(key, version, dashboard);
            return dashboard;
        });
    }

    /** One goal's tablero at a cut (blank: the default cut of its plan). */
    public GoalDashboard goal(UUID organizationId, UUID goalId, String cutText) {
        return snapshot.execute(status -> {
            UUID planId = readModel
                    .planOfGoal(organizationId, goalId)
                    .orElseThrow(() -> new NotFoundException("La meta no existe"));
            PlanWithThresholds header = header(organizationId, planId);
            YearMonth cut = cut(header.plan(), cutText);
            PlanData data = readModel.read(header, goalId);
            GoalData goal = data.goals().get(0);
            GoalCalculator.Result result = GoalCalculator.compute(goal, header.plan(), cut, header.thresholds());
            return new GoalDashboard(
                    header.plan(),
                    cut,
                    result.figures(),
                    result.overPlan(),
                    result.withinYear(),
                    result.years(),
                    readModel.values(organizationId, goalId));
        });
    }

    private PlanWithThresholds header(UUID organizationId, UUID planId) {
        return readModel.plan(organizationId, planId).orElseThrow(() -> new NotFoundException("El plan no existe"));
    }

    private static void requireInPlan(PlanInfo plan, YearMonth cut) {
        if (cut.getYear() < plan.firstYear() || cut.getYear() > plan.lastYear()) {
            throw new InvalidCutException(
                    "El corte %s está fuera del plan %d–%d.".formatted(cut, plan.firstYear(), plan.lastYear()));
        }
    }
}
