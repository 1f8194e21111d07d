package co.rumbo.tracking.web;

import co.rumbo.calendar.Period;
import co.rumbo.calendar.SpanishNames;
import co.rumbo.identity.CurrentUser;
import co.rumbo.identity.Role;
import co.rumbo.platform.ForbiddenException;
import co.rumbo.platform.LockedException;
import co.rumbo.platform.NotFoundException;
import co.rumbo.tracking.CapturePeriod;
import co.rumbo.tracking.CapturePeriods;
import co.rumbo.tracking.TreasuryUpload;
import co.rumbo.tracking.TreasuryUploadRejected;
import co.rumbo.tracking.TreasuryUploads;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The treasury's page (HACIENDA and the planning office): the template of a period, the upload of the
 * execution report with a progress bar, its result (rows loaded, conflicts with what the offices typed)
 * or its errors, and the uploads of the period. A rejected file answers 422 and a closed period 423, with
 * the page and its message (the upload form swaps them in too).
 */
@Controller
class TreasuryPageController {

    private final TreasuryUploads uploads;
    private final CapturePeriods periods;

    TreasuryPageController(TreasuryUploads uploads, CapturePeriods periods) {
        this.uploads = uploads;
        this.periods = periods;
    }

    @GetMapping("/captura/hacienda")
    String page(
            @RequestParam(name = "periodo", required = false) String period,
            @RequestParam(name = "carga", required = false) UUID upload,
            Model model) {
        CurrentUser user = requireTreasury();
        CapturePeriod selected = select(user, period, model);
        if (selected != null && upload != null) {
            TreasuryUpload shown = uploads.upload(user, upload);
            if (!shown.period().equals(selected.period())) {
                throw new NotFoundException("La carga no es de este periodo");
            }
            model.addAttribute("result", shown);
        }
        return view(user, selected, model);
    }

    @PostMapping("/captura/hacienda")
    String upload(
            @RequestParam(name = "periodo") String period,
            @RequestParam(name = "archivo", required = false) MultipartFile file,
            Model model,
            HttpServletResponse response)
            throws IOException {
        CurrentUser user = requireTreasury();
        CapturePeriod selected = select(user, period, model);
        if (file == null || file.isEmpty()) {
            model.addAttribute("error", "Elija el archivo de ejecución presupuestal (.xlsx o .csv).");
            response.setStatus(422);
            return view(user, selected, model);
        }
        try {
            TreasuryUpload done = uploads.upload(user, selected.period(), file.getOriginalFilename(), file.getBytes());
            return "redirect:/captura/hacienda?periodo=" + done.period() + "&carga=" + done.id();
        } catch (TreasuryUploadRejected e) {
            response.setStatus(422);
            model.addAttribute("rejected", e);
            model.addAttribute("error", e.getMessage());
        } catch (LockedException e) {
            response.setStatus(423);
            model.addAttribute("error", e.getMessage() + " No se guardó nada.");
        }
        return view(user, selected, model);
    }

    @GetMapping("/captura/hacienda/plantilla")
    ResponseEntity<byte[]> template(
            @RequestParam(name = "anio") int year,
            @RequestParam(name = "formato", defaultValue = "xlsx") String format,
            @RequestParam(name = "periodo", required = false) String period) {
        return TreasuryApiController.download(uploads.template(
                requireTreasury(), year, period == null || period.isBlank() ? null : Period.parse(period), format));
    }

    @GetMapping("/captura/hacienda/cargas/{id}/archivo")
    ResponseEntity<byte[]> file(@PathVariable UUID id) {
        return TreasuryApiController.download(uploads.file(requireTreasury(), id));
    }

    /** The period asked for, or the latest open one, or the latest; null when none was ever opened. */
    private CapturePeriod select(CurrentUser user, String period, Model model) {
        UUID org = user.requireOrganization();
        List<CapturePeriod> all = periods.periods(org);
        model.addAttribute("periods", all);
        if (period != null && !period.isBlank()) {
            Period wanted;
            try {
                wanted = Period.parse(period.strip());
            } catch (IllegalArgumentException e) {
                throw new NotFoundException("El periodo «" + period + "» no existe");
            }
            return periods.get(org, wanted);
        }
        return all.stream().filter(CapturePeriod::open).findFirst().orElse(all.isEmpty() ? null : all.get(0));
    }

    private String view(CurrentUser user, CapturePeriod selected, Model model) {
        model.addAttribute("selected", selected);
        if (selected != null) {
            model.addAttribute("label", SpanishNames.periodHeading(selected.period()));
            model.addAttribute("uploads", uploads.uploads(user, selected.period()));
        } else {
            model.addAttribute("uploads", List.of());
        }
        model.addAttribute("labels", new TreasuryLabels());
        return "tracking/treasury";
    }

    private static CurrentUser requireTreasury() {
        CurrentUser user = CurrentUser.get();
        if (!user.hasAny(Role.HACIENDA, Role.PLANEACION)) {
            throw new ForbiddenException("Solo Hacienda y planeación cargan la ejecución presupuestal de Hacienda");
        }
        return user;
    }

    /** Spanish names for the page. */
    static final class TreasuryLabels {
        public String of(Period p) {
            return SpanishNames.periodHeading(p);
        }
    }
}
