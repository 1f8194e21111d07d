package co.rumbo.planning.web;

import co.rumbo.identity.CurrentUser;
import co.rumbo.planning.ActionPlanSummary;
import co.rumbo.planning.ActionPlanView;
import co.rumbo.planning.ActionPlans;
import co.rumbo.planning.Activity;
import co.rumbo.planning.Approval;
import co.rumbo.planning.BudgetLine;
import co.rumbo.planning.GoalDecision;
import co.rumbo.planning.ModificationRequest;
import co.rumbo.planning.Modifications;
import co.rumbo.planning.Observations;
import co.rumbo.planning.PlanGoal;
import co.rumbo.platform.web.Formats;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The action plans of the offices and their workflow (PE-P-002). */
@RestController
@RequestMapping("/api/v1/action-plans")
@Tag(name = "Planes de acción")
class ActionPlanApiController {

    private final ActionPlans plans;
    private final Modifications modifications;

    ActionPlanApiController(ActionPlans plans, Modifications modifications) {
        this.plans = plans;
        this.modifications = modifications;
    }

    record ModificationBody(
            UUID goalId,
            BigDecimal target,
            List<BigDecimal> quarters,
            List<BudgetBody> budget,
            String justification,
            String letterReference) {}

    record RejectBody(String reason) {}

