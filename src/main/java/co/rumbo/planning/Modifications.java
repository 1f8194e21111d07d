package co.rumbo.planning;

import co.rumbo.identity.CurrentUser;
import co.rumbo.identity.Role;
import co.rumbo.platform.BusinessRuleException;
import co.rumbo.platform.ForbiddenException;
import co.rumbo.platform.NotFoundException;
import co.rumbo.platform.files.FileKind;
import co.rumbo.platform.files.StoredFiles;
import com.fasterxml.jackson.annotation.JsonRawValue;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Modifications of an approved action plan (PE-P-002 task 8): the office's leader asks, the planning
 * office approves or rejects with a reason. Only goals programmed at approval may change (no new goal
 * is programmed after approval); quarters already closed keep their values; the ceilings still hold;
 * quarters that do not agree with the new target are accepted and shown with a consistency warning.
 * Each approved change saves a new version of the plan; version 1 is the plan as approved.
 */
@Service
public class Modifications {

    private final JdbcClient jdbc;
    private final ActionPlans plans;
    private final StoredFiles files;

    Modifications(JdbcClient jdbc, ActionPlans plans, StoredFiles files) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.files = files;
    }

    public enum ModificationState {
        PENDIENTE,
        APROBADA,
        RECHAZADA
    }

    public record Modification(
            UUID id,
            UUID planId,
            UUID goalId,
            BigDecimal target,
            List<BigDecimal> quarters,
            String budget,
            String justification,
            String letterReference,
            String letterFileName,
            ModificationState state,
            String requestedBy,
            Instant requestedAt,
            String decidedBy,
            String decisionReason,
            Integer resultingVersion,
            String consistencyWarning) {

        Modification withWarning(String warning) {
            return new Modification(
                    id,
                    planId,
                    goalId,
                    target,
                    quarters,
                    budget,
                    justification,
                    letterReference,
                    letterFileName,
                    state,
                    requestedBy,
                    requestedAt,
                    decidedBy,
                    decisionReason,
                    resultingVersion,
                    warning);
        }

        @JsonRawValue
        public String budget() {
            return budget;
        }
    }

    public record PlanVersion(int number, String reason, Instant createdAt, String snapshot) {
        @JsonRawValue
        public String snapshot() {
            return snapshot;
        }
    }

    /** The official letter of a request as uploaded: the name people gave it and its bytes. */
    public record LetterFile(String name, byte[] content) {}

    /**
     * The leader asks with the official letter as a PDF (what the pages require): the request and its
     * letter are saved together or not at all.
     */
    @Transactional
    public Modification request(
            CurrentUser user, UUID planId, ModificationRequest request, LocalDate today, LetterFile letter) {
        if (letter == null || letter.content() == null || letter.content().length == 0) {
            throw new BusinessRuleException("Adjunte el oficio de la solicitud (PDF).");
        }
        requirePdf(letter.content(), "El oficio");
        Modification m = request(user, planId, request, today);
        return attachLetter(user, planId, m.id(), letter);
    }

    /**
     * Attaches (or replaces) the official letter, a PDF of at most 10 MB recognised by its signature, of
     * a pending request: by the office's leader or the planning office. A decided request keeps the
     * letter it was decided with.
     */
    @Transactional
    public Modification attachLetter(CurrentUser user, UUID planId, UUID modificationId, LetterFile letter) {
        Modification m = get(user, modificationId);
        if (!m.planId().equals(planId)) {
            throw new NotFoundException("La modificación no existe");
        }
        ActionPlan plan = plans.load(user, m.planId());
        boolean leader = user.has(Role.LIDER) && user.officeIds().contains(plan.officeId());
        if (!(leader || user.has(Role.PLANEACION))) {
            throw new ForbiddenException("Solo el líder de la dependencia o planeación adjuntan el oficio");
        }
        if (m.state() != ModificationState.PENDIENTE) {
            throw new BusinessRuleException(
                    "La modificación ya fue " + m.state().name().toLowerCase() + ": su oficio no se cambia.");
        }
        if (letter == null) {
            throw new BusinessRuleException("Adjunte el oficio de la solicitud (PDF).");
        }
        requirePdf(letter.content(), "El oficio");
        String name = letter.name() == null || letter.name().isBlank()
                ? "oficio-modificacion.pdf"
                : letter.name().strip();
        String sha = files.store(letter.content(), FileKind.PDF.contentType());
        jdbc.sql("""
                        update action_plan_modification set letter_sha256 = ?, letter_name = ?, version = version + 1
                        where id = ?""").params(sha, name, modificationId).update();
        return get(user, modificationId);
    }

    /** The letter's name and bytes, for whoever may see the plan. */
    @Transactional(readOnly = true)
    public Optional<Formulations.Letter> letter(CurrentUser user, UUID planId, UUID modificationId) {
        Modification m = get(user, modificationId);
        if (!m.planId().equals(planId)) {
            throw new NotFoundException("La modificación no existe");
        }
        return jdbc.sql("""
                        select m.letter_name, f.content from action_plan_modification m
                        join stored_file f on f.sha256 = m.letter_sha256 where m.id = ?""")
                .param(modificationId)
                .query((rs, n) -> new Formulations.Letter(rs.getString(1), rs.getBytes(2)))
                .optional();
    }

    /** A PDF of at most {@link Formulations#MAX_LETTER_BYTES}, recognised by its first bytes. */
    static void requirePdf(byte[] content, String what) {
        if (content == null || content.length == 0) {
            throw new BusinessRuleException(what + " está vacío.");
        }
        if (content.length > Formulations.MAX_LETTER_BYTES) {
            throw new BusinessRuleException(what + " supera los 10 MB permitidos.");
        }
        Optional<FileKind> kind = FileKind.of(content);
        if (kind.orElse(null) != FileKind.PDF) {
            throw new BusinessRuleException(what + " debe ser un archivo PDF"
                    + kind.map(k -> "; este es un(a) " + k.label()).orElse("") + ".");
        }
    }

    /**
     * The leader asks for a change. The letter's reference is required; the letter itself (PDF) may come
     * with {@link #request(CurrentUser, UUID, ModificationRequest, LocalDate, LetterFile)} or later with
     * {@link #attachLetter}.
     */
    @Transactional
    public Modification request(CurrentUser user, UUID planId, ModificationRequest request, LocalDate today) {
        ActionPlan plan = plans.load(user, planId);
        if (!(user.has(Role.LIDER) && user.officeIds().contains(plan.officeId()))) {
            throw new ForbiddenException("Solo el líder de la dependencia pide una modificación");
        }
        requireApproved(plan);
        PlanGoal current = programmedGoal(user, plan, request.goalId());
        plans.checked(plan, request.asDecision());
        requireClosedQuartersKept(plan, current, request.quarters(), today);
        String budget = budgetJson(request.budget());
        UUID id = jdbc.sql("""
                        insert into action_plan_modification (organization_id, plan_id, goal_id, justification,
                            letter_reference, target, quarters, budget, requested_by)
                        values (?, ?, ?, ?, ?, ?, ?::numeric[], ?::jsonb, ?) returning id""")
                .params(
                        plan.organizationId(),
                        planId,
                        request.goalId(),
                        request.justification(),
                        request.letterReference(),
                        request.target(),
                        request.quarters().stream()
                                .map(BigDecimal::toPlainString)
                                .toArray(String[]::new),
                        budget,
                        user.username())
                .query(UUID.class)
                .single();
        return get(user, id);
    }

    @Transactional
    public Modification approve(CurrentUser user, UUID modificationId, LocalDate today) {
        Modification m = pending(user, modificationId);
        ActionPlan plan = plans.load(user, m.planId());
        requireApproved(plan);
        PlanGoal current = programmedGoal(user, plan, m.goalId());
        requireClosedQuartersKept(plan, current, m.quarters(), today);
        List<BudgetLine> budget = budgetLines(m.goalId(), modificationId);
        GoalDecision decision = new GoalDecision(m.goalId(), m.target(), m.quarters(), budget, null);
        ActionPlans.Checked checked = plans.checked(plan, decision);
        int last = jdbc.sql("select coalesce(max(number), 0) from action_plan_version where plan_id = ?")
                .param(plan.id())
                .query(Integer.class)
                .single();
        if (last == 0) {
            plans.saveVersion(plan, 1, "Aprobado en Consejo de Gobierno, acta " + plan.minutesReference());
            last = 1;
        }
        plans.write(plan, checked.goal(), decision, checked.target());
        for (CeilingCheck c : plans.view(user, plan.id()).ceilings()) {
            if (c.exceeded()) {
                throw new BusinessRuleException("La modificación supera el techo del programa " + c.programCode()
                        + " con la fuente «" + c.sourceName() + "»: techo "
                        + c.ceiling().toPlainString()
                        + ", programado " + c.programmed().toPlainString() + ".");
            }
        }
        int version = last + 1;
        plans.saveVersion(plan, version, "Modificación: " + m.justification() + " (" + m.letterReference() + ")");
        jdbc.sql("""
                        update action_plan_modification set state = 'APROBADA', decided_by = ?, decided_at = now(),
                            resulting_version = ?, version = version + 1 where id = ?""").params(user.username(), version, modificationId).update();
        return get(user, modificationId);
    }

    @Transactional
    public Modification reject(CurrentUser user, UUID modificationId, String reason) {
        Modification m = pending(user, modificationId);
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("Para rechazar la modificación escriba la razón.");
        }
        jdbc.sql("""
                        update action_plan_modification set state = 'RECHAZADA', decided_by = ?, decided_at = now(),
                            decision_reason = ?, version = version + 1 where id = ?""").params(user.username(), reason.strip(), m.id()).update();
        return get(user, modificationId);
    }

    @Transactional(readOnly = true)
    public List<Modification> list(CurrentUser user, UUID planId) {
        ActionPlan plan = plans.load(user, planId);
        Map<UUID, ActionPlans.IndicativeGoal> goals = goalsOf(plan);
        return jdbc
                .sql("select * from action_plan_modification where plan_id = ? order by requested_at, id")
                .param(plan.id())
                .query(Modifications::modification)
                .list()
                .stream()
                .map(m -> withWarning(m, goals))
                .toList();
    }

    private Map<UUID, ActionPlans.IndicativeGoal> goalsOf(ActionPlan plan) {
        Map<UUID, ActionPlans.IndicativeGoal> goals = new HashMap<>();
        plans.officeGoals(plan.organizationId(), plan.officeId(), plan.year()).forEach(g -> goals.put(g.id(), g));
        return goals;
    }

    /** A change whose quarters do not agree with its target is asked and approved with a warning (progress-rules §6). */
    private static Modification withWarning(Modification m, Map<UUID, ActionPlans.IndicativeGoal> goals) {
        ActionPlans.IndicativeGoal goal = goals.get(m.goalId());
        return goal == null ? m : m.withWarning(ActionPlans.consistencyWarning(goal, m.target(), m.quarters()));
    }

    @Transactional(readOnly = true)
    public List<PlanVersion> versions(CurrentUser user, UUID planId) {
        ActionPlan plan = plans.load(user, planId);
        return jdbc.sql("""
                        select number, reason, created_at, snapshot::text from action_plan_version
                        where plan_id = ? order by number""")
                .param(plan.id())
                .query((rs, n) -> new PlanVersion(
                        rs.getInt(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4)))
                .list();
    }

    /** A goal in one version: target, quarters and money, as text ready to compare. */
    public record VersionCell(BigDecimal target, String quarters, BigDecimal money) {}

    /** A goal across the versions of the plan, for the side-by-side comparison. */
    public record ComparedGoal(String sisptCode, String name, java.util.Map<Integer, VersionCell> byVersion) {}

    @Transactional(readOnly = true)
    public List<ComparedGoal> comparison(CurrentUser user, UUID planId) {
        ActionPlanView view = plans.view(user, planId);
        java.util.Map<UUID, java.util.Map<Integer, VersionCell>> cells = new java.util.HashMap<>();
        jdbc.sql("""
                        select v.number, (e ->> 'goalId')::uuid, (e ->> 'target')::numeric,
                               (select string_agg(q::text::numeric::float8::text, ' / ')
                                  from jsonb_array_elements(case when jsonb_typeof(e -> 'quarters') = 'array'
                                                                 then e -> 'quarters' else '[]'::jsonb end) q),
                               (select sum((b ->> 'amount')::numeric) from jsonb_array_elements(e -> 'budget') b)
                        from action_plan_version v, jsonb_array_elements(v.snapshot) e
                        where v.plan_id = ? order by v.number""").param(planId).query(rs -> {
            cells.computeIfAbsent(rs.getObject(2, UUID.class), k -> new java.util.TreeMap<>())
                    .put(
                            rs.getInt(1),
                            new VersionCell(
                                    ActionPlans.strip(rs.getBigDecimal(3)), rs.getString(4), rs.getBigDecimal(5)));
        });
        return view.goals().stream()
                .map(g -> new ComparedGoal(g.sisptCode(), g.name(), cells.getOrDefault(g.goalId(), java.util.Map.of())))
                .toList();
    }

    private Modification get(CurrentUser user, UUID id) {
        Modification m = jdbc.sql("select * from action_plan_modification where id = ? and organization_id = ?")
                .params(id, user.requireOrganization())
                .query(Modifications::modification)
                .optional()
                .orElseThrow(() -> new NotFoundException("La modificación no existe"));
        return withWarning(m, goalsOf(plans.load(user, m.planId())));
    }

    private Modification pending(CurrentUser user, UUID id) {
        Modification m = get(user, id);
        if (!user.has(Role.PLANEACION)) {
            throw new ForbiddenException("Solo planeación aprueba o rechaza modificaciones");
        }
        if (m.state() != ModificationState.PENDIENTE) {
            throw new BusinessRuleException(
                    "La modificación ya fue " + m.state().name().toLowerCase() + ".");
        }
        return m;
    }

    private static void requireApproved(ActionPlan plan) {
        if (plan.state() != ActionPlanState.APROBADO) {
            throw new BusinessRuleException("Solo un plan de acción aprobado se modifica por solicitud; este está «"
                    + plan.state().label() + "».");
        }
    }

    private PlanGoal programmedGoal(CurrentUser user, ActionPlan plan, UUID goalId) {
        PlanGoal current = plans.view(user, plan.id()).goals().stream()
                .filter(g -> g.goalId().equals(goalId))
                .findFirst()
                .orElseThrow(() -> new BusinessRuleException("La meta no está en este plan de acción."));
        if (!Boolean.TRUE.equals(current.programmed())) {
            throw new BusinessRuleException("La meta " + current.sisptCode()
                    + " no se programó en el plan aprobado: no se pueden programar metas después de la aprobación"
                    + " (PE-P-002, tarea 8).");
        }
        return current;
    }

    /** A quarter is closed once its last day has passed; its programming then stays as it was. */
    static void requireClosedQuartersKept(
            ActionPlan plan, PlanGoal current, List<BigDecimal> proposed, LocalDate today) {
        for (int q = 1; q <= 4; q++) {
            LocalDate end = LocalDate.of(plan.year(), 3 * q, 1).plusMonths(1).minusDays(1);
            BigDecimal before = current.quarters().get(q - 1);
            if (today.isAfter(end) && before.compareTo(proposed.get(q - 1)) != 0) {
                throw new BusinessRuleException("El trimestre " + q + " de " + plan.year()
                        + " ya cerró: su programación (" + before.toPlainString() + ") no se puede cambiar.");
            }
        }
    }

    private List<BudgetLine> budgetLines(UUID goalId, UUID modificationId) {
        return jdbc.sql("""
                        select b ->> 'projectBpin', b ->> 'source', (b ->> 'amount')::numeric
                        from action_plan_modification m, jsonb_array_elements(m.budget) b where m.id = ?""")
                .param(modificationId)
                .query((rs, n) -> new BudgetLine(rs.getString(1), rs.getString(2), rs.getBigDecimal(3)))
                .list();
    }

    private static String budgetJson(List<BudgetLine> budget) {
        List<String> items = new ArrayList<>();
        for (BudgetLine b : budget) {
            items.add("{\"projectBpin\":\"%s\",\"source\":\"%s\",\"amount\":%s}"
                    .formatted(
                            b.projectBpin(),
                            b.source().replace("\"", ""),
                            b.amount().toPlainString()));
        }
        return "[" + String.join(",", items) + "]";
    }

    private static Modification modification(ResultSet rs, int n) throws SQLException {
        Array quarters = rs.getArray("quarters");
        List<BigDecimal> q = Arrays.stream((Object[]) quarters.getArray())
                .map(o -> ActionPlans.strip((BigDecimal) o))
                .toList();
        Integer resulting = (Integer) rs.getObject("resulting_version");
        return new Modification(
                rs.getObject("id", UUID.class),
                rs.getObject("plan_id", UUID.class),
                rs.getObject("goal_id", UUID.class),
                ActionPlans.strip(rs.getBigDecimal("target")),
                q,
                rs.getString("budget"),
                rs.getString("justification"),
                rs.getString("letter_reference"),
                rs.getString("letter_name"),
                ModificationState.valueOf(rs.getString("state")),
                rs.getString("requested_by"),
                rs.getTimestamp("requested_at").toInstant(),
                rs.getString("decided_by"),
                rs.getString("decision_reason"),
                resulting,
                null);
    }
}
