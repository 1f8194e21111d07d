package co.rumbo.dashboard.web;

import co.rumbo.dashboard.Dashboards;
import co.rumbo.dashboard.Report;
import co.rumbo.dashboard.ReportKind;
import co.rumbo.dashboard.Reports;
import co.rumbo.dashboard.Reports.ReportFormat;
import co.rumbo.identity.CurrentUser;
import co.rumbo.identity.Role;
import co.rumbo.platform.BusinessRuleException;
import co.rumbo.platform.StaleVersionException;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The "Informes" pages: the list of generated reports with their downloads, the generation of a new
 * version (planning office), and a report's page where the mayor's office validates a quarterly report
 * and it is sent to the offices.
 */
@Controller
class ReportPageController {

    private final Reports reports;
    private final Dashboards dashboards;

    ReportPageController(Reports reports, Dashboards dashboards) {
        this.reports = reports;
        this.dashboards = dashboards;
    }

    @GetMapping("/informes")
    String list(@RequestParam(required = false) ReportKind tipo, Model model) {
        CurrentUser user = CurrentUser.get();
        model.addAttribute("reports", reports.list(user, tipo, null));
        model.addAttribute("tipo", tipo);
        model.addAttribute("kinds", ReportKind.values());
        boolean planner = user.has(Role.PLANEACION);
        model.addAttribute("planner", planner);
        if (planner) {
            model.addAttribute("monthly", reports.reportablePeriods(user, ReportKind.MENSUAL));
            model.addAttribute("quarterly", reports.reportablePeriods(user, ReportKind.TRIMESTRAL));
        }
        return "reports/list";
    }

    @PostMapping("/informes")
    String generate(
            @RequestParam(required = false) ReportKind tipo,
            @RequestParam(defaultValue = "") String periodo,
            RedirectAttributes redirect) {
        try {
            Report report = reports.generate(CurrentUser.get(), tipo, periodo, null);
            redirect.addFlashAttribute(
                    "ok",
                    "Se generó la versión " + report.number() + " del "
                            + report.kind().label().toLowerCase() + " " + report.period() + ".");
            return "redirect:/informes/" + report.id();
        } catch (BusinessRuleException | IllegalArgumentException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/informes";
        }
    }

    @GetMapping("/informes/{id}")
    String detail(@PathVariable UUID id, Model model) {
        CurrentUser user = CurrentUser.get();
        Report report = reports.get(user, id);
        List<Report> versions = reports.list(user, report.kind(), report.period());
        model.addAttribute("r", report);
        model.addAttribute("versions", versions);
        model.addAttribute("deliveries", reports.deliveries(user, id));
        boolean quarterly = report.kind() == ReportKind.TRIMESTRAL;
        model.addAttribute(
                "canValidate", quarterly && report.latest() && !report.validated() && user.has(Role.DESPACHO));
        model.addAttribute(
                "canSend",
                quarterly
                        && report.latest()
                        && report.validated()
                        && !report.sent()
                        && user.hasAny(Role.PLANEACION, Role.DESPACHO));
        model.addAttribute("planner", user.has(Role.PLANEACION));
        // Seed 001 step 7: from the quarterly report, planning schedules a bilateral meeting with each
        // office that has lagging goals; the closed cut's figures are the report's own.
        model.addAttribute(
                "alertOffices",
                quarterly && user.has(Role.PLANEACION)
                        ? dashboards
                                .dashboard(user.requireOrganization(), report.planId(), YearMonth.parse(report.cut()))
                                .lagging()
                                .stream()
                                .filter(o -> o.officeId() != null && o.count() > 0)
                                .toList()
                        : List.of());
        return "reports/detail";
    }

    @PostMapping("/informes/{id}/validar")
    String validate(
            @PathVariable UUID id, @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        try {
            Report report = reports.validate(CurrentUser.get(), id, version);
            redirect.addFlashAttribute(
                    "ok", "El despacho validó la versión " + report.number() + " del informe " + report.period() + ".");
        } catch (BusinessRuleException | StaleVersionException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/informes/" + id;
    }

    @PostMapping("/informes/{id}/enviar")
    String send(@PathVariable UUID id, @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        try {
            reports.send(CurrentUser.get(), id, version);
            int offices = reports.deliveries(CurrentUser.get(), id).size();
            redirect.addFlashAttribute(
                    "ok", "Se envió el informe a " + offices + (offices == 1 ? " dependencia." : " dependencias."));
        } catch (BusinessRuleException | StaleVersionException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/informes/" + id;
    }

    @GetMapping("/informes/{id}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
        return ReportApiController.download(reports.file(CurrentUser.get(), id, ReportFormat.PDF));
    }

    @GetMapping("/informes/{id}/xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable UUID id) {
        return ReportApiController.download(reports.file(CurrentUser.get(), id, ReportFormat.XLSX));
    }
}