    @PostMapping("/{id}/activities")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Agrega una actividad a un proyecto del plan",
            description = "{projectBpin, projectName, name, responsible, startsOn, endsOn, expectedEvidence}; el"
                    + " proyecto debe tener dinero en el plan y las fechas estar en la vigencia.")
    Activity addActivity(@PathVariable UUID id, @RequestBody Activity body) {
        return plans.addActivity(CurrentUser.get(), id, body);
    }

    @GetMapping("/{id}/activities")
    @Operation(summary = "Las actividades de los proyectos del plan")
    List<Activity> activities(@PathVariable UUID id) {
        return plans.activities(CurrentUser.get(), id);
    }

    record ApproveAllBody(List<UUID> planIds, LocalDate approvedOn, String minutesReference) {}

    @PostMapping("/approvals")
    @Operation(
            summary = "Registra la aprobación de varios planes revisados en una misma sesión del Consejo de Gobierno",
            description = "Todos o ninguno: si uno no está revisado no se aprueba ninguno.")
    List<ActionPlanSummary> approveAll(@RequestBody ApproveAllBody body) {
        return plans.approveAll(
                CurrentUser.get(), body.planIds(), new Approval(body.approvedOn(), body.minutesReference()));
    }

    @PostMapping("/{id}/minutes")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Adjunta el acta del Consejo de Gobierno (PDF) a un plan aprobado")
    void minutes(@PathVariable UUID id, @RequestParam("file") MultipartFile file) throws java.io.IOException {
        plans.attachMinutes(CurrentUser.get(), id, file.getOriginalFilename(), file.getBytes());
    }

    @GetMapping("/{id}/minutes")
    @Operation(summary = "Descarga el acta del Consejo de Gobierno")
    ResponseEntity<byte[]> downloadMinutes(@PathVariable UUID id) {
        var minutes = plans.minutes(CurrentUser.get(), id)
                .orElseThrow(() -> new co.rumbo.platform.NotFoundException("El plan no tiene acta adjunta"));
        return ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.APPLICATION_PDF)
                .header(
                        org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        org.springframework.http.ContentDisposition.attachment()
                                .filename(minutes.name(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(minutes.content());
    }

    @PostMapping(path = "/{id}/modifications", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "El líder pide una modificación de una meta programada de un plan aprobado",
            description = "Con justificación y referencia del oficio (letterReference, obligatoria). El oficio en"
                    + " PDF se adjunta aquí mismo en multipart (parte «request» JSON y parte «file») o después en"
                    + " /modifications/{mid}/letter. No se pueden programar metas nuevas ni cambiar trimestres"
                    + " cerrados; planeación la aprueba o la rechaza.")
    Modifications.Modification requestModification(@PathVariable UUID id, @RequestBody ModificationBody body) {
        return modifications.request(CurrentUser.get(), id, request(body), LocalDate.now(Formats.BOGOTA));
    }

    @PostMapping(path = "/{id}/modifications", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "El líder pide una modificación con el oficio en PDF (multipart)",
            description = "Parte «request»: el mismo JSON de la solicitud (Content-Type application/json); parte"
                    + " «file»: el oficio (PDF, máximo 10 MB, se verifica la firma). Solicitud y oficio se guardan"
                    + " juntos o nada.")
    Modifications.Modification requestModificationWithLetter(
            @PathVariable UUID id,
            @RequestPart("request") ModificationBody body,
            @RequestPart("file") MultipartFile file)
            throws java.io.IOException {
        return modifications.request(
                CurrentUser.get(),
                id,
                request(body),
                LocalDate.now(Formats.BOGOTA),
                new Modifications.LetterFile(file.getOriginalFilename(), file.getBytes()));
    }

    @PostMapping("/{id}/modifications/{modificationId}/letter")
    @Operation(
            summary = "Adjunta (o reemplaza) el oficio en PDF de una solicitud pendiente",
            description = "El líder de la dependencia o planeación; multipart «file», PDF de máximo 10 MB. 409 si"
                    + " la solicitud ya se decidió o el archivo no es PDF.")
    Modifications.Modification attachModificationLetter(
            @PathVariable UUID id, @PathVariable UUID modificationId, @RequestParam("file") MultipartFile file)
            throws java.io.IOException {
        return modifications.attachLetter(
                CurrentUser.get(),
                id,
                modificationId,
                new Modifications.LetterFile(file.getOriginalFilename(), file.getBytes()));
    }

    @GetMapping("/{id}/modifications/{modificationId}/letter")
    @Operation(summary = "Descarga el oficio en PDF de una solicitud de modificación (quien puede ver el plan)")
    ResponseEntity<byte[]> modificationLetter(@PathVariable UUID id, @PathVariable UUID modificationId) {
        var letter = modifications
                .letter(CurrentUser.get(), id, modificationId)
                .orElseThrow(
                        () -> new co.rumbo.platform.NotFoundException("La modificación no tiene el oficio adjunto"));
        return ActionPlanPageController.pdf(letter, true);
    }

    private static ModificationRequest request(ModificationBody body) {
        if (body == null) {
            throw new IllegalArgumentException("Falta la solicitud de modificación");
        }
        return new ModificationRequest(
                body.goalId(),
                body.target(),
                body.quarters(),
                budget(body.budget()),
                body.justification(),
                body.letterReference());
    }

    @GetMapping("/{id}/modifications")
    @Operation(summary = "Las solicitudes de modificación del plan")
    List<Modifications.Modification> modifications(@PathVariable UUID id) {
        return modifications.list(CurrentUser.get(), id);
    }

    @PostMapping("/{id}/modifications/{modificationId}/approve")
    @Operation(summary = "Planeación aprueba la modificación: el plan pasa a una versión nueva")
    Modifications.Modification approveModification(@PathVariable UUID id, @PathVariable UUID modificationId) {
        return modifications.approve(CurrentUser.get(), modificationId, LocalDate.now(Formats.BOGOTA));
    }

    @PostMapping("/{id}/modifications/{modificationId}/reject")
    @Operation(summary = "Planeación rechaza la modificación con una razón")
    Modifications.Modification rejectModification(
            @PathVariable UUID id, @PathVariable UUID modificationId, @RequestBody(required = false) RejectBody body) {
        return modifications.reject(CurrentUser.get(), modificationId, body == null ? null : body.reason());
    }

    @GetMapping("/{id}/versions")
    @Operation(summary = "Las versiones del plan aprobado: 1 la aprobada, una más por modificación aprobada")
    List<Modifications.PlanVersion> versions(@PathVariable UUID id) {
        return modifications.versions(CurrentUser.get(), id);
    }

    private static List<BudgetLine> budget(List<BudgetBody> body) {
        return body == null
                ? List.of()
                : body.stream()
                        .map(b -> new BudgetLine(b.projectBpin(), b.source(), b.amount()))
                        .toList();
    }

    record CreateBody(UUID officeId, Integer year) {}

    record BudgetBody(String projectBpin, String source, BigDecimal amount) {}

    record GoalBody(
            UUID goalId,
            BigDecimal target,
            List<BigDecimal> quarters,
            List<BudgetBody> budget,
            String notProgrammedReason) {}

    record VersionBody(Integer version) {}

    record ReturnBody(String observations, Map<UUID, String> goalObservations, Integer version) {}

    record ApproveBody(LocalDate approvedOn, String minutesReference, Integer version) {}

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Crea el plan de acción de una dependencia para una vigencia (borrador)",
            description = "Requiere la formulación de la vigencia abierta y metas del Plan Indicativo asignadas a la"
                    + " dependencia ese año. Lo crean el enlace o el líder de la dependencia, o planeación.")
    ActionPlanSummary create(@RequestBody CreateBody body) {
        if (body.officeId() == null || body.year() == null) {
            throw new IllegalArgumentException("Indique la dependencia (officeId) y la vigencia (year)");
        }
        return plans.create(CurrentUser.get(), body.officeId(), body.year());
    }

    @GetMapping
    @Operation(summary = "Los planes de acción de una vigencia que el usuario puede ver")
    List<ActionPlanSummary> list(@RequestParam int year) {
        return plans.list(CurrentUser.get(), year);
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "Un plan de acción completo",
            description = "Cada meta del Plan Indicativo de la dependencia para la vigencia con su meta y costo del"
                    + " Plan Indicativo, la decisión de la dependencia, el control de techos por programa y fuente,"
                    + " y la historia de rondas con las observaciones.")
    ActionPlanView get(@PathVariable UUID id) {
        return plans.view(CurrentUser.get(), id);
    }

    @PostMapping("/{id}/goals")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Registra la decisión sobre una meta: programada o no programada con razón",
            description = "Programada: {goalId, target (por omisión la del Plan Indicativo), quarters [q1..q4],"
                    + " budget [{projectBpin, source, amount}]}; no programada: {goalId, notProgrammedReason}."
                    + " Después de la aprobación responde 409.")
    PlanGoal decide(@PathVariable UUID id, @RequestBody GoalBody body) {
        List<BudgetLine> budget = body.budget() == null
                ? List.of()
                : body.budget().stream()
                        .map(b -> new BudgetLine(b.projectBpin(), b.source(), b.amount()))
                        .toList();
        if (body.goalId() == null) {
            throw new IllegalArgumentException("Falta la meta (goalId)");
        }
        GoalDecision decision =
                new GoalDecision(body.goalId(), body.target(), body.quarters(), budget, body.notProgrammedReason());
        return plans.decide(CurrentUser.get(), id, decision);
    }

    record CeilingCheckBody(UUID goalId, List<BudgetBody> budget) {}

    @PostMapping("/{id}/ceiling-check")
    @Operation(
            summary = "Simula el control de techos con el dinero de una meta sin guardarlo",
            description = "{goalId, budget:[{source, amount}]}: lo programado por programa y fuente del plan si el"
                    + " dinero de esa meta fuera el indicado (las demás metas como están guardadas), frente a los"
                    + " techos; cada fila con exceeded. No guarda nada; el envío vuelve a verificar.")
    List<co.rumbo.planning.CeilingCheck> ceilingCheck(@PathVariable UUID id, @RequestBody CeilingCheckBody body) {
        if (body == null || body.goalId() == null) {
            throw new IllegalArgumentException("Falta la meta (goalId)");
        }
        List<ActionPlans.ProposedMoney> money = body.budget() == null
                ? List.of()
                : body.budget().stream()
                        .map(b -> new ActionPlans.ProposedMoney(b.source(), b.amount()))
                        .toList();
        return plans.ceilingPreview(CurrentUser.get(), id, body.goalId(), money);
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "El líder de la dependencia envía el plan a planeación")
    ActionPlanSummary submit(@PathVariable UUID id, @RequestBody(required = false) VersionBody body) {
        return plans.submit(CurrentUser.get(), id, body == null ? null : body.version());
    }

    @PostMapping("/{id}/return")
    @Operation(summary = "Planeación devuelve el plan con observaciones (generales o por meta; obligatorias)")
    ActionPlanSummary returnWith(@PathVariable UUID id, @RequestBody(required = false) ReturnBody body) {
        ReturnBody b = body == null ? new ReturnBody(null, null, null) : body;
        return plans.returnWith(
                CurrentUser.get(), id, new Observations(b.observations(), b.goalObservations()), b.version());
    }

    @PostMapping("/{id}/review")
    @Operation(summary = "Planeación marca el plan como revisado")
    ActionPlanSummary review(@PathVariable UUID id, @RequestBody(required = false) VersionBody body) {
        return plans.review(CurrentUser.get(), id, body == null ? null : body.version());
    }

    @PostMapping("/{id}/approve")
    @Operation(summary = "Registra la aprobación del Consejo de Gobierno (despacho, o planeación en su nombre)")
    ActionPlanSummary approve(@PathVariable UUID id, @RequestBody ApproveBody body) {
        CurrentUser user = CurrentUser.get();
        return plans.approve(user, id, new Approval(body.approvedOn(), body.minutesReference()), body.version());
    }
}
