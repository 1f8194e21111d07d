package co.rumbo.interop.web;

import co.rumbo.identity.CurrentUser;
import co.rumbo.interop.SisptImportReport;
import co.rumbo.interop.SisptImports;
import co.rumbo.platform.web.Downloads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/plans")
@Tag(name = "SisPT (DNP)")
class SisptController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final SisptImports imports;
    private final long maxBytes;

    SisptController(SisptImports imports, @Value("${rumbo.upload.max-bytes:10485760}") long maxBytes) {
        this.imports = imports;
        this.maxBytes = maxBytes;
    }

    @PostMapping(path = "/import/sispt", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Importa el archivo SisPT del DNP (campo multipart «file»)",
            description = "200 si se guardó, 422 con los errores si la validación falla (no se guarda nada), "
                    + "400 si el archivo no se puede leer.")
    ResponseEntity<SisptImportReport> importSispt(@RequestParam("file") MultipartFile file) throws IOException {
        UploadLimits.check(file, maxBytes);
        SisptImportReport report = imports.importFile(CurrentUser.get(), file.getOriginalFilename(), file.getBytes());
        return ResponseEntity.status(status(report)).body(report);
    }

    @GetMapping("/{id}/export/sispt")
    @Operation(summary = "Exporta el plan como archivo SisPT (xlsx), con las mismas hojas y columnas")
    ResponseEntity<byte[]> export(@PathVariable UUID id) {
        return xlsx(imports.export(CurrentUser.get().requireOrganization(), id), "sispt-" + id + ".xlsx");
    }

    static HttpStatus status(SisptImportReport report) {
        return switch (report.outcome()) {
            case SAVED -> HttpStatus.OK;
            case INVALID -> HttpStatus.UNPROCESSABLE_ENTITY;
            case UNREADABLE -> HttpStatus.BAD_REQUEST;
        };
    }

    static ResponseEntity<byte[]> xlsx(byte[] body, String fileName) {
        return Downloads.attachment(body, XLSX, fileName);
    }
}
