package co.rumbo.identity.web;

import co.rumbo.identity.CurrentUser;
import co.rumbo.organization.Organization;
import co.rumbo.organization.Organizations;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the user and the organization in every page's model, for the layout. */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

    private final Organizations organizations;

    LayoutAdvice(Organizations organizations) {
        this.organizations = organizations;
    }

    @ModelAttribute("me")
    CurrentUser me() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof CurrentUser.CurrentUserHolder h ? h.currentUser() : null;
    }

    /** Only pages have a layout: an API call (a @RestController is a @Controller too) reads nothing here. */
    @ModelAttribute("organization")
    Organization organization(HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return null;
        }
        CurrentUser me = me();
        return me == null || me.organizationId() == null
                ? null
                : organizations.find(me.organizationId()).orElse(null);
    }
}
