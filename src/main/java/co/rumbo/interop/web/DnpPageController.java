package co.rumbo.interop.web;

import co.rumbo.identity.CurrentUser;
import co.rumbo.identity.Role;
import co.rumbo.interop.DnpImportRejected;
import co.rumbo.interop.DnpLoad;
import co.rumbo.interop.DnpReconciliation;
import co.rumbo.interop.DnpSeguimientoImport;
import co.rumbo.interop.Reconciliation;
import co.rumbo.platform.ForbiddenException;
import co.rumbo.structure.PlanSummary;
import co.rumbo.structure.Plans;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The pages of DNP's seguimiento: loading the file (planning office) and the reconciliation. */
@Controller
class DnpPageController {

    private final Plans plans;
    private final DnpSeguimientoImport imports;
    private final DnpReconciliation reconciliation;

    DnpPageController(Plans plans, DnpSeguimientoImport imports, DnpReconciliation reconciliation) {
        this.plans = plans;
        this.imports = imports;
        this.reconciliation = reconciliation;
    }

    @GetMapping("/plan/dnp")
    String importPage(@RequestParam(required = false) UUID plan, Model model) {
        requirePlanner();
        return plan(plan, model).map(p -> importView(p, model)).orElse("plan/empty");
    }

    @PostMapping("/plan/dnp")
    String load(@RequestParam UUID plan, @RequestParam("file") MultipartFile file, Model model) throws IOException {
        requirePlanner();
        UUID org = CurrentUser.get().requireOrganization();
        PlanSummary current = plans.plan(org, plan);
        model.addAttribute("plans", plans.plans(org));
        if (file.isEmpty()) {
            model.addAttribute("error", "Elija el archivo Alertas-<código DANE>.xlsx que publica DNP.");
            return importView(current, model);
        }
        try (InputStream in = file.getInputStream()) {
            model.addAttribute("result", imports.load(org, plan, in, file.getOriginalFilename()));
        } catch (DnpImportRejected e) {
            model.addAttribute("rejected", e);
            model.addAttribute("error", e.getMessage());
        }
        return importView(current, model);
    }

    @GetMapping("/plan/dnp/conciliacion")
    String reconciliation(
            @RequestParam(required = false) UUID plan,
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "false") boolean onlyDifferences,
            Model model) {
        Optional<PlanSummary> current = plan(plan, model);
        if (current.isEmpty()) {
            return "plan/empty";
        }
        UUID org = CurrentUser.get().requireOrganization();
        Optional<DnpLoad> load = reconciliation.lastLoad(org, current.get().id());
        model.addAttribute("load", load.orElse(null));
        model.addAttribute("onlyDifferences", onlyDifferences);
        if (load.isPresent()) {
            Reconciliation r = reconciliation.reconcile(org, current.get().id(), year);
            model.addAttribute("reconciliation", r);
            model.addAttribute(
                    "rows",
                    onlyDifferences
                            ? r.rows().stream().filter(row -> !row.agree()).toList()
                            : r.rows());
        }
        return "interop/dnp-reconciliation";
    }

    private String importView(PlanSummary plan, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute(
                "load",
                reconciliation
                        .lastLoad(CurrentUser.get().requireOrganization(), plan.id())
                        .orElse(null));
        return "interop/dnp-import";
    }

    private Optional<PlanSummary> plan(UUID plan, Model model) {
        UUID org = CurrentUser.get().requireOrganization();
        List<PlanSummary> all = plans.plans(org);
        model.addAttribute("plans", all);
        if (all.isEmpty()) {
            return Optional.empty();
        }
        PlanSummary current = plan == null ? all.get(0) : plans.plan(org, plan);
        model.addAttribute("plan", current);
        return Optional.of(current);
    }

    private static void requirePlanner() {
        if (!CurrentUser.get().has(Role.PLANEACION)) {
            throw new ForbiddenException("Solo la oficina de planeación carga el seguimiento de DNP");
        }
    }
}
