package co.rumbo.dashboard.report;

import co.rumbo.calendar.Period;
import co.rumbo.calendar.PeriodKind;
import co.rumbo.dashboard.Dashboard;
import co.rumbo.dashboard.Dashboards;
import co.rumbo.dashboard.GoalFigures;
import co.rumbo.dashboard.OfficeLagging;
import co.rumbo.dashboard.PlanInfo;
import co.rumbo.dashboard.ReportKind;
import co.rumbo.dashboard.report.ReportContent.BudgetRow;
import co.rumbo.dashboard.report.ReportContent.CumulativeGoal;
import co.rumbo.dashboard.report.ReportContent.Inconsistency;
import co.rumbo.dashboard.report.ReportContent.InconsistencyKind;
import co.rumbo.dashboard.report.ReportContent.OfficeDelay;
import co.rumbo.dashboard.report.ReportContent.Reporting;
import co.rumbo.organization.Office;
import co.rumbo.organization.Organizations;
import co.rumbo.platform.BusinessRuleException;
import co.rumbo.platform.web.Formats;
import co.rumbo.progress.GoalState;
import co.rumbo.progress.ProgrammingType;
import co.rumbo.tracking.BudgetExecutions;
import co.rumbo.tracking.BudgetLine;
import co.rumbo.tracking.CapturePeriod;
import co.rumbo.tracking.CapturePeriods;
import co.rumbo.tracking.CapturedRow;
import co.rumbo.tracking.ProgressReports;
import co.rumbo.tracking.ReportState;
import co.rumbo.tracking.SheetSummary;
import java.text.Collator;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Builds what a report shows at a closed cut. The physical and financial figures are the tablero's at
 * the report's cut ({@link Dashboards#dashboard}); the capture gives who reported, the sheets' budget
 * lines and the alerts. Call it inside one repeatable-read transaction so that every part comes from the
 * same snapshot.
 */
@Component
public class ReportAssembler {

    private static final Collator SPANISH = Collator.getInstance(Locale.forLanguageTag("es-CO"));
    /** Cap of the PDF's detailed list; the xlsx always has every row. */
    public static final int PDF_ROWS = 300;

    private final Dashboards dashboards;
    private final CapturePeriods periods;
    private final ProgressReports sheets;
    private final BudgetExecutions budget;
    private final Organizations organizations;
    private final Formats fmt;

    ReportAssembler(
            Dashboards dashboards,
            CapturePeriods periods,
            ProgressReports sheets,
            BudgetExecutions budget,
            Organizations organizations,
            Formats fmt) {
        this.dashboards = dashboards;
        this.periods = periods;
        this.sheets = sheets;
        this.budget = budget;
        this.organizations = organizations;
        this.fmt = fmt;
    }

    /**
     * The closed capture periods a report of {@code kind} for {@code period} covers.
     *
     * @throws BusinessRuleException the period is not of the report's kind, was never opened for
     *     capture, or is (or includes) an open period: a report is generated only from figures that no
     *     longer change
     */
    public List<Period> coverage(UUID org, ReportKind kind, Period period) {
        if (kind == ReportKind.MENSUAL) {
            if (period.kind() == PeriodKind.YEAR) {
                throw new BusinessRuleException(
                        "El informe mensual se genera para un periodo de captura cerrado (un mes,"
                                + " o un trimestre si la entidad captura por trimestre), no para un año.");
            }
            CapturePeriod capture = periods.find(org, period)
                    .orElseThrow(() -> new BusinessRuleException("El periodo " + period
                            + " no se abrió para captura: no hay cifras revisadas de ese periodo para el informe."));
            requireClosed(capture);
            return List.of(period);
        }
        if (period.kind() != PeriodKind.QUARTER) {
            throw new BusinessRuleException("El informe trimestral se genera por trimestre: escriba el periodo como"
                    + " AAAA-Qn, por ejemplo " + Period.ofQuarter(period.year(), 1) + ".");
        }
        List<CapturePeriod> inside = periods.periods(org).stream()
                .filter(p -> !p.period().start().isAfter(period.end())
                        && !p.period().end().isBefore(period.start()))
                .sorted(Comparator.comparing(p -> p.period().start()))
                .toList();
        if (inside.isEmpty()) {
            throw new BusinessRuleException("No se abrió ningún periodo de captura en el trimestre " + period
                    + ": no hay cifras revisadas para el informe.");
        }
        inside.forEach(ReportAssembler::requireClosed);
        boolean reachesTheEnd = inside.stream().anyMatch(p -> p.period().end().equals(period.end()));
        if (!reachesTheEnd) {
            Period last = Period.containing(inside.get(0).period().kind(), period.end());
            throw new BusinessRuleException("El trimestre " + period + " aún no se puede informar: falta abrir y cerrar"
                    + " su último periodo de captura (" + last + ").");
        }
        return inside.stream().map(CapturePeriod::period).toList();
    }

