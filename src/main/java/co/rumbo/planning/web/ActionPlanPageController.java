package co.rumbo.planning.web;

import co.rumbo.identity.CurrentUser;
import co.rumbo.identity.Role;
import co.rumbo.organization.Organizations;
import co.rumbo.planning.ActionPlanState;
import co.rumbo.planning.ActionPlanSummary;
import co.rumbo.planning.ActionPlanView;
import co.rumbo.planning.ActionPlans;
import co.rumbo.planning.Activity;
import co.rumbo.planning.AnnualInvestmentPlans;
import co.rumbo.planning.Approval;
import co.rumbo.planning.BudgetApprovedPoais;
import co.rumbo.planning.BudgetCeilings;
import co.rumbo.planning.BudgetLine;
import co.rumbo.planning.CeilingCheck;
import co.rumbo.planning.CeilingLine;
import co.rumbo.planning.Formulation;
import co.rumbo.planning.Formulations;
import co.rumbo.planning.GoalDecision;
import co.rumbo.planning.ModificationRequest;
import co.rumbo.planning.Modifications;
import co.rumbo.planning.Observations;
import co.rumbo.planning.PlanGoal;
import co.rumbo.planning.PoaiWorkbook;
import co.rumbo.planning.Publications;
import co.rumbo.platform.BusinessRuleException;
import co.rumbo.platform.NotFoundException;
import co.rumbo.platform.StaleVersionException;
import co.rumbo.platform.web.Formats;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of the action plans: the year's list (with the formulation for the planning office),
 * one plan with its goals, ceilings, observations and transitions, the ceilings and the POAI.
 * Refusals of the domain come back as a Spanish message on the same page.
 */
@Controller
class ActionPlanPageController {

    private final ActionPlans plans;
    private final Formulations formulations;
    private final BudgetCeilings ceilings;
    private final AnnualInvestmentPlans poai;
    private final Organizations organizations;
    private final Publications publications;
    private final Modifications modifications;
    private final BudgetApprovedPoais approvedPoais;
    private final Formats formats;

    ActionPlanPageController(
            ActionPlans plans,
            Formulations formulations,
            BudgetCeilings ceilings,
            AnnualInvestmentPlans poai,
            Organizations organizations,
            Publications publications,
            Modifications modifications,
            BudgetApprovedPoais approvedPoais,
            Formats formats) {
        this.plans = plans;
        this.formulations = formulations;
        this.ceilings = ceilings;
        this.poai = poai;
        this.organizations = organizations;
        this.publications = publications;
        this.modifications = modifications;
        this.approvedPoais = approvedPoais;
        this.formats = formats;
    }

    @PostMapping("/vigencias/{anio}/poai/aprobado")
    String takeApprovedPoai(
            @PathVariable int anio,
            @RequestParam(required = false) LocalDate approvedOn,
            @RequestParam(required = false) String actReference,
            RedirectAttributes redirect) {
        try {
            BudgetApprovedPoais.ApprovedPoai a = approvedPoais.take(CurrentUser.get(), anio, approvedOn, actReference);
            redirect.addFlashAttribute(
                    "ok", "Se guardó el POAI " + anio + " aprobado con el presupuesto (" + a.actReference() + ")");
        } catch (BusinessRuleException | IllegalArgumentException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/vigencias/" + anio + "/poai";
    }

    @GetMapping("/vigencias/{anio}/poai/aprobado")
    String approvedPoai(@PathVariable int anio, Model model) {
        model.addAttribute("year", anio);
        model.addAttribute("comparison", approvedPoais.compare(CurrentUser.get(), anio));
        return "planning/poai-approved";
    }

    @GetMapping("/vigencias/{anio}/poai-aprobado.xlsx")
    ResponseEntity<byte[]> approvedPoaiXlsx(@PathVariable int anio) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PoaiWorkbook.write(approvedPoais.get(CurrentUser.get(), anio), formats, out);
        return FiscalYearApiController.xlsx(out.toByteArray(), "poai-" + anio + "-aprobado-con-presupuesto.xlsx");
    }

