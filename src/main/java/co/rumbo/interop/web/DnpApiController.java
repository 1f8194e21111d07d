package co.rumbo.interop.web;

import co.rumbo.identity.CurrentUser;
import co.rumbo.identity.Role;
import co.rumbo.interop.DnpImportRejected;
import co.rumbo.interop.DnpImportResult;
import co.rumbo.interop.DnpReconciliation;
import co.rumbo.interop.DnpSeguimientoImport;
import co.rumbo.interop.Reconciliation;
import co.rumbo.platform.ForbiddenException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** DNP's seguimiento: loading the file into a plan and reconciling its figures with Rumbo's. */
@RestController
@RequestMapping("/api/v1/plans/{id}")
@Tag(name = "Seguimiento DNP")
class DnpApiController {

    private final DnpSeguimientoImport imports;
    private final DnpReconciliation reconciliation;

    DnpApiController(DnpSeguimientoImport imports, DnpReconciliation reconciliation) {
        this.imports = imports;
        this.reconciliation = reconciliation;
    }

    @PostMapping(value = "/import/dnp-seguimiento", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary =
                    "Carga el Informe de Seguimiento al PDT de DNP (Alertas-<DANE>.xlsx) en el plan (solo planeación)",
            description = "Revisa todo el archivo antes de guardar: un archivo dañado responde 400; una hoja, una "
                    + "columna o un valor que falta o está mal, 422 con cada error ubicado (hoja, fila, columna). "
                    + "Un consecutivo SisPT que el plan no tiene es una advertencia. Reemplaza la carga anterior "
                    + "del plan.")
    DnpImportResult load(@PathVariable UUID id, @RequestPart("file") MultipartFile file) throws IOException {
        CurrentUser user = requirePlanner();
        try (InputStream in = file.getInputStream()) {
            return imports.load(user.requireOrganization(), id, in, file.getOriginalFilename());
        }
    }

    @GetMapping("/reconciliation/dnp")
    @Operation(summary = "Conciliación de las cifras de DNP con las de Rumbo, por unidad y vigencia")
    Reconciliation reconciliation(
            @PathVariable UUID id,
            @Parameter(description = "vigencia (año); por omisión, la última del informe cargado")
                    @RequestParam(required = false)
                    Integer year) {
        return reconciliation.reconcile(CurrentUser.get().requireOrganization(), id, year);
    }

    @ExceptionHandler(DnpImportRejected.class)
    ProblemDetail rejected(DnpImportRejected e) {
        boolean unreadable = e.reason() == DnpImportRejected.Reason.UNREADABLE;
        ProblemDetail p = ProblemDetail.forStatusAndDetail(
                unreadable ? HttpStatus.BAD_REQUEST : HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        p.setTitle(unreadable ? "Archivo ilegible" : "Archivo con errores");
        p.setProperty("errors", e.errors());
        p.setProperty("warnings", e.warnings());
        return p;
    }

    private static CurrentUser requirePlanner() {
        CurrentUser user = CurrentUser.get();
        if (!user.has(Role.PLANEACION)) {
            throw new ForbiddenException("Solo la oficina de planeación carga el seguimiento de DNP");
        }
        return user;
    }
}
