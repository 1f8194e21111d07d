package co.rumbo.tracking.web;

import co.rumbo.calendar.Period;
import co.rumbo.calendar.PeriodKind;
import co.rumbo.identity.CurrentUser;
import co.rumbo.platform.BusinessRuleException;
import co.rumbo.tracking.CapturePeriods;
import co.rumbo.tracking.CaptureSettings;
import co.rumbo.tracking.ClosePreview;
import co.rumbo.tracking.ProgressReports;
import co.rumbo.tracking.web.CaptureJson.ClosePreviewJson;
import co.rumbo.tracking.web.CaptureJson.PeriodDetailJson;
import co.rumbo.tracking.web.CaptureJson.PeriodJson;
import co.rumbo.tracking.web.CaptureJson.SettingsJson;
import co.rumbo.tracking.web.CaptureJson.SheetJson;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Capture periods (open, close, reopen) and the organization's capture settings. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Periodos de captura")
class CapturePeriodApiController extends CaptureApiSupport {

    private final CapturePeriods periods;
    private final ProgressReports reports;

    CapturePeriodApiController(CapturePeriods periods, ProgressReports reports) {
        this.periods = periods;
        this.reports = reports;
    }

    record OpenBody(String period) {}

    record ReopenBody(String reason) {}

    record SettingsBody(
            String periodKind,
            Integer deadlineDays,
            BigDecimal tolerancePercent,
            Integer maxEvidenceMb,
            Integer reminderDays,
            Integer version) {}

    @GetMapping("/periods")
    @Operation(
            summary = "Los periodos de captura de la entidad, el más reciente primero",
            description = "Cada periodo con su estado (ABIERTO o CERRADO) y su fecha límite: N días calendario"
                    + " después del fin del periodo, corrida al siguiente día hábil del calendario de la entidad.")
    List<PeriodJson> periods() {
        return periods.periods(CurrentUser.get().requireOrganization()).stream()
                .map(PeriodJson::of)
                .toList();
    }

    @PostMapping("/periods")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Abre un periodo de captura (solo planeación)",
            description = "{\"period\":\"2026-10\"} (mes) o \"2026-Q4\" (trimestre), según la configuración de la"
                    + " entidad; sin periodo abre el siguiente. Crea la hoja de captura de cada dependencia con plan"
                    + " de acción aprobado para la vigencia. 409 si ya está abierto, no ha empezado o no hay planes"
                    + " aprobados.")
    PeriodJson open(@RequestBody(required = false) OpenBody body) {
        CurrentUser user = CurrentUser.get();
        Period period = body == null || body.period() == null || body.period().isBlank()
                ? periods.nextToOpen(user.requireOrganization())
                        .orElseThrow(
                                () -> new BusinessRuleException("No hay un periodo siguiente que ya haya empezado."))
                : Period.parse(body.period());
        return PeriodJson.of(periods.open(user, period));
    }

    @GetMapping("/periods/{period}")
    @Operation(summary = "Un periodo con su historia (apertura, cierre, reaperturas) y las hojas de las dependencias")
    PeriodDetailJson period(@Parameter(description = "2026-10 o 2026-Q4") @PathVariable String period) {
        UUID org = CurrentUser.get().requireOrganization();
        Period p = Period.parse(period);
        return new PeriodDetailJson(
                PeriodJson.of(periods.get(org, p)),
                periods.history(org, p),
                reports.sheets(org, p).stream().map(SheetJson::of).toList());
    }

    @GetMapping("/periods/{period}/reports")
    @Operation(
            summary = "Las hojas de captura del periodo, una por dependencia",
            description = "Estado, ronda, fecha de envío, si está vencida (overdue) o se envió tarde (late), y si"
                    + " quedó como «no reportó» al cerrar.")
    List<SheetJson> reports(@PathVariable String period) {
        return reports.sheets(CurrentUser.get().requireOrganization(), Period.parse(period)).stream()
                .map(SheetJson::of)
                .toList();
    }

    @GetMapping("/periods/{period}/close-preview")
    @Operation(summary = "Qué haría el cierre: dependencias que no han enviado y hojas esperando revisión")
    ClosePreviewJson closePreview(@PathVariable String period) {
        ClosePreview p = periods.closePreview(CurrentUser.get().requireOrganization(), Period.parse(period));
        return new ClosePreviewJson(
                p.period().toString(),
                p.notSubmitted().stream().map(SheetJson::of).toList(),
                p.awaitingReview().stream().map(SheetJson::of).toList());
    }

    @PostMapping("/periods/{period}/close")
    @Operation(
            summary = "Cierra el periodo (solo planeación): sus cifras quedan bloqueadas",
            description = "409 mientras haya hojas enviadas sin revisar. Si hay dependencias que no han enviado,"
                    + " responde 409 con su lista (notSubmitted) salvo que se confirme con ?confirm=true: sus hojas"
                    + " quedan como «no reportó». Después, todo cambio de las cifras del periodo responde 423.")
    PeriodJson close(@PathVariable String period, @RequestParam(defaultValue = "false") boolean confirm) {
        return PeriodJson.of(periods.close(CurrentUser.get(), Period.parse(period), confirm));
    }

    @PostMapping("/periods/{period}/reopen")
    @Operation(
            summary = "Reabre un periodo cerrado (solo planeación), con el motivo",
            description = "{\"reason\":\"…\"} obligatorio (al menos 10 caracteres; 422 sin él): queda en la historia"
                    + " del periodo y en la auditoría.")
    PeriodJson reopen(@PathVariable String period, @RequestBody(required = false) ReopenBody body) {
        return PeriodJson.of(
                periods.reopen(CurrentUser.get(), Period.parse(period), body == null ? null : body.reason()));
    }

    @GetMapping("/reports/overdue")
    @Operation(summary = "Las hojas vencidas: no enviadas (o devueltas y no reenviadas) después de la fecha límite")
    List<SheetJson> overdue() {
        return reports
                .overdue(CurrentUser.get().requireOrganization(), LocalDate.now(co.rumbo.platform.web.Formats.BOGOTA))
                .stream()
                .map(SheetJson::of)
                .toList();
    }

    @GetMapping("/capture-settings")
    @Operation(summary = "La configuración de la captura de la entidad")
    SettingsJson settings() {
        return SettingsJson.of(periods.settings(CurrentUser.get().requireOrganization()));
    }

    @PutMapping("/capture-settings")
    @Operation(
            summary = "Cambia la configuración de la captura (solo planeación)",
            description = "{periodKind: MONTH|QUARTER, deadlineDays, tolerancePercent, maxEvidenceMb (1 a 20),"
                    + " reminderDays, version}. Los periodos ya abiertos conservan su fecha límite.")
    SettingsJson updateSettings(@RequestBody SettingsBody body) {
        CurrentUser user = CurrentUser.get();
        CaptureSettings current = periods.settings(user.requireOrganization());
        CaptureSettings settings = new CaptureSettings(
                body.periodKind() == null
                        ? current.periodKind()
                        : PeriodKind.valueOf(body.periodKind().strip().toUpperCase(Locale.ROOT)),
                body.deadlineDays() == null ? current.deadlineDays() : body.deadlineDays(),
                body.tolerancePercent() == null ? current.tolerancePercent() : body.tolerancePercent(),
                body.maxEvidenceMb() == null ? current.maxEvidenceMb() : body.maxEvidenceMb(),
                body.reminderDays() == null ? current.reminderDays() : body.reminderDays(),
                body.version() == null ? current.version() : body.version());
        return SettingsJson.of(periods.updateSettings(user, settings));
    }
}