    @PostMapping("/planes-de-accion/{id}/modificaciones")
    String requestModification(
            @PathVariable UUID id,
            @RequestParam UUID goalId,
            @RequestParam Map<String, String> form,
            @RequestParam(required = false) MultipartFile letterFile,
            RedirectAttributes redirect) {
        return act(id, redirect, "Se registró la solicitud de modificación", () -> {
            List<BigDecimal> quarters = new ArrayList<>();
            for (int q = 1; q <= 4; q++) {
                BigDecimal value = number(form.get("q" + q), "El trimestre " + q);
                quarters.add(value == null ? BigDecimal.ZERO : value);
            }
            List<BudgetLine> budget = new ArrayList<>();
            String bpin = form.getOrDefault("bpin", "").strip();
            if (!bpin.isEmpty()) {
                budget.add(new BudgetLine(bpin, form.get("source"), number(form.get("amount"), "El valor")));
            }
            modifications.request(
                    CurrentUser.get(),
                    id,
                    new ModificationRequest(
                            goalId,
                            number(form.get("target"), "La meta"),
                            quarters,
                            budget,
                            form.get("justification"),
                            form.get("letterReference")),
                    LocalDate.now(Formats.BOGOTA),
                    letterFile == null || letterFile.isEmpty() ? null : letter(letterFile));
        });
    }

    @PostMapping("/planes-de-accion/{id}/modificaciones/{modificationId}/oficio")
    String attachModificationLetter(
            @PathVariable UUID id,
            @PathVariable UUID modificationId,
            @RequestParam(required = false) MultipartFile letterFile,
            RedirectAttributes redirect) {
        return act(id, redirect, "Se adjuntó el oficio de la modificación", () -> {
            if (letterFile == null || letterFile.isEmpty()) {
                throw new BusinessRuleException("Elija el oficio (PDF).");
            }
            modifications.attachLetter(CurrentUser.get(), id, modificationId, letter(letterFile));
        });
    }

    @GetMapping("/planes-de-accion/{id}/modificaciones/{modificationId}/oficio")
    ResponseEntity<byte[]> modificationLetter(@PathVariable UUID id, @PathVariable UUID modificationId) {
        Formulations.Letter letter = modifications
                .letter(CurrentUser.get(), id, modificationId)
                .orElseThrow(() -> new NotFoundException("La modificación no tiene el oficio adjunto"));
        return pdf(letter, false);
    }