    /** The periods {@link #coverage} accepts for {@code kind} today, the latest first. */
    public List<String> reportable(UUID org, ReportKind kind) {
        List<CapturePeriod> all = periods.periods(org);
        if (kind == ReportKind.MENSUAL) {
            return all.stream()
                    .filter(p -> !p.open() && p.period().kind() != PeriodKind.YEAR)
                    .sorted(Comparator.comparing((CapturePeriod p) -> p.period().start())
                            .reversed())
                    .map(p -> p.period().toString())
                    .toList();
        }
        List<Period> quarters = all.stream()
                .map(p -> Period.containing(PeriodKind.QUARTER, p.period().end()))
                .distinct()
                .sorted(Comparator.comparing(Period::start).reversed())
                .toList();
        List<String> out = new ArrayList<>();
        for (Period quarter : quarters) {
            try {
                coverage(org, kind, quarter);
                out.add(quarter.toString());
            } catch (BusinessRuleException notYet) {
                // open, or its last capture period not closed yet
            }
        }
        return out;
    }

    private static void requireClosed(CapturePeriod capture) {
        if (capture.open()) {
            throw new BusinessRuleException("El periodo " + capture.period() + " está abierto: los informes se generan"
                    + " solo con periodos cerrados, cuyas cifras ya no cambian. Planeación lo cierra en la captura"
                    + " y luego genera el informe.");
        }
    }

    /** The content of a report (without its number, given when it is stored). */
    public ReportContent assemble(UUID org, ReportKind kind, Period period, List<Period> covered, PlanInfo plan) {
        YearMonth cut = period.lastMonth();
        Dashboard dashboard = dashboards.dashboard(org, plan.id(), cut);
        Map<UUID, String> officeNames =
                organizations.offices(org).stream().collect(Collectors.toMap(Office::id, Office::name));
        List<Reporting> reporting = reporting(org, covered);
        Period budgetPeriod = covered.get(covered.size() - 1);
        List<BudgetExecutions.OfficeLine> lines = budget.ofPeriod(org, budgetPeriod);
        List<BudgetRow> budgetRows = lines.stream()
                // A sheet not reported was never submitted: what its office typed was not reviewed. The
                // treasury's figures stand on their own.
                .filter(l -> l.state() == ReportState.ACEPTADO
                        || "HACIENDA".equals(l.line().origin()))
                .map(l -> budgetRow(l, officeNames))
                .sorted(Comparator.comparing((BudgetRow r) -> r.officeName(), SPANISH)
                        .thenComparing(BudgetRow::projectBpin)
                        .thenComparing(BudgetRow::sourceName, SPANISH))
                .toList();
        if (kind == ReportKind.MENSUAL) {
            return new ReportContent(
                    kind,
                    period,
                    covered,
                    dashboard,
                    0,
                    null,
                    null,
                    reporting,
                    budgetPeriod,
                    budgetRows,
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of());
        }
        List<Inconsistency> inconsistencies = inconsistencies(org, covered, dashboard, reporting, lines, officeNames);
        List<YearMonth> cuts = new ArrayList<>();
        List<CumulativeGoal> cumulative = List.of();
        if (period.number() == 4) {
            for (int q = 1; q <= 4; q++) {
                cuts.add(Period.ofQuarter(period.year(), q).lastMonth());
            }
            cumulative = cumulative(org, plan, cuts, dashboard);
        }
        return new ReportContent(
                kind,
                period,
                covered,
                dashboard,
                0,
                null,
                null,
                reporting,
                budgetPeriod,
                budgetRows,
                inconsistencies,
                delays(reporting, dashboard),
                cuts,
                cumulative);
    }

    private List<Reporting> reporting(UUID org, List<Period> covered) {
        List<Reporting> rows = new ArrayList<>();
        for (Period p : covered) {
            for (SheetSummary s : sheets.sheets(org, p)) {
                boolean accepted = s.state() == ReportState.ACEPTADO;
                rows.add(new Reporting(
                        s.officeId(),
                        s.officeName() == null ? "Dependencia" : s.officeName(),
                        p,
                        accepted
                                ? "Aceptada"
                                : s.notReported() ? "No reportó" : s.state().label(),
                        accepted,
                        s.notReported(),
                        s.deadline(),
                        s.submittedAt(),
                        s.submittedBy(),
                        s.reviewedAt(),
                        s.late(),
                        s.round(),
                        s.rows(),
                        s.filled()));
            }
        }
        rows.sort(Comparator.comparing(Reporting::officeName, SPANISH)
                .thenComparing(r -> r.period().start()));
        return rows;
    }

