package co.rumbo.identity.web;

import co.rumbo.identity.CurrentUser;
import co.rumbo.organization.Office;
import co.rumbo.organization.OfficeCommand;
import co.rumbo.organization.OfficeKind;
import co.rumbo.organization.Organizations;
import co.rumbo.platform.BusinessRuleException;
import co.rumbo.platform.CommandValidator;
import co.rumbo.platform.StaleVersionException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Office management for the planning office and administrators (URL rule: /admin/**). */
@Controller
@RequestMapping("/admin/dependencias")
class OfficeAdminController {

    private final Organizations organizations;
    private final CommandValidator validator;

    OfficeAdminController(Organizations organizations, CommandValidator validator) {
        this.organizations = organizations;
        this.validator = validator;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String q, Model model) {
        UUID org = CurrentUser.get().requireOrganization();
        String needle = q.trim().toLowerCase(Locale.ROOT);
        List<Office> offices = organizations.offices(org).stream()
                .filter(o -> needle.isEmpty()
                        || o.name().toLowerCase(Locale.ROOT).contains(needle)
                        || o.code().toLowerCase(Locale.ROOT).contains(needle))
                .toList();
        model.addAttribute("q", q);
        model.addAttribute("offices", offices);
        return "admin/offices";
    }

    @GetMapping("/nueva")
    String create(Model model) {
        return form(model, null, new OfficeCommand("", "", OfficeKind.SECRETARIA, true), null);
    }

    @PostMapping("/nueva")
    String create(
            @RequestParam String code,
            @RequestParam String name,
            @RequestParam OfficeKind kind,
            @RequestParam(defaultValue = "false") boolean active,
            Model model,
            RedirectAttributes redirect) {
        OfficeCommand command = new OfficeCommand(code, name, kind, active);
        try {
            organizations.createOffice(CurrentUser.get().requireOrganization(), validator.validated(command));
            redirect.addFlashAttribute("ok", "Se creó la dependencia " + command.name());
            return "redirect:/admin/dependencias";
        } catch (BusinessRuleException e) {
            return form(model, null, command, e.getMessage());
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable UUID id, Model model) {
        Office office = organizations.office(CurrentUser.get().requireOrganization(), id);
        return form(
                model, office, new OfficeCommand(office.code(), office.name(), office.kind(), office.active()), null);
    }

    @PostMapping("/{id}")
    String edit(
            @PathVariable UUID id,
            @RequestParam int version,
            @RequestParam String code,
            @RequestParam String name,
            @RequestParam OfficeKind kind,
            @RequestParam(defaultValue = "false") boolean active,
            Model model,
            RedirectAttributes redirect) {
        UUID org = CurrentUser.get().requireOrganization();
        OfficeCommand command = new OfficeCommand(code, name, kind, active);
        try {
            organizations.updateOffice(org, id, version, validator.validated(command));
            redirect.addFlashAttribute("ok", "Se guardó la dependencia " + command.name());
            return "redirect:/admin/dependencias";
        } catch (StaleVersionException e) {
            Office current = organizations.office(org, id);
            return form(
                    model,
                    current,
                    new OfficeCommand(current.code(), current.name(), current.kind(), current.active()),
                    e.getMessage());
        } catch (BusinessRuleException e) {
            return form(model, organizations.office(org, id), command, e.getMessage());
        }
    }

    private String form(Model model, Office office, OfficeCommand command, String error) {
        model.addAttribute("office", office);
        model.addAttribute("form", command);
        model.addAttribute("kinds", OfficeKind.values());
        model.addAttribute("error", error);
        return "admin/office-form";
    }
}
