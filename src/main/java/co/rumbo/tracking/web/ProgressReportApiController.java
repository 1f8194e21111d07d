package co.rumbo.tracking.web;

import co.rumbo.calendar.Period;
import co.rumbo.identity.CurrentUser;
import co.rumbo.platform.web.Downloads;
import co.rumbo.tracking.BudgetEntry;
import co.rumbo.tracking.BudgetExecutions;
import co.rumbo.tracking.BudgetLine;
import co.rumbo.tracking.CaptureWorkbooks;
import co.rumbo.tracking.Evidence;
import co.rumbo.tracking.EvidenceFile;
import co.rumbo.tracking.ProgressReport;
import co.rumbo.tracking.ProgressReports;
import co.rumbo.tracking.ReportEvidence;
import co.rumbo.tracking.ReturnObservations;
import co.rumbo.tracking.RowEntry;
import co.rumbo.tracking.web.CaptureJson.ReportJson;
import co.rumbo.tracking.web.CaptureJson.SheetJson;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The capture sheets of the offices: rows, evidence, budget execution, submission and review.
 * Answers: 200; 400 unreadable request (not JSON, a value that is not a number, a bad period); 403 a
 * role that may not do it; 404 a sheet of an office that is not the person's; 409 a sheet in the
 * wrong state or a stale version; 422 a value that breaks a rule (field named); 423 a closed period.
 */
@RestController
@RequestMapping("/api/v1/offices/{officeId}/reports")
@Tag(name = "Hojas de captura")
class ProgressReportApiController extends CaptureApiSupport {

    private final ProgressReports reports;
    private final ReportEvidence evidence;
    private final BudgetExecutions budgets;
    private final CaptureWorkbooks workbooks;

    ProgressReportApiController(
            ProgressReports reports, ReportEvidence evidence, BudgetExecutions budgets, CaptureWorkbooks workbooks) {
        this.reports = reports;
        this.evidence = evidence;
        this.budgets = budgets;
        this.workbooks = workbooks;
    }

    record RowBody(BigDecimal executed, String description, Integer version) {}

    record VersionBody(Integer version) {}

    record ReturnBody(List<ReturnObservations.Observation> observations, String comment, Integer version) {}

    record LinkBody(String name, String url) {}

    record BudgetBody(
            String projectBpin,
            String sourceCode,
            BigDecimal appropriation,
            BigDecimal commitments,
            BigDecimal obligations,
            BigDecimal payments,
            Integer version) {}

    @GetMapping
    @Operation(summary = "Las hojas de captura de la dependencia, la más reciente primero")
    List<SheetJson> list(@PathVariable UUID officeId) {
        CurrentUser user = CurrentUser.get();
        return reports.sheetsFor(user).stream()
                .filter(s -> s.officeId().equals(officeId))
                .map(SheetJson::of)
                .toList();
    }

    @GetMapping("/{period}")
    @Operation(
            summary = "La hoja de captura de la dependencia en el periodo",
            description = "Una fila por meta programada en el plan de acción aprobado: programado del periodo y"
                    + " a la fecha, ejecutado, descripción, versión, evidencias, la observación de planeación, lo"
                    + " que decía el último envío (previous, changed) y las cifras vivas (figures: avance y estado"
                    + " de la meta en el año a este corte, con el motor de avance). Más la ejecución presupuestal"
                    + " por proyecto y fuente, la historia y las acciones permitidas.")
    ReportJson sheet(@PathVariable UUID officeId, @PathVariable String period) {
        return ReportJson.of(reports.sheet(CurrentUser.get(), officeId, Period.parse(period)));
    }