    private static BudgetRow budgetRow(BudgetExecutions.OfficeLine l, Map<UUID, String> officeNames) {
        BudgetLine line = l.line();
        return new BudgetRow(
                l.officeId(),
                officeNames.getOrDefault(l.officeId(), "Dependencia"),
                line.projectBpin(),
                line.sourceName(),
                line.programmed(),
                line.appropriation(),
                line.commitments(),
                line.obligations(),
                line.payments(),
                line.origin(),
                line.officeFigures() != null);
    }

    private List<Inconsistency> inconsistencies(
            UUID org,
            List<Period> covered,
            Dashboard dashboard,
            List<Reporting> reporting,
            List<BudgetExecutions.OfficeLine> lines,
            Map<UUID, String> officeNames) {
        List<Inconsistency> out = new ArrayList<>();
        for (Reporting r : reporting) {
            if (r.notReported()) {
                out.add(new Inconsistency(
                        InconsistencyKind.NO_REPORTO,
                        r.officeId(),
                        r.officeName(),
                        r.period().toString(),
                        null,
                        null,
                        "La hoja de " + r.period() + " no se envió antes del cierre (fecha límite "
                                + fmt.date(r.deadline()) + "): sus metas cuentan sin ejecución."));
            } else if (r.late()) {
                out.add(new Inconsistency(
                        InconsistencyKind.ENTREGA_TARDIA,
                        r.officeId(),
                        r.officeName(),
                        r.period().toString(),
                        null,
                        null,
                        "Enviada el " + fmt.date(r.submittedAt()) + "; la fecha límite era el " + fmt.date(r.deadline())
                                + "."));
            }
        }
        Map<UUID, GoalFigures> goals = dashboard.goalsById();
        Set<UUID> unprogrammed = new HashSet<>();
        for (Period p : covered) {
            for (CapturedRow row : sheets.capturedRows(org, p)) {
                GoalFigures goal = goals.get(row.goalId());
                if (goal == null || row.state() != ReportState.ACEPTADO) {
                    continue;
                }
                boolean quantity = goal.programmingType() == ProgrammingType.SUMA
                        || goal.programmingType() == ProgrammingType.CONSTANTE;
                if (quantity
                        && row.programmed() == null
                        && row.executed() != null
                        && row.executed().signum() > 0) {
                    unprogrammed.add(goal.id());
                    String description =
                            row.description() == null || row.description().isBlank()
                                    ? ""
                                    : " Descripción: «" + shorten(row.description()) + "»";
                    out.add(new Inconsistency(
                            InconsistencyKind.EJECUCION_SIN_PROGRAMACION,
                            row.officeId(),
                            officeNames.getOrDefault(row.officeId(), goal.officeName()),
                            p.toString(),
                            goal.sisptCode(),
                            goal.name(),
                            "Reportó " + fmt.number(row.executed()) + " sin programación en el periodo."
                                    + description));
                }
            }
        }
        for (GoalFigures g : dashboard.goals()) {
            if (g.eliminated()) {
                continue;
            }
            if (g.state() == GoalState.EJECUCION_SIN_PROGRAMACION && !unprogrammed.contains(g.id())) {
                out.add(goalAlert(
                        InconsistencyKind.EJECUCION_SIN_PROGRAMACION,
                        g,
                        "Tiene ejecución al corte sin programación en el año."));
            }
            if (g.problem() != null) {
                out.add(goalAlert(InconsistencyKind.SIN_CALCULO, g, g.problem()));
            }
            for (String warning : g.warnings()) {
                out.add(goalAlert(InconsistencyKind.ADVERTENCIA_CONSISTENCIA, g, warning));
            }
        }
        for (GoalFigures g : dashboard.moneyWithoutProgress()) {
            out.add(goalAlert(
                    InconsistencyKind.COMPROMISOS_SIN_AVANCE,
                    g,
                    "Compromisos de " + fmt.money(g.financial().commitments()) + " y ningún avance físico."));
        }
        for (GoalFigures g : dashboard.progressWithoutMoney()) {
            out.add(goalAlert(
                    InconsistencyKind.AVANCE_SIN_COMPROMISOS,
                    g,
                    "Avance a la fecha de " + fmt.percent(g.progressToCut()) + " con costo programado de "
                            + fmt.money(g.financial().programmedCost()) + " y sin compromisos."));
        }
        for (BudgetExecutions.OfficeLine l : lines) {
            BudgetLine line = l.line();
            if (line.officeFigures() == null) {
                continue;
            }
            BudgetLine.Figures typed = line.officeFigures();
            out.add(new Inconsistency(
                    InconsistencyKind.CONFLICTO_HACIENDA,
                    l.officeId(),
                    officeNames.getOrDefault(l.officeId(), "Dependencia"),
                    covered.get(covered.size() - 1).toString(),
                    null,
                    null,
                    "Proyecto " + line.projectBpin() + ", " + line.sourceName() + ": Hacienda reporta compromisos "
                            + fmt.money(line.commitments()) + ", obligaciones " + fmt.money(line.obligations())
                            + " y pagos " + fmt.money(line.payments()) + "; la dependencia había escrito compromisos "
                            + fmt.money(typed.commitments()) + ", obligaciones " + fmt.money(typed.obligations())
                            + " y pagos " + fmt.money(typed.payments()) + ". Prevalece la cifra de Hacienda."));
        }
        Comparator<Inconsistency> order = Comparator.comparing(
                        (Inconsistency i) -> i.officeName() == null ? "\uFFFF" : i.officeName(), SPANISH)
                .thenComparing(i -> i.kind().ordinal())
                .thenComparing(i -> i.period() == null ? "" : i.period())
                .thenComparing(i -> i.goalCode() == null ? "" : i.goalCode());
        out.sort(order);
        return out;
    }

