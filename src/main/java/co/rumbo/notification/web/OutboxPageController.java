package co.rumbo.notification.web;

import co.rumbo.identity.CurrentUser;
import co.rumbo.notification.MailState;
import co.rumbo.notification.Notifications;
import co.rumbo.platform.BusinessRuleException;
import java.util.Arrays;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The planning office's view of the organization's outbox (URL rule: /admin/**). */
@Controller
class OutboxPageController {

    private static final int PAGE_SIZE = 50;

    private final Notifications notifications;

    OutboxPageController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/admin/correos")
    String list(
            @RequestParam(defaultValue = "") String estado, @RequestParam(defaultValue = "0") int page, Model model) {
        CurrentUser me = CurrentUser.get();
        MailState state = Arrays.stream(MailState.values())
                .filter(s -> s.name().equalsIgnoreCase(estado))
                .findFirst()
                .orElse(null);
        model.addAttribute("estado", state == null ? "" : state.name());
        model.addAttribute("states", MailState.values());
        model.addAttribute("counts", notifications.counts(me));
        model.addAttribute("result", notifications.list(me, state, Math.max(page, 0), PAGE_SIZE));
        return "notification/outbox";
    }

    @PostMapping("/admin/correos/{id}/reintentar")
    String retry(@PathVariable long id, @RequestParam(defaultValue = "") String estado, RedirectAttributes redirect) {
        try {
            notifications.retryNow(CurrentUser.get(), id);
            redirect.addFlashAttribute("ok", "El correo se intentará enviar en el próximo minuto.");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        redirect.addAttribute("estado", estado);
        return "redirect:/admin/correos";
    }

    @PostMapping("/admin/correos/{id}/descartar")
    String discard(@PathVariable long id, @RequestParam(defaultValue = "") String estado, RedirectAttributes redirect) {
        try {
            notifications.discard(CurrentUser.get(), id);
            redirect.addFlashAttribute("ok", "El correo quedó descartado; sigue en el registro.");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        redirect.addAttribute("estado", estado);
        return "redirect:/admin/correos";
    }
}