    @PutMapping("/{period}/goals/{goalId}")
    @Operation(
            summary = "Guarda una fila (enlace o líder de la dependencia)",
            description = "{\"executed\": 12.5, \"description\": \"…\", \"version\": 3}: version es la de la fila"
                    + " leída. 409 si otra persona la guardó antes (con la fila actual en «current») o si la hoja fue"
                    + " enviada; 422 si el valor es negativo, un porcentaje fuera de 0–100, o falta la descripción"
                    + " (diferencia con lo programado mayor que la tolerancia, nada ejecutado, o meta no programada en"
                    + " el periodo); 423 si el periodo está cerrado.")
    ProgressReport.Row saveRow(
            @PathVariable UUID officeId,
            @PathVariable String period,
            @PathVariable UUID goalId,
            @RequestBody RowBody body) {
        return reports.saveRow(
                CurrentUser.get(),
                officeId,
                Period.parse(period),
                goalId,
                new RowEntry(body.executed(), body.description(), body.version()));
    }

    @PostMapping("/{period}/submit")
    @Operation(
            summary = "El líder envía la hoja a planeación",
            description = "Toda meta programada en el periodo necesita su valor ejecutado (422 si falta). La hoja"
                    + " queda de solo lectura para la dependencia hasta que planeación la devuelva.")
    ReportJson submit(
            @PathVariable UUID officeId, @PathVariable String period, @RequestBody(required = false) VersionBody body) {
        return ReportJson.of(reports.submit(
                CurrentUser.get(), officeId, Period.parse(period), body == null ? null : body.version()));
    }

    @PostMapping("/{period}/return")
    @Operation(
            summary = "Planeación devuelve la hoja con observaciones por meta",
            description = "{\"observations\":[{\"goalId\":\"…\",\"text\":\"…\"}], \"comment\": \"…\"}: al menos una"
                    + " observación (422 sin ella).")
    ReportJson returnToOffice(
            @PathVariable UUID officeId, @PathVariable String period, @RequestBody(required = false) ReturnBody body) {
        ReturnObservations observations = body == null
                ? new ReturnObservations(null, null)
                : ReturnObservations.of(body.observations(), body.comment());
        return ReportJson.of(reports.returnToOffice(
                CurrentUser.get(), officeId, Period.parse(period), observations, body == null ? null : body.version()));
    }

    @PostMapping("/{period}/accept")
    @Operation(
            summary = "Planeación acepta la hoja",
            description = "Los valores ejecutados pasan a ser los valores de las metas en el periodo (fuente"
                    + " CAPTURA), con el valor programado del periodo: el tablero los muestra desde ese corte.")
    ReportJson accept(
            @PathVariable UUID officeId, @PathVariable String period, @RequestBody(required = false) VersionBody body) {
        return ReportJson.of(reports.accept(
                CurrentUser.get(), officeId, Period.parse(period), body == null ? null : body.version()));
    }

    @GetMapping("/{period}/evidence")
    @Operation(summary = "Las evidencias de la hoja (de una meta con ?goalId=)")
    List<Evidence> evidence(
            @PathVariable UUID officeId, @PathVariable String period, @RequestParam(required = false) UUID goalId) {
        return evidence.list(CurrentUser.get(), officeId, Period.parse(period), goalId);
    }