    private static Inconsistency goalAlert(InconsistencyKind kind, GoalFigures g, String detail) {
        return new Inconsistency(kind, g.officeId(), g.officeName(), null, g.sisptCode(), g.name(), detail);
    }

    private static List<OfficeDelay> delays(List<Reporting> reporting, Dashboard dashboard) {
        Map<UUID, Integer> lagging = new LinkedHashMap<>();
        for (OfficeLagging o : dashboard.lagging()) {
            if (o.officeId() != null) {
                lagging.put(o.officeId(), o.count());
            }
        }
        Map<UUID, List<Reporting>> byOffice = reporting.stream()
                .collect(Collectors.groupingBy(Reporting::officeId, LinkedHashMap::new, Collectors.toList()));
        List<OfficeDelay> delays = new ArrayList<>();
        for (List<Reporting> sheets : byOffice.values()) {
            List<String> notReported = sheets.stream()
                    .filter(Reporting::notReported)
                    .map(r -> r.period().toString())
                    .toList();
            List<String> late = sheets.stream()
                    .filter(r -> !r.notReported() && r.late())
                    .map(r -> r.period().toString())
                    .toList();
            if (!notReported.isEmpty() || !late.isEmpty()) {
                Reporting first = sheets.get(0);
                delays.add(new OfficeDelay(
                        first.officeId(),
                        first.officeName(),
                        notReported,
                        late,
                        lagging.getOrDefault(first.officeId(), 0)));
            }
        }
        return delays;
    }

    /** The goals lagging at any quarter end of the year, with their state at each (PE-P-008 step 4). */
    private List<CumulativeGoal> cumulative(UUID org, PlanInfo plan, List<YearMonth> cuts, Dashboard atCut) {
        List<Map<UUID, GoalFigures>> byCut = new ArrayList<>();
        for (YearMonth cut : cuts) {
            Dashboard d = cut.equals(atCut.cut()) ? atCut : dashboards.dashboard(org, plan.id(), cut);
            byCut.add(d.goalsById());
        }
        List<CumulativeGoal> rows = new ArrayList<>();
        for (GoalFigures goal : atCut.goals()) {
            if (goal.eliminated()) {
                continue;
            }
            List<GoalState> states = new ArrayList<>();
            int lagging = 0;
            for (Map<UUID, GoalFigures> goals : byCut) {
                GoalFigures then = goals.get(goal.id());
                GoalState state = then == null ? null : then.state();
                states.add(state);
                if (state != null && state.isLagging()) {
                    lagging++;
                }
            }
            if (lagging > 0) {
                rows.add(new CumulativeGoal(goal.officeId(), goal.officeName(), goal, states, lagging));
            }
        }
        Function<CumulativeGoal, String> office = c -> c.officeName() == null ? "\uFFFF" : c.officeName();
        rows.sort(Comparator.comparing(office, SPANISH)
                .thenComparing(
                        Comparator.comparingInt(CumulativeGoal::laggingQuarters).reversed())
                .thenComparing(c -> c.goal().sisptCode()));
        return rows;
    }

    private static String shorten(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() > 160 ? line.substring(0, 159) + "…" : line;
    }
}
