package co.rumbo.tracking.web;

import co.rumbo.calendar.Period;
import co.rumbo.calendar.PeriodKind;
import co.rumbo.calendar.SpanishNames;
import co.rumbo.identity.CurrentUser;
import co.rumbo.identity.Role;
import co.rumbo.platform.BusinessRuleException;
import co.rumbo.platform.ForbiddenException;
import co.rumbo.platform.LockedException;
import co.rumbo.platform.NotFoundException;
import co.rumbo.platform.StaleVersionException;
import co.rumbo.platform.web.Downloads;
import co.rumbo.platform.web.Formats;
import co.rumbo.tracking.BudgetEntry;
import co.rumbo.tracking.BudgetExecutions;
import co.rumbo.tracking.CapturePeriod;
import co.rumbo.tracking.CapturePeriods;
import co.rumbo.tracking.CaptureSettings;
import co.rumbo.tracking.CaptureValidationException;
import co.rumbo.tracking.CaptureWorkbooks;
import co.rumbo.tracking.CloseNeedsConfirmationException;
import co.rumbo.tracking.Decimals;
import co.rumbo.tracking.EvidenceFile;
import co.rumbo.tracking.ProgressReport;
import co.rumbo.tracking.ProgressReports;
import co.rumbo.tracking.ReportEvidence;
import co.rumbo.tracking.ReportState;
import co.rumbo.tracking.ReturnObservations;
import co.rumbo.tracking.RowEntry;
import co.rumbo.tracking.SheetSummary;
import co.rumbo.tracking.StaleRowException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of the capture: the periods (open, close with confirmation, reopen with a reason) and the
 * settings for the planning office; each office's capture sheet (a keyboard-friendly grid saved row by
 * row with htmx, evidence, budget execution, the Excel round trip, submission) and its review.
 * Refusals of the domain come back as a Spanish message on the same page, or inside the row.
 */
@Controller
class CapturePageController {

    private final CapturePeriods periods;
    private final ProgressReports reports;
    private final ReportEvidence evidence;
    private final BudgetExecutions budgets;
    private final CaptureWorkbooks workbooks;
    private final Formats formats;

    CapturePageController(
            CapturePeriods periods,
            ProgressReports reports,
            ReportEvidence evidence,
            BudgetExecutions budgets,
            CaptureWorkbooks workbooks,
            Formats formats) {
        this.periods = periods;
        this.reports = reports;
        this.evidence = evidence;
        this.budgets = budgets;
        this.workbooks = workbooks;
        this.formats = formats;
    }

    /** What a row fragment needs of its sheet. */
    record SheetView(UUID id, UUID officeId, String period, boolean edit, boolean review) {}

    /** "marzo de 2026", "2026 · trimestre 3". */
    static String label(Period p) {
        return SpanishNames.periodCompact(p);
    }

    // ------------------------------------------------------------------ periods

    @GetMapping("/captura")
    String index(Model model) {
        CurrentUser user = CurrentUser.get();
        UUID org = user.requireOrganization();
        boolean planner = user.has(Role.PLANEACION);
        List<SheetSummary> mine = reports.sheetsFor(user).stream()
                .filter(s -> !user.seesAllOffices() || user.officeIds().contains(s.officeId()))
                .toList();
        List<CapturePeriod> all = periods.periods(org);
        Map<String, List<SheetSummary>> byPeriod = new LinkedHashMap<>();
        if (user.seesAllOffices()) {
            for (CapturePeriod p : all) {
                byPeriod.put(p.period().toString(), reports.sheets(org, p.period()));
            }
        }
        model.addAttribute("planner", planner);
        model.addAttribute("periods", all);
        model.addAttribute("byPeriod", byPeriod);
        model.addAttribute("mine", mine);
        model.addAttribute("settings", periods.settings(org));
        model.addAttribute("next", periods.nextToOpen(org).map(Period::toString).orElse(null));
        model.addAttribute("overdue", user.seesAllOffices() ? reports.overdue(org, today()) : List.of());
        model.addAttribute("labels", new Labels());
        return "capture/index";
    }

