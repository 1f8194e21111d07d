package co.rumbo.identity.web;

import co.rumbo.calendar.BusinessCalendar;
import co.rumbo.identity.CurrentUser;
import co.rumbo.organization.OrganizationCalendars;
import co.rumbo.platform.BusinessRuleException;
import java.time.LocalDate;
import java.time.Year;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organization's own non-working days, and a deadline calculator to check them (URL rule: /admin/**). */
@Controller
class CalendarAdminController {

    private final OrganizationCalendars calendars;

    CalendarAdminController(OrganizationCalendars calendars) {
        this.calendars = calendars;
    }

    @GetMapping("/admin/calendario")
    String show(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodo,
            @RequestParam(defaultValue = "15") int dias,
            Model model) {
        UUID org = CurrentUser.get().requireOrganization();
        BusinessCalendar calendar = calendars.calendar(org);
        int year = Year.now().getValue();
        model.addAttribute("days", calendars.nonWorkingDays(org));
        model.addAttribute(
                "holidays",
                Stream.iterate(LocalDate.of(year, 1, 1), d -> d.getYear() == year, d -> d.plusDays(1))
                        .filter(calendar::isHoliday)
                        .toList());
        model.addAttribute("year", year);
        if (periodo != null) {
            model.addAttribute("periodo", periodo);
            model.addAttribute("dias", dias);
            model.addAttribute("deadline", calendar.deadline(periodo, Math.max(0, Math.min(dias, 365))));
        }
        return "admin/calendar";
    }

    @PostMapping("/admin/calendario")
    String add(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @RequestParam(defaultValue = "") String description,
            RedirectAttributes redirect) {
        try {
            calendars.add(CurrentUser.get().requireOrganization(), day, description);
            redirect.addFlashAttribute("ok", "Se registró el día no hábil");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/admin/calendario";
    }

    @PostMapping("/admin/calendario/{id}/quitar")
    String remove(@PathVariable UUID id, RedirectAttributes redirect) {
        calendars.remove(CurrentUser.get().requireOrganization(), id);
        redirect.addFlashAttribute("ok", "Se quitó el día no hábil");
        return "redirect:/admin/calendario";
    }
}
