package co.rumbo.dashboard.internal;

import co.rumbo.calendar.Period;
import co.rumbo.calendar.PeriodKind;
import co.rumbo.dashboard.Financial;
import co.rumbo.dashboard.GoalDashboard.PeriodValue;
import co.rumbo.dashboard.GoalDashboard.YearFigures;
import co.rumbo.dashboard.GoalFigures;
import co.rumbo.dashboard.PlanInfo;
import co.rumbo.progress.Evaluation;
import co.rumbo.progress.InvalidSeriesException;
import co.rumbo.progress.PlanYear;
import co.rumbo.progress.ProgrammingType;
import co.rumbo.progress.Series;
import co.rumbo.progress.Thresholds;
import co.rumbo.progress.TrafficLight;
import co.rumbo.progress.YearViews;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Builds a goal's series from its recorded values and evaluates them with the progress engine
 * (progress-rules §6). Plain Java, no database: the rules of how a series is made live here and
 * nowhere else (docs/decisions.md, "Series of the tablero"):
 *
 * <ul>
 *   <li>a year is followed by the finest periods recorded for it: its months if it has any monthly
 *       value, else its quarters, else its yearly value; the other rows of that year are not used;
 *   <li>within the year, programmed and executed are the recorded values of those periods; the
 *       periods that count are those that end on or before the cut's month; a yearly value counts
 *       from its own year on (it is the year's report, there is no finer information);
 *   <li>over the plan, each year's programmed value is its Plan Indicativo target and its executed
 *       value is the year's V at its cut (blank for a year after the cut); the four-year series is
 *       evaluated at the cut's year;
 *   <li>the expected progress is the PT of the same four-year series with, up to the cut's year,
 *       executed = programmed (what an on-schedule goal would show);
 *   <li>money is summed over the years up to the cut's year.
 * </ul>
 */
public final class GoalCalculator {

    private static final Locale ES_CO = Locale.forLanguageTag("es-CO");

    private GoalCalculator() {}

    /** A goal's figures, its two views and the detail of its years. */
    public record Result(GoalFigures figures, Evaluation overPlan, Evaluation withinYear, List<YearFigures> years) {}

    /**
     * The goal's figures and the detail of its years, for its own page.
     *
     * @param cut the last month that counts; its year must be one of the plan's
     */
    public static Result compute(GoalData goal, PlanInfo plan, YearMonth cut, Thresholds thresholds) {
        return compute(goal, plan, cut, thresholds, true);
    }

    /** The goal's figures only, for the tablero of a whole plan (the same figures, no period detail). */
    public static GoalFigures figures(GoalData goal, PlanInfo plan, YearMonth cut, Thresholds thresholds) {
        return compute(goal, plan, cut, thresholds, false).figures();
    }

    private static Result compute(GoalData goal, PlanInfo plan, YearMonth cut, Thresholds thresholds, boolean detail) {
        GoalData.Facts facts = goal.facts();
        int cutYear = cut.getYear() - plan.firstYear() + 1;
        if (cutYear < 1 || cutYear > plan.years()) {
            throw new IllegalArgumentException("El corte " + cut + " está fuera del plan");
        }
        Financial financial = financial(goal, plan.firstYear(), cut.getYear());
        List<YearFigures> years = new ArrayList<>();
        try {
            List<PlanYear> planYears = new ArrayList<>();
            for (int year = plan.firstYear(); year <= plan.lastYear(); year++) {
                YearComputation computed = year(goal, year, cut, thresholds, detail);
                planYears.add(computed.planYear());
                years.add(computed.figures());
            }
            ProgrammingType type = facts.type();
            Evaluation overPlan =
                    YearViews.overPlan(type, facts.baseline(), facts.eliminated(), planYears, cutYear, thresholds);
            Evaluation onSchedule = onSchedule(facts, planYears, cutYear, thresholds);
            Evaluation withinYear = years.get(cutYear - 1).withinYear();
            GoalFigures figures =
                    figures(goal, overPlan, onSchedule.progressTotal(), withinYear, financial, null, years);
            return new Result(figures, overPlan, withinYear, years);
        } catch (InvalidSeriesException e) {
            return invalid(goal, plan, cut, thresholds, financial, e.getMessage());
        }
    }

    private record YearComputation(PlanYear planYear, YearFigures figures) {}

    private static YearComputation year(GoalData goal, int year, YearMonth cut, Thresholds thresholds, boolean detail) {
        GoalData.Facts facts = goal.facts();
        GoalData.Year data = goal.year(year);
        BigDecimal target = data.target();
        Financial money = yearFinancial(data);
        PeriodKind kind = finestKind(data.values());
        if (kind == null) {
            return new YearComputation(
                    PlanYear.notStarted(target),
                    new YearFigures(year, target, null, List.of(), 0, null, null, null, money));
        }
        int n = kind.perYear();
        List<BigDecimal> programmed = new ArrayList<>(Arrays.asList(new BigDecimal[n]));
        List<BigDecimal> executed = new ArrayList<>(Arrays.asList(new BigDecimal[n]));
        for (GoalData.Value value : data.values()) {
            if (value.kind() == kind) {
                programmed.set(value.number() - 1, value.programmed());
                executed.set(value.number() - 1, value.executed());
            }
        }
        String warning;
        if (kind == PeriodKind.YEAR) {
            // The year's programming is the Plan Indicativo's target (§6); a different figure recorded
            // with the value is shown, never used.
            warning = differentYearProgramming(programmed.get(0), target);
            programmed.set(0, target);
        } else {
            warning = YearViews.consistencyWarning(facts.type(), target, programmed)
                    .orElse(null);
        }
        Series series = Series.of(facts.type(), facts.baseline(), programmed, executed);
        int cutInYear = cutInYear(year, kind, cut);
        Evaluation withinYear = cutInYear == 0 ? null : YearViews.withinYear(series, cutInYear, thresholds);
        PlanYear planYear = cutInYear == 0 ? PlanYear.notStarted(target) : new PlanYear(target, series, cutInYear);
        List<PeriodValue> periods = new ArrayList<>(detail ? n : 0);
        for (int i = 0; detail && i < n; i++) {
            periods.add(new PeriodValue(
                    new Period(kind, year, i + 1).toString(), programmed.get(i), executed.get(i), i < cutInYear));
        }
        return new YearComputation(
                planYear,
                new YearFigures(
                        year, target, kind.name(), periods, cutInYear, planYear.value(), withinYear, warning, money));
    }

    /** How many of the year's periods count at the cut. */
    static int cutInYear(int year, PeriodKind kind, YearMonth cut) {
        if (year < cut.getYear()) {
            return kind.perYear();
        }
        if (year > cut.getYear()) {
            return 0;
        }
        if (kind == PeriodKind.YEAR) {
            return 1; // the year's own report: counts from its year on (see the class comment)
        }
        // The periods that ended by the cut's month: its months, or its whole quarters (2025-08 → Q1, Q2).
        return cut.getMonthValue() / kind.months();
    }

    /** Months if any month was recorded, else quarters, else the year; null when nothing was. */
    static PeriodKind finestKind(List<GoalData.Value> values) {
        PeriodKind finest = null;
        for (GoalData.Value value : values) {
            if (finest == null || value.kind().months() < finest.months()) {
                finest = value.kind();
            }
        }
        return finest;
    }

    // What an on-schedule goal would show: executed = programmed in every year up to the cut.
    private static Evaluation onSchedule(
            GoalData.Facts facts, List<PlanYear> years, int cutYear, Thresholds thresholds) {
        List<BigDecimal> programmed = new ArrayList<>();
        List<BigDecimal> executed = new ArrayList<>();
        for (int i = 0; i < years.size(); i++) {
            programmed.add(years.get(i).annualTarget());
            executed.add(i < cutYear ? years.get(i).annualTarget() : null);
        }
        return new Series(programmed, executed, facts.type(), facts.baseline(), facts.eliminated())
                .evaluateAt(cutYear, thresholds);
    }

    private static GoalFigures figures(
            GoalData goal,
            Evaluation overPlan,
            BigDecimal expected,
            Evaluation withinYear,
            Financial financial,
            String problem,
            List<YearFigures> years) {
        GoalData.Facts f = goal.facts();
        List<String> warnings = years.stream()
                .filter(y -> y.warning() != null)
                .map(y -> y.year() + ": " + y.warning())
                .toList();
        return new GoalFigures(
                f.id(),
                f.sisptCode(),
                f.budgetKind(),
                f.name(),
                f.unit(),
                f.officeId(),
                f.officeName(),
                goal.lineIds(),
                goal.lineCodes(),
                f.sectorCode(),
                f.sectorName(),
                f.programCode(),
                f.programName(),
                f.type(),
                f.weight(),
                f.eliminated(),
                overPlan == null ? null : overPlan.state(),
                overPlan == null ? TrafficLight.GRIS : overPlan.trafficLight(),
                overPlan == null ? null : overPlan.progressToCut(),
                overPlan == null ? null : overPlan.progressTotal(),
                overPlan == null || !overPlan.hasFigures() ? null : expected,
                overPlan == null ? null : overPlan.targetToCut(),
                overPlan == null ? null : overPlan.valueToCut(),
                overPlan == null ? null : overPlan.targetTotal(),
                withinYear == null ? null : withinYear.state(),
                withinYear == null ? null : withinYear.progressToCut(),
                financial,
                problem,
                warnings);
    }

    // A goal the engine refuses (a DECRECIENTE goal without baseline, a target on the wrong side of
    // it…) is shown with the engine's message and left out of every roll-up; an eliminated one is
    // still ELIMINADA, whatever its data.
    private static Result invalid(
            GoalData goal, PlanInfo plan, YearMonth cut, Thresholds thresholds, Financial financial, String message) {
        Evaluation eliminated = null;
        if (goal.facts().eliminated()) {
            eliminated = Series.of(ProgrammingType.SUMA, null, List.of(BigDecimal.ZERO), List.of(BigDecimal.ZERO))
                    .markedEliminated()
                    .evaluateAt(1, thresholds);
        }
        List<YearFigures> years = new ArrayList<>();
        for (int year = plan.firstYear(); year <= plan.lastYear(); year++) {
            GoalData.Year data = goal.year(year);
            years.add(new YearFigures(year, data.target(), null, List.of(), 0, null, null, null, yearFinancial(data)));
        }
        String problem = goal.facts().eliminated() ? null : message;
        GoalFigures figures = figures(goal, eliminated, null, null, financial, problem, List.of());
        return new Result(figures, eliminated, null, years);
    }

    private static Financial financial(GoalData goal, int firstYear, int lastYear) {
        Financial total = Financial.NONE;
        for (int year = firstYear; year <= lastYear; year++) {
            total = total.plus(yearFinancial(goal.year(year)));
        }
        return total;
    }

    private static Financial yearFinancial(GoalData.Year year) {
        GoalData.Budget b = year.budget();
        return b == null
                ? new Financial(year.cost(), null, null, null, null)
                : new Financial(year.cost(), b.appropriation(), b.commitments(), b.obligations(), b.payments());
    }

    private static String differentYearProgramming(BigDecimal recorded, BigDecimal target) {
        if (recorded == null || (target != null && recorded.compareTo(target) == 0)) {
            return null;
        }
        return "El valor programado registrado para el año (%s) difiere de la meta del Plan Indicativo (%s); se usa la meta del Plan Indicativo."
                .formatted(format(recorded), target == null ? "sin meta" : format(target));
    }

    private static String format(BigDecimal value) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(ES_CO);
        symbols.setDecimalSeparator(',');
        symbols.setGroupingSeparator('.');
        DecimalFormat f = new DecimalFormat("#,##0.######", symbols);
        return f.format(value);
    }
}
