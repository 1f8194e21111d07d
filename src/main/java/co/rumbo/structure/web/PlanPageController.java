package co.rumbo.structure.web;

import co.rumbo.identity.CurrentUser;
import co.rumbo.identity.Role;
import co.rumbo.organization.Organizations;
import co.rumbo.platform.BusinessRuleException;
import co.rumbo.platform.CommandValidator;
import co.rumbo.platform.ForbiddenException;
import co.rumbo.platform.StaleVersionException;
import co.rumbo.progress.ProgrammingType;
import co.rumbo.structure.GoalDetail;
import co.rumbo.structure.GoalEdit;
import co.rumbo.structure.GoalEditor;
import co.rumbo.structure.GoalFilter;
import co.rumbo.structure.PlanSummary;
import co.rumbo.structure.Plans;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The plan as a tree with filters, a goal's page and its edit form. */
@Controller
class PlanPageController {

    private final Plans plans;
    private final GoalEditor editor;
    private final Organizations organizations;
    private final CommandValidator validator;

    PlanPageController(Plans plans, GoalEditor editor, Organizations organizations, CommandValidator validator) {
        this.plans = plans;
        this.editor = editor;
        this.organizations = organizations;
        this.validator = validator;
    }

    @GetMapping("/plan")
    String tree(
            @RequestParam(required = false) UUID plan,
            @RequestParam(required = false) UUID office,
            @RequestParam(required = false) String sector,
            @RequestParam(required = false) ProgrammingType type,
            @RequestParam(required = false) String q,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model) {
        UUID org = CurrentUser.get().requireOrganization();
        // A plan asked for by id is 404 when it is not this organization's, even if it has no plan yet.
        PlanSummary requested = plan == null ? null : plans.plan(org, plan);
        List<PlanSummary> all = plans.plans(org);
        model.addAttribute("plans", all);
        if (all.isEmpty()) {
            return "plan/empty";
        }
        PlanSummary current = requested == null ? all.get(0) : requested;
        GoalFilter filter = new GoalFilter(office, sector, type, q, null);
        model.addAttribute("plan", current);
        model.addAttribute("tree", plans.tree(org, current.id(), filter));
        model.addAttribute("filter", filter);
        model.addAttribute("offices", organizations.offices(org));
        model.addAttribute("sectors", plans.sectors(org, current.id()));
        model.addAttribute("types", ProgrammingType.values());
        return htmx != null ? "plan/tree :: tree" : "plan/tree";
    }

    @GetMapping("/plan/metas/{id}")
    String goal(@PathVariable UUID id, Model model) {
        GoalDetail goal = plans.goal(CurrentUser.get().requireOrganization(), id);
        model.addAttribute("goal", goal);
        model.addAttribute("g", goal.summary());
        return "plan/goal";
    }

    @GetMapping("/plan/metas/{id}/editar")
    String edit(@PathVariable UUID id, Model model) {
        requirePlanner();
        return form(model, plans.goal(CurrentUser.get().requireOrganization(), id), null);
    }

    @PostMapping("/plan/metas/{id}/editar")
    String edit(
            @PathVariable UUID id,
            @RequestParam int version,
            @RequestParam(required = false) String customName,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) BigDecimal baseline,
            @RequestParam(required = false) BigDecimal fourYearTarget,
            @RequestParam ProgrammingType programmingType,
            @RequestParam(required = false) UUID officeId,
            @RequestParam(required = false) BigDecimal weight,
            @RequestParam(defaultValue = "") String bpins,
            @RequestParam(defaultValue = "false") boolean eliminated,
            @RequestParam Map<String, String> all,
            Model model,
            RedirectAttributes redirect) {
        requirePlanner();
        UUID org = CurrentUser.get().requireOrganization();
        try {
            GoalEdit command = new GoalEdit(
                    version,
                    customName,
                    unit,
                    baseline,
                    fourYearTarget,
                    programmingType,
                    officeId,
                    weight,
                    Arrays.asList(bpins.split("[,;\\s]+")),
                    targets(all),
                    eliminated);
            editor.update(org, id, validator.validated(command));
            redirect.addFlashAttribute("ok", "Se guardó la meta");
            return "redirect:/plan/metas/" + id;
        } catch (StaleVersionException e) {
            return form(model, plans.goal(org, id), e.getMessage());
        } catch (BusinessRuleException e) {
            return form(model, plans.goal(org, id), e.getMessage());
        }
    }

    /** Yearly targets come as fields named {@code target_2024} …; a blank one means "no target". */
    private static Map<String, BigDecimal> targets(Map<String, String> all) {
        Map<String, BigDecimal> targets = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : all.entrySet()) {
            if (e.getKey().startsWith("target_")) {
                String value = e.getValue() == null ? "" : e.getValue().trim().replace(',', '.');
                try {
                    targets.put(e.getKey().substring(7), value.isEmpty() ? null : new BigDecimal(value));
                } catch (NumberFormatException ex) {
                    throw new BusinessRuleException(
                            "La meta de " + e.getKey().substring(7) + " no es un número: " + value);
                }
            }
        }
        return targets;
    }

    private String form(Model model, GoalDetail goal, String error) {
        model.addAttribute("goal", goal);
        model.addAttribute("g", goal.summary());
        model.addAttribute("error", error);
        model.addAttribute("offices", organizations.offices(CurrentUser.get().requireOrganization()));
        model.addAttribute("types", ProgrammingType.values());
        return "plan/goal-form";
    }

    private static void requirePlanner() {
        if (!CurrentUser.get().hasAny(Role.PLANEACION, Role.ADMIN)) {
            throw new ForbiddenException("Solo la oficina de planeación edita las metas del plan");
        }
    }
}