    static ResponseEntity<byte[]> pdf(Formulations.Letter letter, boolean attachment) {
        ContentDisposition.Builder disposition =
                attachment ? ContentDisposition.attachment() : ContentDisposition.inline();
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        disposition
                                .filename(letter.name(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(letter.content());
    }

    static Modifications.LetterFile letter(MultipartFile file) {
        try {
            return new Modifications.LetterFile(file.getOriginalFilename(), file.getBytes());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @PostMapping("/planes-de-accion/{id}/modificaciones/{modificationId}/{decision}")
    String decideModification(
            @PathVariable UUID id,
            @PathVariable UUID modificationId,
            @PathVariable String decision,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        return act(id, redirect, "Se decidió la modificación", () -> {
            if (decision.equals("aprobar")) {
                modifications.approve(CurrentUser.get(), modificationId, LocalDate.now(Formats.BOGOTA));
            } else if (decision.equals("rechazar")) {
                modifications.reject(CurrentUser.get(), modificationId, reason);
            } else {
                throw new NotFoundException("Acción desconocida");
            }
        });
    }

    @GetMapping("/planes-de-accion/{id}/versiones")
    String versions(@PathVariable UUID id, Model model) {
        CurrentUser user = CurrentUser.get();
        model.addAttribute("p", plans.view(user, id).plan());
        model.addAttribute("versions", modifications.versions(user, id));
        model.addAttribute("goals", modifications.comparison(user, id));
        return "planning/versions";
    }

    @PostMapping("/vigencias/{anio}/publicaciones")
    String publish(@PathVariable int anio, RedirectAttributes redirect) {
        try {
            Publications.Publication p = publications.publish(CurrentUser.get(), anio);
            redirect.addFlashAttribute("ok", "Se publicó la versión " + p.version() + " del plan de acción " + anio);
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/vigencias/" + anio + "/poai";
    }

    @GetMapping("/vigencias/{anio}/publicaciones/{version}.{kind}")
    ResponseEntity<byte[]> published(@PathVariable int anio, @PathVariable int version, @PathVariable String kind) {
        byte[] content = publications.file(CurrentUser.get(), anio, version, kind);
        return ResponseEntity.ok()
                .contentType(kind.equals("pdf") ? MediaType.APPLICATION_PDF : FiscalYearApiController.XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("plan-de-accion-" + anio + "-v" + version + "." + kind)
                                .build()
                                .toString())
                .body(content);
    }

    static int nextYear() {
        return LocalDate.now(Formats.BOGOTA).getYear() + 1;
    }

    @GetMapping("/planes-de-accion")
    String list(@RequestParam(required = false) Integer anio, Model model) {
        CurrentUser user = CurrentUser.get();
        int year = anio == null ? nextYear() : anio;
        List<ActionPlanSummary> list = plans.list(user, year);
        Optional<Formulation> formulation = find(() -> formulations.get(user, year));
        model.addAttribute("year", year);
        model.addAttribute("plans", list);
        model.addAttribute("formulation", formulation.orElse(null));
        Map<UUID, ActionPlanSummary> byId = new LinkedHashMap<>();
        list.forEach(p -> byId.put(p.id(), p));
        model.addAttribute("summaries", byId);
        model.addAttribute(
                "submissionDeadline",
                plans.submissionDeadline(user.requireOrganization(), year).orElse(null));
        model.addAttribute("today", LocalDate.now(Formats.BOGOTA));
        model.addAttribute(
                "latePlans",
                list.stream().filter(ActionPlanSummary::submittedLate).count());
        model.addAttribute(
                "pendingReviews",
                list.stream().filter(p -> p.state() == ActionPlanState.ENVIADO).count());
        model.addAttribute("planner", user.has(Role.PLANEACION));
        model.addAttribute("canCreate", user.hasAny(Role.PLANEACION, Role.LIDER, Role.ENLACE));
        return "planning/plans";
    }

    @PostMapping("/planes-de-accion/formulacion")
    String open(
            @RequestParam int anio,
            @RequestParam(required = false) LocalDate deadline,
            @RequestParam(required = false) MultipartFile letter,
            RedirectAttributes redirect)
            throws IOException {
        CurrentUser user = CurrentUser.get();
        String back = "redirect:/planes-de-accion?anio=" + anio;
        try {
            formulations.open(user, anio, deadline);
            if (letter != null && !letter.isEmpty()) {
                formulations.attachLetter(
                        user, anio, letter.getOriginalFilename(), letter.getContentType(), letter.getBytes());
            }
            redirect.addFlashAttribute("ok", "Se abrió la formulación de los planes de acción " + anio);
        } catch (BusinessRuleException | IllegalArgumentException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return back;
    }

    @GetMapping("/planes-de-accion/formulacion/{anio}/oficio")
    ResponseEntity<byte[]> letter(@PathVariable int anio) {
        Formulations.Letter letter = formulations
                .letter(CurrentUser.get(), anio)
                .orElseThrow(() -> new NotFoundException("La formulación no tiene oficio"));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(letter.name(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(letter.content());
    }

    @PostMapping("/planes-de-accion")
    String create(@RequestParam UUID officeId, @RequestParam int anio, RedirectAttributes redirect) {
        try {
            ActionPlanSummary plan = plans.create(CurrentUser.get(), officeId, anio);
            redirect.addFlashAttribute("ok", "Se creó el plan de acción " + anio + " de " + plan.officeName());
            return "redirect:/planes-de-accion/" + plan.id();
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/planes-de-accion?anio=" + anio;
        }
    }

    @GetMapping("/planes-de-accion/{id}")
    String plan(@PathVariable UUID id, Model model) {
        CurrentUser user = CurrentUser.get();
        ActionPlanView view = plans.view(user, id);
        ActionPlanSummary p = view.plan();
        boolean ownOffice = user.officeIds().contains(p.officeId());
        model.addAttribute("view", view);
        model.addAttribute("p", p);
        model.addAttribute("sources", sources());
        model.addAttribute(
                "canEdit",
                p.state().editableByOffice()
                        && (user.has(Role.PLANEACION) || (ownOffice && user.hasAny(Role.LIDER, Role.ENLACE))));
        model.addAttribute("canSubmit", p.state().editableByOffice() && ownOffice && user.has(Role.LIDER));
        model.addAttribute("canReview", p.state() == ActionPlanState.ENVIADO && user.has(Role.PLANEACION));
        model.addAttribute(
                "canApprove", p.state() == ActionPlanState.REVISADO && user.hasAny(Role.DESPACHO, Role.PLANEACION));
        model.addAttribute("today", LocalDate.now(Formats.BOGOTA));
        model.addAttribute("canAskChange", p.state() == ActionPlanState.APROBADO && ownOffice && user.has(Role.LIDER));
        model.addAttribute(
                "modifications", p.state() == ActionPlanState.APROBADO ? modifications.list(user, id) : List.of());
        model.addAttribute("planner", user.has(Role.PLANEACION));
        Map<UUID, String> codes = new LinkedHashMap<>();
        view.goals().forEach(g -> codes.put(g.goalId(), g.sisptCode()));
        model.addAttribute("goalCodes", codes);
        model.addAttribute("activities", plans.activities(user, id));
        return "planning/plan";
    }

    @PostMapping("/planes-de-accion/{id}/metas/{goalId}")
    String decide(
            @PathVariable UUID id,
            @PathVariable UUID goalId,
            @RequestParam(defaultValue = "programada") String decision,
            @RequestParam Map<String, String> form,
            RedirectAttributes redirect) {
        return act(id, redirect, "Se guardó la decisión de la meta", () -> {
            GoalDecision command;
            if ("no-programada".equals(decision)) {
                command = GoalDecision.notProgrammed(goalId, form.get("reason"));
            } else {
                List<BigDecimal> quarters = new ArrayList<>();
                for (int q = 1; q <= 4; q++) {
                    BigDecimal value = number(form.get("q" + q), "El trimestre " + q);
                    quarters.add(value == null ? BigDecimal.ZERO : value);
                }
                List<BudgetLine> budget = new ArrayList<>();
                for (int i = 0; i < 5; i++) {
                    String bpin = form.getOrDefault("bpin_" + i, "").strip();
                    if (!bpin.isEmpty()) {
                        budget.add(new BudgetLine(
                                bpin,
                                form.get("source_" + i),
                                number(form.get("amount_" + i), "El valor del proyecto " + bpin)));
                    }
                }
                command = new GoalDecision(goalId, number(form.get("target"), "La meta"), quarters, budget, null);
            }
            plans.decide(CurrentUser.get(), id, command);
        });
    }

    /**
     * The live ceiling check of a goal's form (htmx, on each change of its amounts): the plan's money per
     * program and source with this goal's money as typed, nothing saved. Answers the verdict for the form
     * and the plan's ceilings table out of band. Values that are not numbers yet are left out, with a note.
     */
    @PostMapping("/planes-de-accion/{id}/metas/{goalId}/techos")
    String liveCeilingCheck(
            @PathVariable UUID id,
            @PathVariable UUID goalId,
            @RequestParam(defaultValue = "programada") String decision,
            @RequestParam Map<String, String> form,
            Model model) {
        List<ActionPlans.ProposedMoney> money = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (!"no-programada".equals(decision)) {
            for (int i = 0; i < 5; i++) {
                String text = form.get("amount_" + i);
                String source = form.get("source_" + i);
                if (text == null || text.isBlank() || source == null) {
                    continue;
                }
                try {
                    money.add(new ActionPlans.ProposedMoney(source, number(text, "El valor")));
                } catch (IllegalArgumentException e) {
                    notes.add("El valor «" + text.strip() + "» no es un número: no se cuenta todavía.");
                }
            }
        }
        CurrentUser user = CurrentUser.get();
        List<CeilingCheck> checks = plans.ceilingPreview(user, id, goalId, money);
        ActionPlanView view = plans.view(user, id);
        PlanGoal goal = view.goals().stream()
                .filter(g -> g.goalId().equals(goalId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("La meta no está en este plan de acción"));
        model.addAttribute("checks", checks);
        model.addAttribute(
                "overruns", checks.stream().filter(CeilingCheck::exceeded).toList());
        model.addAttribute(
                "programChecks",
                checks.stream()
                        .filter(c -> c.programCode().equals(goal.programCode()))
                        .toList());
        model.addAttribute("goalCode", goal.sisptCode());
        model.addAttribute("notes", notes);
        return "planning/ceiling-check :: live";
    }

    @PostMapping("/planes-de-accion/{id}/actividades")
    String addActivity(
            @PathVariable UUID id,
            @RequestParam Map<String, String> form,
            @RequestParam(required = false) LocalDate startsOn,
            @RequestParam(required = false) LocalDate endsOn,
            RedirectAttributes redirect) {
        return act(
                id,
                redirect,
                "Se agregó la actividad",
                () -> plans.addActivity(
                        CurrentUser.get(),
                        id,
                        new Activity(
                                null,
                                form.get("projectBpin"),
                                form.get("projectName"),
                                form.get("name"),
                                form.get("responsible"),
                                startsOn,
                                endsOn,
                                form.get("expectedEvidence"))));
    }

    @PostMapping("/planes-de-accion/{id}/enviar")
    String submit(@PathVariable UUID id, @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        return act(
                id,
                redirect,
                "Se envió el plan de acción a planeación",
                () -> plans.submit(CurrentUser.get(), id, version));
    }

    @PostMapping("/planes-de-accion/{id}/devolver")
    String giveBack(
            @PathVariable UUID id,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String observations,
            @RequestParam Map<String, String> form,
            RedirectAttributes redirect) {
        Map<UUID, String> perGoal = new LinkedHashMap<>();
        form.forEach((k, v) -> {
            if (k.startsWith("obs_")) {
                perGoal.put(UUID.fromString(k.substring(4)), v);
            }
        });
        return act(
                id,
                redirect,
                "Se devolvió el plan de acción a la dependencia",
                () -> plans.returnWith(CurrentUser.get(), id, new Observations(observations, perGoal), version));
    }

    @PostMapping("/planes-de-accion/{id}/revisar")
    String review(@PathVariable UUID id, @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        return act(
                id, redirect, "El plan de acción quedó revisado", () -> plans.review(CurrentUser.get(), id, version));
    }

    @PostMapping("/planes-de-accion/{id}/aprobar")
    String approve(
            @PathVariable UUID id,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) LocalDate approvedOn,
            @RequestParam(required = false) String minutesReference,
            @RequestParam(required = false) MultipartFile minutes,
            RedirectAttributes redirect) {
        return act(id, redirect, "Se registró la aprobación del Consejo de Gobierno", () -> {
            plans.approve(CurrentUser.get(), id, new Approval(approvedOn, minutesReference), version);
            if (minutes != null && !minutes.isEmpty()) {
                try {
                    plans.attachMinutes(CurrentUser.get(), id, minutes.getOriginalFilename(), minutes.getBytes());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        });
    }

    @GetMapping("/planes-de-accion/{id}/acta")
    ResponseEntity<byte[]> minutes(@PathVariable UUID id) {
        Formulations.Letter minutes = plans.minutes(CurrentUser.get(), id)
                .orElseThrow(() -> new NotFoundException("El plan no tiene acta adjunta"));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(minutes.name(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(minutes.content());
    }

    @GetMapping("/vigencias/{anio}/techos")
    String ceilings(@PathVariable int anio, Model model) {
        CurrentUser user = CurrentUser.get();
        model.addAttribute("year", anio);
        model.addAttribute("summary", ceilings.summary(user, anio));
        model.addAttribute("offices", organizations.offices(user.requireOrganization()));
        model.addAttribute("sources", sources());
        model.addAttribute("canEdit", user.hasAny(Role.HACIENDA, Role.PLANEACION));
        return "planning/ceilings";
    }

    /** Sets (or, with amount blank, removes) one ceiling, keeping the others of the year. */
    @PostMapping("/vigencias/{anio}/techos")
    String setCeiling(
            @PathVariable int anio,
            @RequestParam UUID officeId,
            @RequestParam String programCode,
            @RequestParam String source,
            @RequestParam(required = false) String amount,
            RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.get();
        try {
            List<CeilingLine> lines = new ArrayList<>();
            for (BudgetCeilings.CeilingRow r : ceilings.summary(user, anio).rows()) {
                boolean same = r.officeId().equals(officeId)
                        && r.programCode().equals(programCode.strip())
                        && r.source().equals(source);
                if (!same && r.ceiling().signum() > 0) {
                    lines.add(new CeilingLine(r.officeId(), r.programCode(), r.source(), r.ceiling()));
                }
            }
            BigDecimal value = number(amount, "El techo");
            if (value != null) {
                lines.add(new CeilingLine(officeId, programCode, source, value));
            }
            ceilings.replace(user, anio, lines);
            redirect.addFlashAttribute("ok", "Se guardó el techo del programa " + programCode.strip());
        } catch (BusinessRuleException | IllegalArgumentException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/vigencias/" + anio + "/techos";
    }

    @GetMapping("/vigencias/{anio}/techos/plantilla.csv")
    ResponseEntity<byte[]> ceilingsTemplate(@PathVariable int anio) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("techos-" + anio + ".csv")
                                .build()
                                .toString())
                .body(ceilings.csvTemplate(CurrentUser.get(), anio).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @GetMapping("/vigencias/{anio}/techos/plantilla.xlsx")
    ResponseEntity<byte[]> ceilingsXlsxTemplate(@PathVariable int anio) {
        return ResponseEntity.ok()
                .contentType(FiscalYearApiController.XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("techos-" + anio + ".xlsx")
                                .build()
                                .toString())
                .body(ceilings.xlsxTemplate(CurrentUser.get(), anio));
    }

    @PostMapping("/vigencias/{anio}/techos/cargar")
    String uploadCeilings(@PathVariable int anio, @RequestParam MultipartFile file, RedirectAttributes redirect)
            throws IOException {
        try {
            ceilings.replaceFromUpload(CurrentUser.get(), anio, file.getBytes());
            redirect.addFlashAttribute("ok", "Se cargaron los techos de " + anio);
        } catch (BusinessRuleException | IllegalArgumentException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/vigencias/" + anio + "/techos";
    }

    @GetMapping("/vigencias/{anio}/poai")
    String poai(@PathVariable int anio, Model model) {
        model.addAttribute("year", anio);
        model.addAttribute("poai", poai.of(CurrentUser.get(), anio));
        model.addAttribute("publications", publications.list(CurrentUser.get(), anio));
        model.addAttribute(
                "approved", approvedPoais.find(CurrentUser.get(), anio).orElse(null));
        model.addAttribute("today", LocalDate.now(Formats.BOGOTA));
        model.addAttribute("planner", CurrentUser.get().has(Role.PLANEACION));
        return "planning/poai";
    }

    @GetMapping("/vigencias/{anio}/poai.xlsx")
    ResponseEntity<byte[]> poaiXlsx(@PathVariable int anio) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PoaiWorkbook.write(poai.of(CurrentUser.get(), anio), out);
        return ResponseEntity.ok()
                .contentType(FiscalYearApiController.XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("poai-" + anio + ".xlsx")
                                .build()
                                .toString())
                .body(out.toByteArray());
    }

    private Map<String, String> sources() {
        return plans.sourceNames();
    }

    private static String act(UUID id, RedirectAttributes redirect, String ok, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("ok", ok);
        } catch (BusinessRuleException | StaleVersionException | IllegalArgumentException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/planes-de-accion/" + id;
    }

    private static <T> Optional<T> find(Supplier<T> supplier) {
        try {
            return Optional.of(supplier.get());
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    private static BigDecimal number(String text, String what) {
        if (text == null || text.isBlank()) {
            return null;
        }
        // Colombian writing: "1.200.000,50" — dots group thousands, the comma is the decimal mark.
        String clean = text.strip().replace("$", "").replace(" ", "");
        if (clean.contains(",")) {
            clean = clean.replace(".", "").replace(',', '.');
        } else if (clean.matches("\\d{1,3}(\\.\\d{3})+")) {
            clean = clean.replace(".", "");
        }
        try {
            return new BigDecimal(clean);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " no es un número: " + text);
        }
    }
}
