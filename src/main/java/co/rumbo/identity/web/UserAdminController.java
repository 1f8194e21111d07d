package co.rumbo.identity.web;

import co.rumbo.identity.CurrentUser;
import co.rumbo.identity.Role;
import co.rumbo.identity.UserCommand;
import co.rumbo.identity.UserView;
import co.rumbo.identity.Users;
import co.rumbo.organization.Organizations;
import co.rumbo.platform.BusinessRuleException;
import co.rumbo.platform.CommandValidator;
import co.rumbo.platform.PageResult;
import co.rumbo.platform.StaleVersionException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** User management for the planning office and administrators (URL rule: /admin/**). */
@Controller
@RequestMapping("/admin/usuarios")
class UserAdminController {

    private static final int PAGE_SIZE = 25;

    private final Users users;
    private final Organizations organizations;
    private final CommandValidator validator;

    UserAdminController(Users users, Organizations organizations, CommandValidator validator) {
        this.users = users;
        this.organizations = organizations;
        this.validator = validator;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
        UUID org = CurrentUser.get().requireOrganization();
        PageResult<UserView> result = users.search(org, q, Math.max(page, 0), PAGE_SIZE);
        model.addAttribute("q", q);
        model.addAttribute("result", result);
        return "admin/users";
    }

    @GetMapping("/nuevo")
    String create(Model model) {
        return form(model, null, new UserForm(), null);
    }

    @PostMapping("/nuevo")
    String create(UserForm form, Model model, RedirectAttributes redirect) {
        CurrentUser me = CurrentUser.get();
        try {
            UserView created = users.create(me.requireOrganization(), validator.validated(form.toCommand()), me);
            redirect.addFlashAttribute("ok", "Se creó el usuario " + created.username());
            return "redirect:/admin/usuarios";
        } catch (BusinessRuleException e) {
            return form(model, null, form, e.getMessage());
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable UUID id, Model model) {
        UserView user = users.get(CurrentUser.get().requireOrganization(), id);
        return form(model, user, UserForm.of(user), null);
    }

    @PostMapping("/{id}")
    String edit(@PathVariable UUID id, UserForm form, Model model, RedirectAttributes redirect) {
        CurrentUser me = CurrentUser.get();
        UUID org = me.requireOrganization();
        try {
            UserView saved = users.update(org, id, form.getVersion(), validator.validated(form.toCommand()), me);
            redirect.addFlashAttribute("ok", "Se guardó el usuario " + saved.username());
            return "redirect:/admin/usuarios";
        } catch (StaleVersionException e) {
            UserView current = users.get(org, id);
            return form(model, current, UserForm.of(current), e.getMessage());
        } catch (BusinessRuleException e) {
            return form(model, users.get(org, id), form, e.getMessage());
        }
    }

    @PostMapping("/{id}/desbloquear")
    String unlock(@PathVariable UUID id, RedirectAttributes redirect) {
        users.unlock(CurrentUser.get().requireOrganization(), id);
        redirect.addFlashAttribute("ok", "Se desbloqueó la cuenta");
        return "redirect:/admin/usuarios/" + id;
    }

    private String form(Model model, UserView user, UserForm form, String error) {
        CurrentUser me = CurrentUser.get();
        List<Role> grantable = Arrays.stream(Role.values())
                .filter(r -> r != Role.ADMIN || me.has(Role.ADMIN))
                .toList();
        model.addAttribute("user", user);
        model.addAttribute("form", form);
        model.addAttribute("error", error);
        model.addAttribute("roles", grantable);
        model.addAttribute("offices", organizations.offices(me.requireOrganization()));
        return "admin/user-form";
    }

    /** The HTML form; bound by name, then turned into a validated command. */
    public static class UserForm {
        private String username = "";
        private String fullName = "";
        private String email = "";
        private Set<Role> roles = Set.of();
        private Set<UUID> officeIds = Set.of();
        private boolean enabled = true;
        private String password = "";
        private int version;

        static UserForm of(UserView u) {
            UserForm f = new UserForm();
            f.username = u.username();
            f.fullName = u.fullName();
            f.email = u.email();
            f.roles = u.roles();
            f.officeIds = Set.copyOf(u.officeIds());
            f.enabled = u.enabled();
            f.version = u.version();
            return f;
        }

        UserCommand toCommand() {
            return new UserCommand(username, fullName, email, roles, officeIds, enabled, password);
        }

        public String getUsername() {
            return username;
        }

        public void setUsername(String v) {
            username = v;
        }

        public String getFullName() {
            return fullName;
        }

        public void setFullName(String v) {
            fullName = v;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String v) {
            email = v;
        }

        public Set<Role> getRoles() {
            return roles;
        }

        public void setRoles(Set<Role> v) {
            roles = v == null ? Set.of() : v;
        }

        public Set<UUID> getOfficeIds() {
            return officeIds;
        }

        public void setOfficeIds(Set<UUID> v) {
            officeIds = v == null ? Set.of() : v;
        }

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean v) {
            enabled = v;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String v) {
            password = v;
        }

        public int getVersion() {
            return version;
        }

        public void setVersion(int v) {
            version = v;
        }
    }
}
