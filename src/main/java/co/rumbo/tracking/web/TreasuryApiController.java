package co.rumbo.tracking.web;

import co.rumbo.calendar.Period;
import co.rumbo.identity.CurrentUser;
import co.rumbo.platform.web.Downloads;
import co.rumbo.tracking.TreasuryConflict;
import co.rumbo.tracking.TreasuryUpload;
import co.rumbo.tracking.TreasuryUploadRejected;
import co.rumbo.tracking.TreasuryUploads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The treasury's budget execution report: its template and its upload for a capture period. Answers:
 * 200; 400 a bad period or year; 403 a role other than HACIENDA or PLANEACION; 404 a period never
 * opened; 422 the file's problems, each with sheet, row and column ({@code issues}), nothing saved; 423
 * a closed period, nothing saved.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Ejecución presupuestal de Hacienda")
class TreasuryApiController extends CaptureApiSupport {

    private final TreasuryUploads uploads;

    TreasuryApiController(TreasuryUploads uploads) {
        this.uploads = uploads;
    }

    /** An upload as the API shows it. */
    record UploadJson(
            UUID id,
            String period,
            String fileName,
            String format,
            String sha256,
            int rowsLoaded,
            int rowsSkipped,
            int offices,
            LocalDate cutDate,
            List<TreasuryConflict> conflicts,
            String uploadedBy,
            Instant uploadedAt) {
        static UploadJson of(TreasuryUpload u) {
            return new UploadJson(
                    u.id(),
                    u.period().toString(),
                    u.fileName(),
                    u.format(),
                    u.sha256(),
                    u.rowsLoaded(),
                    u.rowsSkipped(),
                    u.offices(),
                    u.cutDate(),
                    u.conflicts(),
                    u.uploadedBy(),
                    u.uploadedAt());
        }
    }

    @ExceptionHandler(TreasuryUploadRejected.class)
    ProblemDetail rejected(TreasuryUploadRejected e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        p.setTitle("Archivo con errores");
        p.setProperty("issues", e.issues());
        return p;
    }

    @GetMapping("/budget-execution/template")
    @Operation(
            summary = "La plantilla del informe de ejecución presupuestal de Hacienda (HACIENDA o planeación)",
            description = "Una fila por proyecto (BPIN), fuente de financiación y dependencia de los planes de acción"
                    + " aprobados del año, con las columnas BPIN, Fuente de financiación, Apropiación definitiva,"
                    + " Compromisos, Obligaciones, Pagos, Fecha de corte y Dependencia (código), más el nombre de la"
                    + " dependencia y el valor programado (informativos). format=xlsx (por defecto) o csv (UTF-8,"
                    + " separado por punto y coma). Con period=2026-03 la fecha de corte viene llena con el fin del"
                    + " periodo.")
    ResponseEntity<byte[]> template(
            @Parameter(description = "Vigencia, p. ej. 2026") @RequestParam int year,
            @Parameter(description = "xlsx o csv") @RequestParam(defaultValue = "xlsx") String format,
            @Parameter(description = "Periodo para la fecha de corte, p. ej. 2026-03") @RequestParam(required = false)
                    String period) {
        TreasuryUploads.TemplateFile file = uploads.template(
                CurrentUser.get(), year, period == null || period.isBlank() ? null : Period.parse(period), format);
        return download(file);
    }

    @PostMapping(value = "/periods/{period}/budget-execution/upload", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Carga el informe de ejecución presupuestal de Hacienda en un periodo (campo multipart «file»)",
            description = "xlsx o CSV con las columnas de la plantilla. Todo o nada: si una fila tiene un error"
                    + " (BPIN que no está en los planes de acción aprobados del año, fuente desconocida, valor negativo o"
                    + " que no es número, compromisos > apropiación, obligaciones > compromisos, pagos > obligaciones,"
                    + " fecha de corte fuera del periodo, fila repetida…) responde 422 con cada error en «issues»"
                    + " (sheet, row, column, message) y no guarda nada. Si no, registra las cifras (origen HACIENDA)"
                    + " en la hoja de captura de cada dependencia y devuelve la carga con los conflictos: líneas donde"
                    + " la dependencia había escrito otras cifras (las de Hacienda prevalecen). 423 si el periodo está"
                    + " cerrado.",
            responses = {
                @ApiResponse(responseCode = "200", description = "Cargado"),
                @ApiResponse(
                        responseCode = "422",
                        description = "El archivo tiene errores; nada se guardó",
                        content = @Content(mediaType = "application/problem+json")),
                @ApiResponse(responseCode = "423", description = "Periodo cerrado")
            })
    UploadJson upload(@PathVariable String period, @RequestParam("file") MultipartFile file) throws IOException {
        return UploadJson.of(
                uploads.upload(CurrentUser.get(), Period.parse(period), file.getOriginalFilename(), file.getBytes()));
    }

    @GetMapping("/periods/{period}/budget-execution/uploads")
    @Operation(summary = "Las cargas de Hacienda de un periodo, la más reciente primero, con sus conflictos")
    List<UploadJson> history(@PathVariable String period) {
        return uploads.uploads(CurrentUser.get(), Period.parse(period)).stream()
                .map(UploadJson::of)
                .toList();
    }

    @GetMapping("/budget-execution/uploads/{id}/file")
    @Operation(summary = "El archivo de una carga de Hacienda, tal como se cargó")
    ResponseEntity<byte[]> file(@PathVariable UUID id) {
        return download(uploads.file(CurrentUser.get(), id));
    }

    static ResponseEntity<byte[]> download(TreasuryUploads.TemplateFile file) {
        return Downloads.attachment(file.content(), file.contentType(), file.fileName());
    }
}
