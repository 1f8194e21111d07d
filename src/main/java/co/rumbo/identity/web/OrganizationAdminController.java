package co.rumbo.identity.web;

import co.rumbo.identity.CurrentUser;
import co.rumbo.identity.Role;
import co.rumbo.identity.internal.RumboPrincipal;
import co.rumbo.organization.Organizations;
import co.rumbo.platform.ForbiddenException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The platform administrator's list of organizations, and the choice of the one to work in (it is
 * kept in the session: every page then shows that organization's data).
 */
@Controller
class OrganizationAdminController {

    private final Organizations organizations;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    OrganizationAdminController(Organizations organizations) {
        this.organizations = organizations;
    }

    @GetMapping("/admin/entidades")
    String list(Model model) {
        requireAdmin();
        model.addAttribute("organizations", organizations.all());
        return "admin/organizations";
    }

    @PostMapping("/admin/entidades/{id}/trabajar")
    String workIn(
            @PathVariable UUID id,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        requireAdmin();
        var org = organizations.get(id);
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        RumboPrincipal principal = ((RumboPrincipal) current.getPrincipal()).inOrganization(org.id());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        redirect.addFlashAttribute("ok", "Ahora trabaja en " + org.name());
        return "redirect:/plan";
    }

    private static void requireAdmin() {
        if (!CurrentUser.get().has(Role.ADMIN)) {
            throw new ForbiddenException("Solo el administrador de la plataforma ve todas las entidades");
        }
    }
}