    @PostMapping("/captura/periodos")
    String open(@RequestParam String period, RedirectAttributes redirect) {
        try {
            CapturePeriod p = periods.open(CurrentUser.get(), Period.parse(period));
            redirect.addFlashAttribute(
                    "ok", "Se abrió el periodo " + label(p.period()) + "; fecha límite " + formats.date(p.deadline()));
            return "redirect:/captura/periodos/" + p.period();
        } catch (BusinessRuleException | IllegalArgumentException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/captura";
        }
    }

    @GetMapping("/captura/periodos/{period}")
    String period(@PathVariable String period, @RequestParam(required = false) String cerrar, Model model) {
        CurrentUser user = CurrentUser.get();
        UUID org = user.requireOrganization();
        Period p = Period.parse(period);
        CapturePeriod capture = periods.get(org, p);
        if (!user.seesAllOffices()) {
            throw new NotFoundException("El periodo no existe");
        }
        model.addAttribute("capture", capture);
        model.addAttribute("label", label(p));
        model.addAttribute("sheets", reports.sheets(org, p));
        model.addAttribute("history", periods.history(org, p));
        model.addAttribute("planner", user.has(Role.PLANEACION));
        model.addAttribute("confirming", cerrar != null && capture.open());
        model.addAttribute("preview", capture.open() ? periods.closePreview(org, p) : null);
        return "capture/period";
    }

