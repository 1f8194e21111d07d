package co.rumbo.dashboard.web;

import co.rumbo.dashboard.Report;
import co.rumbo.dashboard.ReportDelivery;
import co.rumbo.dashboard.ReportFile;
import co.rumbo.dashboard.ReportKind;
import co.rumbo.dashboard.Reports;
import co.rumbo.dashboard.Reports.ReportFormat;
import co.rumbo.identity.CurrentUser;
import co.rumbo.platform.web.Downloads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The monthly and quarterly reports (PE-P-004 steps 5–6): generated from closed periods and kept. */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Informes mensual y trimestral")
class ReportApiController {

    private final Reports reports;

    ReportApiController(Reports reports) {
        this.reports = reports;
    }

    /** What the API takes to generate a report. */
    record GenerateBody(ReportKind kind, String period, UUID planId) {}

    /** The version of the report the person saw (optional). */
    record VersionBody(Integer version) {}

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Planeación genera un informe a un corte cerrado (una versión nueva, que no se cambia)",
            description = "{kind: MENSUAL|TRIMESTRAL, period: 2026-03 (mensual: un periodo de captura cerrado) o"
                    + " 2026-Q1 (trimestral: todos los periodos de captura del trimestre cerrados, hasta el último),"
                    + " planId (opcional: por omisión el plan que cubre el año)}. Las cifras son las del tablero al"
                    + " corte (último mes del periodo). Responde los datos del informe generado con su número de"
                    + " versión y el SHA-256 de su PDF y su xlsx. 400 periodo mal escrito; 403 otro rol; 409 periodo"
                    + " abierto, nunca abierto o sin plan que lo cubra.")
    Report generate(@RequestBody GenerateBody body) {
        if (body == null) {
            throw new IllegalArgumentException("Falta el cuerpo: {\"kind\":\"MENSUAL\",\"period\":\"2026-03\"}.");
        }
        return reports.generate(CurrentUser.get(), body.kind(), body.period(), body.planId());
    }

    @GetMapping
    @Operation(
            summary = "Los informes generados, el más reciente primero",
            description = "Cada versión con su corte, quién y cuándo la generó, sus cifras principales, su validación"
                    + " y su envío. Líder y enlace ven los informes mensuales y los trimestrales validados.")
    List<Report> list(
            @RequestParam(required = false) ReportKind kind,
            @Parameter(description = "2026-03 o 2026-Q1") @RequestParam(required = false) String period) {
        return reports.list(CurrentUser.get(), kind, period == null || period.isBlank() ? null : period.strip());
    }

    @GetMapping("/reportable-periods")
    @Operation(summary = "Los periodos cerrados para los que se puede generar un informe del tipo dado")
    List<String> reportable(@RequestParam ReportKind kind) {
        return reports.reportablePeriods(CurrentUser.get(), kind);
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "Un informe generado (404 si es de otra entidad, o si es trimestral sin validar y quien"
                    + " pregunta es de una dependencia)")
    Report get(@PathVariable UUID id) {
        return reports.get(CurrentUser.get(), id);
    }

    @GetMapping("/{id}/pdf")
    @Operation(summary = "El PDF del informe, byte por byte como se generó")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
        return download(reports.file(CurrentUser.get(), id, ReportFormat.PDF));
    }

    @GetMapping("/{id}/xlsx")
    @Operation(summary = "El libro de Excel del informe, byte por byte como se generó")
    ResponseEntity<byte[]> xlsx(@PathVariable UUID id) {
        return download(reports.file(CurrentUser.get(), id, ReportFormat.XLSX));
    }

    @GetMapping("/{id}/deliveries")
    @Operation(summary = "A quién se envió el informe, por dependencia")
    List<ReportDelivery> deliveries(@PathVariable UUID id) {
        return reports.deliveries(CurrentUser.get(), id);
    }

    @PostMapping("/{id}/validate")
    @Operation(
            summary = "El despacho valida la última versión de un informe trimestral",
            description = "{version} opcional. 403 si no es el despacho; 409 informe mensual, ya validado o con una"
                    + " versión más reciente; 409 versión vieja.")
    Report validate(@PathVariable UUID id, @RequestBody(required = false) VersionBody body) {
        return reports.validate(CurrentUser.get(), id, body == null ? null : body.version());
    }

    @PostMapping("/{id}/send")
    @Operation(
            summary = "Envía el informe trimestral validado a todas las dependencias (una vez)",
            description = "Planeación o el despacho. A cada dependencia (sus líderes y enlaces con correo) le llega"
                    + " un correo con sus metas rezagadas, sus hojas no reportadas y el enlace al informe; queda"
                    + " registrado a quién. 409 sin validar, ya enviado o con una versión más reciente.")
    Report send(@PathVariable UUID id, @RequestBody(required = false) VersionBody body) {
        return reports.send(CurrentUser.get(), id, body == null ? null : body.version());
    }

    static ResponseEntity<byte[]> download(ReportFile file) {
        return Downloads.attachment(file.content(), file.contentType(), file.fileName());
    }
}
