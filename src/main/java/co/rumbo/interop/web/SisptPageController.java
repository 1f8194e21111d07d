package co.rumbo.interop.web;

import co.rumbo.identity.CurrentUser;
import co.rumbo.identity.Role;
import co.rumbo.interop.SisptImportReport;
import co.rumbo.interop.SisptImports;
import co.rumbo.platform.BusinessRuleException;
import co.rumbo.platform.ForbiddenException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The SisPT import page and its report; the export download for logged-in users. */
@Controller
class SisptPageController {

    private final SisptImports imports;
    private final long maxBytes;

    SisptPageController(SisptImports imports, @Value("${rumbo.upload.max-bytes:10485760}") long maxBytes) {
        this.imports = imports;
        this.maxBytes = maxBytes;
    }

    @GetMapping("/plan/importar")
    String form(Model model) {
        requirePlanner();
        model.addAttribute("maxKb", maxBytes / 1024);
        return "interop/sispt-import";
    }

    @PostMapping("/plan/importar")
    String upload(
            @RequestParam(value = "file", required = false) MultipartFile file,
            Model model,
            HttpServletResponse response)
            throws IOException {
        requirePlanner();
        model.addAttribute("maxKb", maxBytes / 1024);
        try {
            UploadLimits.check(file, maxBytes);
        } catch (BusinessRuleException e) {
            response.setStatus(400);
            model.addAttribute("error", e.getMessage());
            return "interop/sispt-import";
        }
        SisptImportReport report = imports.importFile(CurrentUser.get(), file.getOriginalFilename(), file.getBytes());
        response.setStatus(SisptController.status(report).value());
        model.addAttribute("report", report);
        model.addAttribute("fileName", file.getOriginalFilename());
        return "interop/sispt-report";
    }

    @GetMapping("/plan/{id}/exportar/sispt")
    ResponseEntity<byte[]> export(@PathVariable UUID id) {
        return SisptController.xlsx(
                imports.export(CurrentUser.get().requireOrganization(), id), "sispt-" + id + ".xlsx");
    }

    private static void requirePlanner() {
        if (!CurrentUser.get().hasAny(Role.PLANEACION, Role.ADMIN)) {
            throw new ForbiddenException("Solo la oficina de planeación importa el Plan de Desarrollo");
        }
    }
}
