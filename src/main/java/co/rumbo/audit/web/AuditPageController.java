package co.rumbo.audit.web;

import co.rumbo.audit.AuditEntry;
import co.rumbo.audit.AuditFilter;
import co.rumbo.audit.AuditTrail;
import co.rumbo.identity.CurrentUser;
import co.rumbo.platform.PageResult;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The audit trail page (URL rule: PLANEACION, CONTROL and ADMIN only). */
@Controller
class AuditPageController {

    private static final int PAGE_SIZE = 50;

    private final AuditTrail trail;

    AuditPageController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/auditoria")
    String list(
            @RequestParam(required = false) String usuario,
            @RequestParam(required = false) String tabla,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate desde,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate hasta,
            @RequestParam(required = false) String registro,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        UUID org = CurrentUser.get().requireOrganization();
        AuditFilter filter = new AuditFilter(usuario, tabla, desde, hasta, registro);
        PageResult<AuditEntry> result = trail.search(org, filter, Math.max(0, page), PAGE_SIZE);
        model.addAttribute("filter", filter);
        model.addAttribute("result", result);
        model.addAttribute("tables", trail.tables(org));
        model.addAttribute(
                "base",
                UriComponentsBuilder.fromPath("/auditoria")
                        .queryParamIfPresent("usuario", java.util.Optional.ofNullable(filter.actor()))
                        .queryParamIfPresent("tabla", java.util.Optional.ofNullable(filter.table()))
                        .queryParamIfPresent("desde", java.util.Optional.ofNullable(desde))
                        .queryParamIfPresent("hasta", java.util.Optional.ofNullable(hasta))
                        .queryParamIfPresent("registro", java.util.Optional.ofNullable(filter.record()))
                        .build()
                        .encode()
                        .toUriString());
        return "audit/trail";
    }
}
