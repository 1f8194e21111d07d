package co.rumbo.dashboard.web;

import co.rumbo.audit.AuditFilter;
import co.rumbo.audit.AuditTrail;
import co.rumbo.dashboard.Dashboard;
import co.rumbo.dashboard.DashboardFilter;
import co.rumbo.dashboard.Dashboards;
import co.rumbo.dashboard.GoalDashboard;
import co.rumbo.dashboard.GroupFigures;
import co.rumbo.dashboard.GroupKind;
import co.rumbo.dashboard.InvalidCutException;
import co.rumbo.dashboard.PlanInfo;
import co.rumbo.identity.CurrentUser;
import co.rumbo.identity.Role;
import co.rumbo.meetings.Commitments;
import co.rumbo.planning.Publications;
import co.rumbo.platform.NotFoundException;
import co.rumbo.progress.GoalState;
import co.rumbo.progress.TrafficLight;
import jakarta.servlet.http.HttpServletResponse;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The Tablero de control pages: the board, the goal list with filters, a goal's page and the exports. */
@Controller
class DashboardPageController {

    private final Dashboards dashboards;
    private final DashboardExports exports;
    private final ChartData charts;
    private final AuditTrail audit;
    private final Publications publications;
    private final Commitments commitments;

    DashboardPageController(
            Dashboards dashboards,
            DashboardExports exports,
            ChartData charts,
            AuditTrail audit,
            Publications publications,
            Commitments commitments) {
        this.commitments = commitments;
        this.dashboards = dashboards;
        this.exports = exports;
        this.charts = charts;
        this.audit = audit;
        this.publications = publications;
    }

    @GetMapping("/tablero")
    String board(@RequestParam(required = false) UUID plan, @RequestParam(required = false) String corte, Model model) {
        UUID org = CurrentUser.get().requireOrganization();
        List<PlanInfo> plans = dashboards.plans(org);
        if (plans.isEmpty()) {
            return "dashboard/empty";
        }
        PlanInfo current = plan == null ? plans.get(0) : dashboards.plan(org, plan);
        Dashboard d = dashboards.dashboard(org, current.id(), dashboards.cut(current, corte));
        model.addAttribute("plans", plans);
        model.addAttribute("d", d);
        model.addAttribute("kinds", GroupKind.values());
        model.addAttribute("states", GoalState.values());
        model.addAttribute("cutLabel", DashboardExports.cutLabel(d));
        Map<GroupKind, String> bars = new EnumMap<>(GroupKind.class);
        for (GroupKind kind : GroupKind.values()) {
            bars.put(kind, charts.bars(kind, d.groups(kind), g -> drillDown(d, kind, g)));
        }
        model.addAttribute("bars", bars);
        model.addAttribute("donut", charts.donut(d.figures().stateCounts(), state -> goalList(d)
                .queryParam("estado", state)
                .toUriString()));
        model.addAttribute("money", charts.money(d.offices(), g -> drillDown(d, GroupKind.OFFICE, g)));
        model.addAttribute("drill", DRILL_PARAMETERS);
        // Ley 1474 art. 74: from 15 January the year's action plan must be published (by 31 January).
        publications
                .unpublishedWarning(org, java.time.LocalDate.now(java.time.ZoneId.of("America/Bogota")))
                .ifPresent(w -> model.addAttribute("publicationWarning", w));
        // PE-P-004 step 8: commitments of bilateral meetings past their due date, for the office's eyes.
        model.addAttribute(
                "overdueCommitments",
                commitments.overdue(CurrentUser.get(), java.time.LocalDate.now(java.time.ZoneId.of("America/Bogota"))));
        return "dashboard/board";
    }

