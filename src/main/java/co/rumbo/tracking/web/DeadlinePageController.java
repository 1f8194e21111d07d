package co.rumbo.tracking.web;

import co.rumbo.calendar.Period;
import co.rumbo.identity.CurrentUser;
import co.rumbo.identity.Role;
import co.rumbo.platform.NotFoundException;
import co.rumbo.platform.web.Formats;
import co.rumbo.tracking.CaptureDeadlines;
import co.rumbo.tracking.CapturePeriod;
import co.rumbo.tracking.CapturePeriods;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The planning office's list of overdue sheets (which office, how late, whom to call), with the days of
 * the reminder e-mails of the open periods. Everyone sees the offices they may see.
 */
@Controller
class DeadlinePageController {

    private final CaptureDeadlines deadlines;
    private final CapturePeriods periods;

    DeadlinePageController(CaptureDeadlines deadlines, CapturePeriods periods) {
        this.deadlines = deadlines;
        this.periods = periods;
    }

    @GetMapping("/captura/vencidas")
    String overdue(@RequestParam(name = "periodo", required = false) String period, Model model) {
        CurrentUser user = CurrentUser.get();
        UUID org = user.requireOrganization();
        Period selected = null;
        if (period != null && !period.isBlank()) {
            try {
                selected = Period.parse(period.strip());
            } catch (IllegalArgumentException e) {
                throw new NotFoundException("El periodo «" + period + "» no existe");
            }
        }
        List<CapturePeriod> open =
                periods.periods(org).stream().filter(CapturePeriod::open).toList();
        model.addAttribute("openPeriods", open);
        model.addAttribute("selected", selected);
        model.addAttribute("today", LocalDate.now(Formats.BOGOTA));
        model.addAttribute("overdue", deadlines.overdue(user, selected, LocalDate.now(Formats.BOGOTA)));
        model.addAttribute("schedule", deadlines.schedule(user));
        model.addAttribute("planner", user.has(Role.PLANEACION));
        model.addAttribute("labels", new TreasuryPageController.TreasuryLabels());
        return "tracking/overdue";
    }
}