    @PostMapping("/{period}/goals/{goalId}/evidence")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Adjunta un archivo de evidencia a una fila (campo multipart «file»)",
            description = "PDF, PNG, JPEG, GIF, WebP, documentos de Office (docx, xlsx, pptx, doc, xls, ppt) u"
                    + " OpenDocument, reconocidos por su contenido, hasta el tamaño máximo de la entidad (10 MB por"
                    + " defecto). 422 para otro tipo o un archivo más grande.")
    Evidence addFile(
            @PathVariable UUID officeId,
            @PathVariable String period,
            @PathVariable UUID goalId,
            @RequestParam("file") MultipartFile file)
            throws IOException {
        return evidence.addFile(
                CurrentUser.get(), officeId, Period.parse(period), goalId, file.getOriginalFilename(), file.getBytes());
    }

    @PostMapping("/{period}/goals/{goalId}/links")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Adjunta un enlace de evidencia (http o https) a una fila: {\"name\", \"url\"}")
    Evidence addLink(
            @PathVariable UUID officeId,
            @PathVariable String period,
            @PathVariable UUID goalId,
            @RequestBody LinkBody body) {
        return evidence.addLink(CurrentUser.get(), officeId, Period.parse(period), goalId, body.name(), body.url());
    }

    @GetMapping("/{period}/evidence/{evidenceId}/file")
    @Operation(summary = "Descarga un archivo de evidencia")
    ResponseEntity<byte[]> download(
            @PathVariable UUID officeId, @PathVariable String period, @PathVariable UUID evidenceId) {
        EvidenceFile file = evidence.file(CurrentUser.get(), officeId, Period.parse(period), evidenceId);
        return Downloads.attachment(file.content(), file.contentType(), file.name());
    }

    @DeleteMapping("/{period}/evidence/{evidenceId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Quita una evidencia de la hoja (mientras la dependencia puede editarla)")
    void removeEvidence(@PathVariable UUID officeId, @PathVariable String period, @PathVariable UUID evidenceId) {
        evidence.remove(CurrentUser.get(), officeId, Period.parse(period), evidenceId);
    }

    @GetMapping("/{period}/xlsx")
    @Operation(summary = "La hoja como libro de Excel, para diligenciarla sin conexión")
    ResponseEntity<byte[]> xlsx(@PathVariable UUID officeId, @PathVariable String period) {
        return ResponseEntity.ok()
                .contentType(
                        MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("hoja-de-captura-" + period + ".xlsx", StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(workbooks.download(CurrentUser.get(), officeId, Period.parse(period)));
    }

    @PostMapping("/{period}/xlsx")
    @Operation(
            summary = "Carga la hoja diligenciada en Excel (campo multipart «file»): todo o nada",
            description = "200 {saved, unchanged}; 422 {issues:[{row, column, message}]} sin guardar nada; 409 hoja"
                    + " enviada; 423 periodo cerrado.")
    ResponseEntity<CaptureWorkbooks.UploadResult> uploadXlsx(
            @PathVariable UUID officeId, @PathVariable String period, @RequestParam("file") MultipartFile file)
            throws IOException {
        CaptureWorkbooks.UploadResult result =
                workbooks.upload(CurrentUser.get(), officeId, Period.parse(period), file.getBytes());
        return ResponseEntity.status(result.ok() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT)
                .body(result);
    }

    @GetMapping("/{period}/budget")
    @Operation(summary = "La ejecución presupuestal de la hoja por proyecto (BPIN) y fuente")
    List<BudgetLine> budget(@PathVariable UUID officeId, @PathVariable String period) {
        return budgets.lines(CurrentUser.get(), officeId, Period.parse(period));
    }

    @PutMapping("/{period}/budget")
    @Operation(
            summary = "Guarda la ejecución presupuestal de un proyecto y fuente (la dependencia)",
            description = "{projectBpin, sourceCode, appropriation, commitments, obligations, payments, version}, en"
                    + " pesos, acumulado del año al cierre del periodo. compromisos ≤ apropiación, obligaciones ≤"
                    + " compromisos, pagos ≤ obligaciones (422). 409 si la cifra la cargó Hacienda.")
    BudgetLine saveBudget(@PathVariable UUID officeId, @PathVariable String period, @RequestBody BudgetBody body) {
        if (body.projectBpin() == null || body.sourceCode() == null) {
            throw new IllegalArgumentException("Indique el proyecto (projectBpin) y la fuente (sourceCode).");
        }
        return budgets.save(
                CurrentUser.get(),
                officeId,
                Period.parse(period),
                new BudgetEntry(
                        body.projectBpin(),
                        body.sourceCode(),
                        body.appropriation(),
                        body.commitments(),
                        body.obligations(),
                        body.payments(),
                        body.version()));
    }
}