    @PostMapping("/captura/periodos/{period}/cerrar")
    String close(
            @PathVariable String period,
            @RequestParam(defaultValue = "false") boolean confirm,
            RedirectAttributes redirect) {
        Period p = Period.parse(period);
        try {
            periods.close(CurrentUser.get(), p, confirm);
            redirect.addFlashAttribute("ok", "Se cerró el periodo " + label(p) + ": sus cifras quedan bloqueadas.");
        } catch (CloseNeedsConfirmationException e) {
            return "redirect:/captura/periodos/" + p + "?cerrar=1";
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/captura/periodos/" + p;
    }

    @PostMapping("/captura/periodos/{period}/reabrir")
    String reopen(
            @PathVariable String period, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        Period p = Period.parse(period);
        try {
            periods.reopen(CurrentUser.get(), p, reason);
            redirect.addFlashAttribute("ok", "Se reabrió el periodo " + label(p) + ".");
        } catch (BusinessRuleException | CaptureValidationException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/captura/periodos/" + p;
    }

    @GetMapping("/captura/configuracion")
    String settings(Model model) {
        CurrentUser user = CurrentUser.get();
        model.addAttribute("settings", periods.settings(user.requireOrganization()));
        model.addAttribute("planner", user.has(Role.PLANEACION));
        return "capture/settings";
    }

    @PostMapping("/captura/configuracion")
    String saveSettings(
            @RequestParam String periodKind,
            @RequestParam String deadlineDays,
            @RequestParam String tolerancePercent,
            @RequestParam String maxEvidenceMb,
            @RequestParam String reminderDays,
            @RequestParam int version,
            RedirectAttributes redirect) {
        try {
            CaptureSettings settings = new CaptureSettings(
                    PeriodKind.valueOf(periodKind),
                    integer(deadlineDays, "El plazo"),
                    Decimals.parse(tolerancePercent),
                    integer(maxEvidenceMb, "El tamaño máximo"),
                    integer(reminderDays, "El recordatorio"),
                    version);
            periods.updateSettings(CurrentUser.get(), settings);
            redirect.addFlashAttribute("ok", "Se guardó la configuración de la captura.");
        } catch (BusinessRuleException | StaleVersionException | IllegalArgumentException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/captura/configuracion";
    }

    // ------------------------------------------------------------------ the sheet

    private static String sheetUrl(UUID officeId, String period) {
        return "/captura/hojas/" + officeId + "/" + period;
    }

    @GetMapping("/captura/hojas/{officeId}/{period}")
    String sheet(@PathVariable UUID officeId, @PathVariable String period, Model model) {
        CurrentUser user = CurrentUser.get();
        Period p = Period.parse(period);
        ProgressReport sheet = reports.sheet(user, officeId, p);
        model.addAttribute("sheet", sheet);
        model.addAttribute("view", view(sheet));
        model.addAttribute("label", label(p));
        model.addAttribute(
                "overdue",
                sheet.state().pending()
                        && sheet.periodState().name().equals("ABIERTO")
                        && today().isAfter(sheet.deadline()));
        model.addAttribute(
                "changedRows",
                sheet.rows().stream().filter(ProgressReport.Row::changed).count());
        return "capture/sheet";
    }

    private static SheetView view(ProgressReport sheet) {
        return new SheetView(
                sheet.id(),
                sheet.officeId(),
                sheet.period().toString(),
                sheet.actions().edit(),
                sheet.actions().review());
    }

    /** Saves one row and answers the row, re-rendered (htmx), with its new figures or the error inline. */
    @PostMapping("/captura/hojas/{officeId}/{period}/filas/{goalId}")
    String saveRow(
            @PathVariable UUID officeId,
            @PathVariable String period,
            @PathVariable UUID goalId,
            @RequestParam(required = false) String executed,
            @RequestParam(required = false) String description,
            @RequestParam(required = false) Integer version,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model,
            RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.get();
        Period p = Period.parse(period);
        SheetView view = new SheetView(null, officeId, period, true, false);
        String error = null;
        ProgressReport.Row row = null;
        boolean saved = false;
        try {
            BigDecimal value;
            try {
                value = Decimals.parse(executed);
            } catch (NumberFormatException e) {
                throw new CaptureValidationException(
                        "executed", "«" + executed.strip() + "» no es un número: escriba, por ejemplo, 12,5.");
            }
            row = reports.saveRow(user, officeId, p, goalId, new RowEntry(value, description, version));
            saved = true;
        } catch (CaptureValidationException e) {
            error = e.getMessage();
            model.addAttribute("typedExecuted", executed);
            model.addAttribute("typedDescription", description);
            model.addAttribute("typedVersion", version);
        } catch (StaleRowException e) {
            error = e.getMessage()
                    + (executed == null || executed.isBlank()
                            ? ""
                            : " Usted había escrito: «" + executed.strip() + "».");
            row = e.current();
        } catch (LockedException | BusinessRuleException | ForbiddenException e) {
            error = e.getMessage();
        }
        if (htmx == null) {
            if (error != null) redirect.addFlashAttribute("error", error);
            else redirect.addFlashAttribute("ok", "Se guardó la fila.");
            return "redirect:" + sheetUrl(officeId, period) + "#fila-" + goalId;
        }
        if (row == null) {
            ProgressReport sheet = reports.sheet(user, officeId, p);
            view = view(sheet);
            row = sheet.row(goalId).orElseThrow(() -> new NotFoundException("La meta no está en esta hoja"));
        }
        model.addAttribute("r", row);
        model.addAttribute("view", view);
        model.addAttribute("rowError", error);
        model.addAttribute("rowSaved", saved);
        return "capture/row :: row";
    }

    /** The figures a row would show with the value being typed (htmx, nothing saved). */
    @PostMapping("/captura/hojas/{officeId}/{period}/filas/{goalId}/cifras")
    String previewFigures(
            @PathVariable UUID officeId,
            @PathVariable String period,
            @PathVariable UUID goalId,
            @RequestParam(required = false) String executed,
            Model model) {
        ProgressReport.LiveFigures figures;
        try {
            figures = reports.preview(
                    CurrentUser.get(), officeId, Period.parse(period), goalId, Decimals.parse(executed));
        } catch (NumberFormatException e) {
            figures = new ProgressReport.LiveFigures(
                    null,
                    null,
                    null,
                    null,
                    co.rumbo.progress.GoalState.SIN_PROGRAMACION,
                    co.rumbo.progress.TrafficLight.GRIS,
                    "No es un número.");
        }
        model.addAttribute("f", figures);
        return "capture/row :: figures";
    }

    @PostMapping("/captura/hojas/{officeId}/{period}/enviar")
    String submit(@PathVariable UUID officeId, @PathVariable String period, RedirectAttributes redirect) {
        return act(
                officeId,
                period,
                redirect,
                "Se envió la hoja a planeación.",
                () -> reports.submit(CurrentUser.get(), officeId, Period.parse(period), null));
    }

    @PostMapping("/captura/hojas/{officeId}/{period}/devolver")
    String returnToOffice(
            @PathVariable UUID officeId,
            @PathVariable String period,
            @RequestParam Map<String, String> form,
            RedirectAttributes redirect) {
        Map<UUID, String> perGoal = new LinkedHashMap<>();
        form.forEach((name, value) -> {
            if (name.startsWith("obs-") && value != null && !value.isBlank()) {
                perGoal.put(UUID.fromString(name.substring(4)), value);
            }
        });
        // An accepted sheet being returned for correction names one goal and says why in the comment.
        String goal = form.get("goalForObservation");
        if (goal != null
                && !goal.isBlank()
                && form.get("comment") != null
                && !form.get("comment").isBlank()) {
            perGoal.putIfAbsent(UUID.fromString(goal), form.get("comment"));
        }
        return act(
                officeId,
                period,
                redirect,
                "Se devolvió la hoja a la dependencia con las observaciones.",
                () -> reports.returnToOffice(
                        CurrentUser.get(),
                        officeId,
                        Period.parse(period),
                        new ReturnObservations(perGoal, form.get("comment")),
                        null));
    }

    @PostMapping("/captura/hojas/{officeId}/{period}/aceptar")
    String accept(@PathVariable UUID officeId, @PathVariable String period, RedirectAttributes redirect) {
        return act(
                officeId,
                period,
                redirect,
                "Se aceptó la hoja: sus valores pasan al tablero.",
                () -> reports.accept(CurrentUser.get(), officeId, Period.parse(period), null));
    }

    @PostMapping("/captura/hojas/{officeId}/{period}/filas/{goalId}/evidencias")
    String addFile(
            @PathVariable UUID officeId,
            @PathVariable String period,
            @PathVariable UUID goalId,
            @RequestParam("file") MultipartFile file,
            RedirectAttributes redirect)
            throws IOException {
        byte[] content = file.getBytes();
        return act(
                officeId,
                period,
                redirect,
                "Se adjuntó «" + file.getOriginalFilename() + "».",
                "#fila-" + goalId,
                () -> evidence.addFile(
                        CurrentUser.get(),
                        officeId,
                        Period.parse(period),
                        goalId,
                        file.getOriginalFilename(),
                        content));
    }

    @PostMapping("/captura/hojas/{officeId}/{period}/filas/{goalId}/enlaces")
    String addLink(
            @PathVariable UUID officeId,
            @PathVariable String period,
            @PathVariable UUID goalId,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String url,
            RedirectAttributes redirect) {
        return act(
                officeId,
                period,
                redirect,
                "Se agregó el enlace.",
                "#fila-" + goalId,
                () -> evidence.addLink(CurrentUser.get(), officeId, Period.parse(period), goalId, name, url));
    }

    @PostMapping("/captura/hojas/{officeId}/{period}/evidencias/{evidenceId}/quitar")
    String removeEvidence(
            @PathVariable UUID officeId,
            @PathVariable String period,
            @PathVariable UUID evidenceId,
            RedirectAttributes redirect) {
        return act(
                officeId,
                period,
                redirect,
                "Se quitó la evidencia.",
                () -> evidence.remove(CurrentUser.get(), officeId, Period.parse(period), evidenceId));
    }

    @GetMapping("/captura/hojas/{officeId}/{period}/evidencias/{evidenceId}")
    ResponseEntity<byte[]> downloadEvidence(
            @PathVariable UUID officeId, @PathVariable String period, @PathVariable UUID evidenceId) {
        EvidenceFile file = evidence.file(CurrentUser.get(), officeId, Period.parse(period), evidenceId);
        return Downloads.attachment(file.content(), file.contentType(), file.name());
    }

    @PostMapping("/captura/hojas/{officeId}/{period}/presupuesto")
    String saveBudget(
            @PathVariable UUID officeId,
            @PathVariable String period,
            @RequestParam String projectBpin,
            @RequestParam String sourceCode,
            @RequestParam(required = false) String appropriation,
            @RequestParam(required = false) String commitments,
            @RequestParam(required = false) String obligations,
            @RequestParam(required = false) String payments,
            @RequestParam int version,
            RedirectAttributes redirect) {
        return act(
                officeId,
                period,
                redirect,
                "Se guardó la ejecución del proyecto " + projectBpin + ".",
                "#presupuesto",
                () -> budgets.save(
                        CurrentUser.get(),
                        officeId,
                        Period.parse(period),
                        new BudgetEntry(
                                projectBpin,
                                sourceCode,
                                money(appropriation, "La apropiación"),
                                money(commitments, "Los compromisos"),
                                money(obligations, "Las obligaciones"),
                                money(payments, "Los pagos"),
                                version)));
    }

    @GetMapping("/captura/hojas/{officeId}/{period}/excel")
    ResponseEntity<byte[]> downloadExcel(@PathVariable UUID officeId, @PathVariable String period) {
        byte[] xlsx = workbooks.download(CurrentUser.get(), officeId, Period.parse(period));
        return ResponseEntity.ok()
                .contentType(
                        MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("hoja-de-captura-" + period + ".xlsx", StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(xlsx);
    }

    @PostMapping("/captura/hojas/{officeId}/{period}/excel")
    String uploadExcel(
            @PathVariable UUID officeId,
            @PathVariable String period,
            @RequestParam("file") MultipartFile file,
            RedirectAttributes redirect)
            throws IOException {
        try {
            CaptureWorkbooks.UploadResult result =
                    workbooks.upload(CurrentUser.get(), officeId, Period.parse(period), file.getBytes());
            if (result.ok()) {
                redirect.addFlashAttribute(
                        "ok",
                        "Se cargó el archivo: " + result.saved() + " filas guardadas, " + result.unchanged()
                                + " sin cambios.");
            } else {
                redirect.addFlashAttribute("error", "No se guardó nada: corrija el archivo y vuelva a cargarlo.");
                redirect.addFlashAttribute(
                        "uploadIssues",
                        result.issues().stream().map(Object::toString).toList());
            }
        } catch (LockedException | BusinessRuleException | ForbiddenException | StaleVersionException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:" + sheetUrl(officeId, period);
    }

    // ------------------------------------------------------------------ helpers

    private String act(UUID officeId, String period, RedirectAttributes redirect, String ok, Runnable action) {
        return act(officeId, period, redirect, ok, "", action);
    }

    private String act(
            UUID officeId, String period, RedirectAttributes redirect, String ok, String anchor, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("ok", ok);
        } catch (LockedException
                | BusinessRuleException
                | CaptureValidationException
                | ForbiddenException
                | StaleVersionException
                | IllegalArgumentException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:" + sheetUrl(officeId, period) + anchor;
    }

    private static BigDecimal money(String text, String what) {
        try {
            return Decimals.parse(text);
        } catch (NumberFormatException e) {
            throw new CaptureValidationException("budget", what + ": «" + text + "» no es un número.");
        }
    }

    private static int integer(String text, String what) {
        try {
            return Integer.parseInt(text.strip());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(what + " debe ser un número entero.");
        }
    }

    private static LocalDate today() {
        return LocalDate.now(Formats.BOGOTA);
    }

    /** Spanish names for templates. */
    static final class Labels {
        public String period(Period p) {
            return label(p);
        }

        public String state(ReportState s) {
            return s.label();
        }

        public Map<String, Long> count(List<SheetSummary> sheets) {
            return sheets.stream()
                    .collect(Collectors.groupingBy(s -> s.state().label(), LinkedHashMap::new, Collectors.counting()));
        }

        public long overdue(List<SheetSummary> sheets) {
            return sheets.stream().filter(SheetSummary::overdue).count();
        }
    }
}