    @GetMapping("/tablero/metas")
    String goals(
            @RequestParam(required = false) UUID plan,
            @RequestParam(required = false) String corte,
            @RequestParam(required = false) GoalState estado,
            @RequestParam(required = false) TrafficLight semaforo,
            @RequestParam(required = false) String dependencia,
            @RequestParam(required = false) String linea,
            @RequestParam(required = false) String sector,
            @RequestParam(required = false) String programa,
            @RequestParam(required = false) Boolean rezagadas,
            @RequestParam(required = false) String q,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model) {
        UUID org = CurrentUser.get().requireOrganization();
        List<PlanInfo> plans = dashboards.plans(org);
        if (plans.isEmpty()) {
            return "dashboard/empty";
        }
        PlanInfo current = plan == null ? plans.get(0) : dashboards.plan(org, plan);
        Dashboard d = dashboards.dashboard(org, current.id(), dashboards.cut(current, corte));
        DashboardFilter filter =
                new DashboardFilter(estado, semaforo, dependencia, linea, sector, programa, rezagadas, q);
        model.addAttribute("d", d);
        model.addAttribute("filter", filter);
        model.addAttribute("goals", d.goals(filter));
        model.addAttribute("states", GoalState.values());
        model.addAttribute("lights", TrafficLight.values());
        model.addAttribute("cutLabel", DashboardExports.cutLabel(d));
        return htmx != null ? "dashboard/goals :: list" : "dashboard/goals";
    }

    @GetMapping("/tablero/metas/{id}")
    String goal(@PathVariable UUID id, @RequestParam(required = false) String corte, Model model) {
        CurrentUser me = CurrentUser.get();
        UUID org = me.requireOrganization();
        GoalDashboard goal = dashboards.goal(org, id, corte);
        model.addAttribute("g", goal);
        model.addAttribute("f", goal.goal());
        model.addAttribute("yearsChart", charts.years(goal));
        model.addAttribute("periodsChart", charts.periods(goal));
        model.addAttribute("cutYear", goal.cut().getYear());
        // The audit trail is for those who may read it (the same roles as its own page).
        boolean canAudit = me.hasAny(Role.PLANEACION, Role.CONTROL, Role.ADMIN);
        model.addAttribute("canAudit", canAudit);
        if (canAudit) {
            model.addAttribute(
                    "history",
                    audit.search(org, new AuditFilter(null, null, null, null, id.toString()), 0, 20)
                            .items());
        }
        return "dashboard/goal";
    }

    @GetMapping("/tablero/exportar.xlsx")
    ResponseEntity<byte[]> workbook(
            @RequestParam(required = false) UUID plan, @RequestParam(required = false) String corte) {
        Dashboard d = forExport(plan, corte);
        return DashboardExports.attachment(exports.workbook(d), DashboardExports.XLSX, exports.fileName(d, "xlsx"));
    }

    @GetMapping("/tablero/resumen.pdf")
    ResponseEntity<byte[]> summary(
            @RequestParam(required = false) UUID plan, @RequestParam(required = false) String corte) {
        Dashboard d = forExport(plan, corte);
        return DashboardExports.attachment(exports.summaryPdf(d), DashboardExports.PDF, exports.fileName(d, "pdf"));
    }

    @ExceptionHandler(InvalidCutException.class)
    String invalidCut(InvalidCutException e, Model model, HttpServletResponse response) {
        response.setStatus(400);
        model.addAttribute("title", "Corte no válido");
        model.addAttribute("message", e.getMessage());
        return "error/message";
    }

    private Dashboard forExport(UUID plan, String corte) {
        UUID org = CurrentUser.get().requireOrganization();
        PlanInfo current = plan == null
                ? dashboards.plans(org).stream()
                        .findFirst()
                        .orElseThrow(() -> new NotFoundException("La entidad no tiene plan"))
                : dashboards.plan(org, plan);
        return dashboards.dashboard(org, current.id(), dashboards.cut(current, corte));
    }

    private static UriComponentsBuilder goalList(Dashboard d) {
        return UriComponentsBuilder.fromPath("/tablero/metas")
                .queryParam("plan", d.plan().id())
                .queryParam("corte", d.cut());
    }

    /** The goal list's parameter that filters by each kind of group. */
    static final Map<GroupKind, String> DRILL_PARAMETERS = Map.of(
            GroupKind.LINE,
            "linea",
            GroupKind.SECTOR,
            "sector",
            GroupKind.PROGRAM,
            "programa",
            GroupKind.OFFICE,
            "dependencia");

    /** The goal list filtered to one group: the drill-down of a bar or a row. */
    static String drillDown(Dashboard d, GroupKind kind, GroupFigures group) {
        return goalList(d)
                .queryParam(DRILL_PARAMETERS.get(kind), group.id())
                .encode()
                .toUriString();
    }
}
