package co.rumbo.planning;

import co.rumbo.identity.CurrentUser;
import co.rumbo.identity.Role;
import co.rumbo.organization.Office;
import co.rumbo.organization.OrganizationCalendars;
import co.rumbo.organization.Organizations;
import co.rumbo.platform.BusinessRuleException;
import co.rumbo.platform.ForbiddenException;
import co.rumbo.platform.NotFoundException;
import co.rumbo.platform.StaleVersionException;
import co.rumbo.platform.files.StoredFiles;
import co.rumbo.platform.web.Formats;
import co.rumbo.progress.ProgrammingType;
import co.rumbo.progress.YearViews;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The planning module's face for action plans: creating an office's plan for a year, its goals'
 * decisions, and the transitions of PE-P-002. Every method takes the person who acts; a plan of
 * another organization, or of an office the person does not belong to, is "not found" (404), so
 * that plans of other offices are not even revealed. A role that may not do a transition gets 403,
 * a transition from the wrong state or against a rule 409 with the reason in Spanish.
 */
@Service
public class ActionPlans {

    private static final String PLAN_COLUMNS =
            "id, organization_id, office_id, year, state, round, approved_on, minutes_reference, version";

    /**
     * The goals of the Plan Indicativo an office has in a year: assigned to it, not eliminated, with
     * a target above zero or some cost that year.
     */
    static final String OFFICE_GOALS = """
            select goal_id, sispt_code, name, program_code, program_name, programming_type, target, cost
            from planning_goal_year
            where organization_id = :org and office_id = :office and year = :year
              and (coalesce(target, 0) > 0 or cost > 0)""";

    private final JdbcClient jdbc;
    private final StoredFiles files;
    private final Organizations organizations;
    private final Formulations formulations;
    private final Formats formats;
    private final OrganizationCalendars calendars;

    ActionPlans(
            JdbcClient jdbc,
            Organizations organizations,
            Formulations formulations,
            Formats formats,
            StoredFiles files,
            OrganizationCalendars calendars) {
        this.jdbc = jdbc;
        this.files = files;
        this.organizations = organizations;
        this.formulations = formulations;
        this.formats = formats;
        this.calendars = calendars;
    }

    /**
     * Starts an office's plan for a year (BORRADOR), once the planning office has opened the
     * formulation of that year and if the office has goals in the Plan Indicativo for it.
     */
    @Transactional
    public ActionPlanSummary create(CurrentUser user, UUID officeId, int year) {
        UUID org = user.requireOrganization();
        Office office = organizations
                .findOffice(org, officeId)
                .filter(o -> user.canSeeOffice(o.id()))
                .orElseThrow(() -> new NotFoundException("La dependencia no existe"));
        if (!(user.has(Role.PLANEACION) || user.hasAny(Role.LIDER, Role.ENLACE))) {
            throw new ForbiddenException("Solo la dependencia o planeación crean un plan de acción");
        }
        if (formulations.find(org, year).isEmpty()) {
            throw new BusinessRuleException("La formulación de los planes de acción " + year
                    + " no está abierta: planeación debe abrirla primero.");
        }
        if (officeGoals(org, officeId, year).isEmpty()) {
            throw new BusinessRuleException(
                    "La dependencia " + office.name() + " no tiene metas del Plan Indicativo para " + year + ".");
        }
        boolean exists = jdbc.sql("select exists (select from action_plan where organization_id = ? and office_id = ?"
                        + " and year = ?)")
                .params(org, officeId, year)
                .query(Boolean.class)
                .single();
        if (exists) {
            throw new BusinessRuleException(
                    "La dependencia " + office.name() + " ya tiene su plan de acción " + year + ".");
        }
        UUID id = jdbc.sql("insert into action_plan (organization_id, office_id, year) values (?, ?, ?) returning id")
                .params(org, officeId, year)
                .query(UUID.class)
                .single();
        event(org, id, 0, null, ActionPlanState.BORRADOR, user, null);
        return summary(load(user, id));
    }

    /**
     * Records the office's decision on a goal of its Plan Indicativo for the plan's year, replacing
     * an earlier one. A programmed goal's target defaults to the Plan Indicativo's; quarters that do
     * not agree with the target as the goal's programming type requires are saved as given and the
     * goal shows a consistency warning (progress-rules §6).
     */
    @Transactional
    public PlanGoal decide(CurrentUser user, UUID planId, GoalDecision decision) {
        ActionPlan plan = load(user, planId);
        plan.requireEditableBy(user);
        Checked checked = checked(plan, decision);
        write(plan, checked.goal(), decision, checked.target());
        // the goal as the plan shows it, without reading the whole plan again (its ceilings, its history)
        return planGoals(planId, List.of(checked.goal()), checked.goal().id()).get(0);
    }

    /**
     * The office's leader sends the plan for review. Refused while a goal of the office's Plan
     * Indicativo for the year has no decision, or while the money of a program and source is over
     * its ceiling.
     */
    @Transactional
    public ActionPlanSummary submit(CurrentUser user, UUID planId, Integer expectedVersion) {
        ActionPlan plan = load(user, planId);
        ActionPlanState from = plan.state();
        plan.submit(user);
        ActionPlanView view = view(user, planId);
        List<PlanGoal> undecided =
                view.goals().stream().filter(g -> !g.decided()).toList();
        if (!undecided.isEmpty()) {
            throw new BusinessRuleException("No se puede enviar el plan: "
                    + (undecided.size() == 1 ? "la meta " : "las metas ")
                    + undecided.stream().map(PlanGoal::sisptCode).collect(Collectors.joining(", "))
                    + " del Plan Indicativo " + plan.year()
                    + (undecided.size() == 1 ? " no tiene" : " no tienen")
                    + " decisión: prográmela o indique por qué no se programa este año.");
        }
        for (CeilingCheck c : view.ceilings()) {
            if (c.exceeded()) {
                throw new BusinessRuleException("No se puede enviar el plan: en el programa " + c.programCode() + " ("
                        + c.programName() + ") con la fuente «" + c.sourceName() + "» el plan asigna "
                        + formats.money(c.programmed()) + " y el techo presupuestal es "
                        + formats.money(c.ceiling()) + ".");
            }
        }
        save(plan, expectedVersion);
        long eventId = event(plan.organizationId(), planId, plan.round(), from, plan.state(), user, null);
        if (plan.round() == 1) {
            // The first submission answers the formulation's deadline; later rounds answer a return.
            Optional<LocalDate> deadline = submissionDeadline(plan.organizationId(), plan.year());
            if (deadline.isPresent()) {
                // a year recorded after the fact (Formulations.recordPast) is entered late by nature
                boolean late = !recordedPast(plan.organizationId(), plan.year()) && isLate(today(), deadline.get());
                jdbc.sql("update action_plan_event set deadline = ?, late = ? where id = ?")
                        .params(Date.valueOf(deadline.get()), late, eventId)
                        .update();
            }
        }
        return summary(load(user, planId));
    }

    /**
     * The day by which the offices must send their plans of a year: the formulation's deadline, moved to
     * the next business day of the organization's calendar when it falls on a weekend, a holiday or one
     * of its own non-working days (as every term that ends on a non-working day). Empty while the year is
     * not opened.
     */
    @Transactional(readOnly = true)
    public Optional<LocalDate> submissionDeadline(UUID organizationId, int year) {
        return formulations
                .find(organizationId, year)
                .map(f -> calendars.calendar(organizationId).businessDayOnOrAfter(f.deadline()));
    }

    private boolean recordedPast(UUID organizationId, int year) {
        return jdbc.sql("select recorded_past from formulation where organization_id = ? and year = ?")
                .params(organizationId, year)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    /** A plan sent on its deadline (Bogotá's date) is on time; the day after, late. */
    static boolean isLate(LocalDate submittedOn, LocalDate deadline) {
        return submittedOn.isAfter(deadline);
    }

    /** The planning office returns the plan to the office with observations (required). */
    @Transactional
    public ActionPlanSummary returnWith(
            CurrentUser user, UUID planId, Observations observations, Integer expectedVersion) {
        ActionPlan plan = load(user, planId);
        ActionPlanState from = plan.state();
        plan.returnWith(user, observations);
        Set<UUID> goals = officeGoals(plan.organizationId(), plan.officeId(), plan.year()).stream()
                .map(IndicativeGoal::id)
                .collect(Collectors.toSet());
        for (UUID goal : observations.perGoal().keySet()) {
            if (!goals.contains(goal)) {
                throw new BusinessRuleException("Una observación es de una meta que no está en este plan de acción.");
            }
        }
        save(plan, expectedVersion);
        long eventId =
                event(plan.organizationId(), planId, plan.round(), from, plan.state(), user, observations.general());
        observations.perGoal().forEach((goal, text) -> jdbc.sql("""
                        insert into action_plan_observation (event_id, goal_id, organization_id, observation)
                        values (?, ?, ?, ?)""")
                .params(eventId, goal, plan.organizationId(), text)
                .update());
        return summary(load(user, planId));
    }

    @Transactional
    public ActionPlanSummary review(CurrentUser user, UUID planId, Integer expectedVersion) {
        ActionPlan plan = load(user, planId);
        ActionPlanState from = plan.state();
        plan.review(user);
        save(plan, expectedVersion);
        event(plan.organizationId(), planId, plan.round(), from, plan.state(), user, null);
        return summary(load(user, planId));
    }

    /** Records the Consejo de Gobierno's approval; from then on no goal may be programmed. */
    @Transactional
    public ActionPlanSummary approve(CurrentUser user, UUID planId, Approval approval, Integer expectedVersion) {
        ActionPlan plan = load(user, planId);
        ActionPlanState from = plan.state();
        plan.approve(user, approval);
        save(plan, expectedVersion);
        saveVersion(plan, 1, "Aprobado en Consejo de Gobierno, acta " + approval.minutesReference());
        event(
                plan.organizationId(),
                planId,
                plan.round(),
                from,
                plan.state(),
                user,
                "Acta " + approval.minutesReference() + " del " + formats.date(approval.approvedOn()));
        return summary(load(user, planId));
    }

    /**
     * Several reviewed plans approved in one Consejo de Gobierno session: all or none (one that is not
     * reviewed refuses the lot).
     */
    @Transactional
    public List<ActionPlanSummary> approveAll(CurrentUser user, List<UUID> planIds, Approval approval) {
        if (planIds == null || planIds.isEmpty()) {
            throw new IllegalArgumentException("Indique los planes aprobados (planIds)");
        }
        return planIds.stream()
                .distinct()
                .map(id -> approve(user, id, approval, null))
                .toList();
    }

    /** Attaches the minutes (acta, a PDF) of the session that approved the plan. */
    @Transactional
    public void attachMinutes(CurrentUser user, UUID planId, String fileName, byte[] content) {
        ActionPlan plan = load(user, planId);
        if (!user.hasAny(Role.DESPACHO, Role.PLANEACION)) {
            throw new ForbiddenException("Solo el despacho o planeación adjuntan el acta");
        }
        if (plan.state() != ActionPlanState.APROBADO) {
            throw new BusinessRuleException("El acta se adjunta a un plan aprobado.");
        }
        Formulations.requirePdf(content, "El acta");
        String sha = files.store(content, "application/pdf");
        jdbc.sql("update action_plan set minutes_sha256 = ?, minutes_name = ?, version = version + 1 where id = ?")
                .params(sha, fileName == null || fileName.isBlank() ? "acta.pdf" : fileName.strip(), planId)
                .update();
    }

    /** The minutes' file name and bytes, if attached. */
    @Transactional(readOnly = true)
    public Optional<Formulations.Letter> minutes(CurrentUser user, UUID planId) {
        load(user, planId);
        return jdbc.sql("""
                        select a.minutes_name, f.content from action_plan a
                        join stored_file f on f.sha256 = a.minutes_sha256 where a.id = ?""")
                .param(planId)
                .query((rs, n) -> new Formulations.Letter(rs.getString(1), rs.getBytes(2)))
                .optional();
    }

    /**
     * Adds an activity to a project of the plan. The project must carry money of the plan (a BPIN of
     * its budget lines) and the dates must fall in the plan's year; only while the office may edit.
     */
    @Transactional
    public Activity addActivity(CurrentUser user, UUID planId, Activity activity) {
        ActionPlan plan = load(user, planId);
        plan.requireEditableBy(user);
        boolean project = jdbc.sql(
                        "select exists (select from action_plan_budget where plan_id = ? and project_bpin = ?)")
                .params(planId, activity.projectBpin())
                .query(Boolean.class)
                .single();
        if (!project) {
            throw new BusinessRuleException(
                    "El proyecto " + activity.projectBpin()
                            + " no tiene recursos en este plan de acción: asígnele dinero en una meta antes de sus actividades.");
        }
        if (activity.startsOn().getYear() != plan.year() || activity.endsOn().getYear() != plan.year()) {
            throw new BusinessRuleException("Las fechas de la actividad deben estar dentro de " + plan.year() + ".");
        }
        UUID id = jdbc.sql("""
                        insert into action_plan_activity (organization_id, plan_id, project_bpin, project_name, name,
                            responsible, starts_on, ends_on, expected_evidence)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        plan.organizationId(),
                        planId,
                        activity.projectBpin(),
                        activity.projectName(),
                        activity.name(),
                        activity.responsible(),
                        java.sql.Date.valueOf(activity.startsOn()),
                        java.sql.Date.valueOf(activity.endsOn()),
                        activity.expectedEvidence())
                .query(UUID.class)
                .single();
        return new Activity(
                id,
                activity.projectBpin(),
                activity.projectName(),
                activity.name(),
                activity.responsible(),
                activity.startsOn(),
                activity.endsOn(),
                activity.expectedEvidence());
    }

    @Transactional(readOnly = true)
    public List<Activity> activities(CurrentUser user, UUID planId) {
        load(user, planId);
        return jdbc.sql("""
                        select id, project_bpin, project_name, name, responsible, starts_on, ends_on, expected_evidence
                        from action_plan_activity where plan_id = ? order by project_bpin, starts_on, name""")
                .param(planId)
                .query((rs, n) -> new Activity(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getDate(6).toLocalDate(),
                        rs.getDate(7).toLocalDate(),
                        rs.getString(8)))
                .list();
    }

    /** The plans of a year the person may see (an office's people: their offices' only). */
    @Transactional(readOnly = true)
    public List<ActionPlanSummary> list(CurrentUser user, int year) {
        UUID org = user.requireOrganization();
        Map<UUID, String> offices = officeNames(org);
        Map<UUID, Submission> submissions = new HashMap<>();
        jdbc.sql(FIRST_SUBMISSIONS + " and p.organization_id = ? and p.year = ? order by e.plan_id, e.id")
                .params(org, year)
                .query(rs -> {
                    submissions.put(rs.getObject("plan_id", UUID.class), submission(rs));
                });
        return jdbc
                .sql("select " + PLAN_COLUMNS + " from action_plan where organization_id = ? and year = ?")
                .params(org, year)
                .query(ActionPlans::plan)
                .list()
                .stream()
                .filter(p -> user.canSeeOffice(p.officeId()))
                .map(p -> summary(p, offices, submissions.get(p.id())))
                .sorted((a, b) -> a.officeName().compareToIgnoreCase(b.officeName()))
                .toList();
    }

    /** A plan in full: every goal of the office's Plan Indicativo for the year, decided or not. */
    @Transactional(readOnly = true)
    public ActionPlanView view(CurrentUser user, UUID planId) {
        ActionPlan plan = load(user, planId);
        UUID org = plan.organizationId();
        List<PlanEvent> history = history(planId);
        List<PlanGoal> goals = planGoals(planId, officeGoals(org, plan.officeId(), plan.year()), null);
        return new ActionPlanView(
                summary(plan),
                formulations.find(org, plan.year()).map(Formulation::deadline).orElse(null),
                goals,
                ceilingChecks(plan),
                history);
    }

    /**
     * The plan's goals as it shows them: each goal of the Plan Indicativo with the office's decision,
     * its money and the observation of the last return ({@code onlyGoal}: the decisions of that goal only).
     */
    private List<PlanGoal> planGoals(UUID planId, List<IndicativeGoal> indicative, UUID onlyGoal) {
        Map<UUID, Map<String, Object>> decisions = new HashMap<>();
        jdbc.sql("""
                        select * from action_plan_goal
                        where plan_id = :plan and (cast(:goal as uuid) is null or goal_id = cast(:goal as uuid))""")
                .param("plan", planId)
                .param("goal", onlyGoal)
                .query()
                .listOfRows()
                .forEach(r -> decisions.put((UUID) r.get("goal_id"), r));
        Map<UUID, List<BudgetLine>> budgets = new HashMap<>();
        jdbc.sql("""
                        select goal_id, project_bpin, source_code, amount from action_plan_budget
                        where plan_id = :plan and (cast(:goal as uuid) is null or goal_id = cast(:goal as uuid))
                        order by id""").param("plan", planId).param("goal", onlyGoal).query(rs -> {
            budgets.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                    .add(new BudgetLine(rs.getString(2), rs.getString(3), rs.getBigDecimal(4)));
        });
        Map<UUID, String> lastObservations = new HashMap<>();
        jdbc.sql("""
                        select o.goal_id, o.observation from action_plan_observation o
                        where o.event_id = (select max(e.id) from action_plan_event e
                                            where e.plan_id = :plan and e.to_state = 'DEVUELTO')
                          and (cast(:goal as uuid) is null or o.goal_id = cast(:goal as uuid))""").param("plan", planId).param("goal", onlyGoal).query(rs -> {
            lastObservations.put(rs.getObject(1, UUID.class), rs.getString(2));
        });
        List<PlanGoal> goals = new ArrayList<>();
        for (IndicativeGoal g : indicative) {
            Map<String, Object> d = decisions.get(g.id());
            goals.add(new PlanGoal(
                    g.id(),
                    g.code(),
                    g.name(),
                    g.programCode(),
                    g.programName(),
                    g.programmingType(),
                    g.target(),
                    g.cost(),
                    d == null ? null : (Boolean) d.get("programmed"),
                    d == null ? null : strip((BigDecimal) d.get("target")),
                    d == null || !(Boolean) d.get("programmed") ? List.of() : quarters(d),
                    budgets.getOrDefault(g.id(), List.of()),
                    d == null ? null : (String) d.get("not_programmed_reason"),
                    lastObservations.get(g.id()),
                    d == null || !(Boolean) d.get("programmed")
                            ? null
                            : consistencyWarning(g, (BigDecimal) d.get("target"), quarters(d))));
        }
        return goals;
    }

    private static List<BigDecimal> quarters(Map<String, Object> decision) {
        return List.of(
                strip((BigDecimal) decision.get("q1")),
                strip((BigDecimal) decision.get("q2")),
                strip((BigDecimal) decision.get("q3")),
                strip((BigDecimal) decision.get("q4")));
    }

    /** Money a person is writing for a goal, not yet saved: a funding source and an amount. */
    public record ProposedMoney(String source, BigDecimal amount) {
        public ProposedMoney {
            if (amount != null && amount.signum() < 0) {
                throw new IllegalArgumentException("El valor no puede ser negativo");
            }
        }
    }

    /**
     * The ceiling check of the plan as it would be if the goal's money were {@code proposed} (the other
     * goals as saved), without saving anything: what the office's page shows while the amounts are typed.
     * Only for who may edit the plan now; the submission is still checked by the server.
     */
    @Transactional(readOnly = true)
    public List<CeilingCheck> ceilingPreview(CurrentUser user, UUID planId, UUID goalId, List<ProposedMoney> proposed) {
        ActionPlan plan = load(user, planId);
        plan.requireEditableBy(user);
        if (officeGoals(plan.organizationId(), plan.officeId(), plan.year()).stream()
                .noneMatch(g -> g.id().equals(goalId))) {
            throw goalOutsidePlan(plan.organizationId(), plan, goalId);
        }
        return ceilingChecks(plan, goalId, proposed);
    }

    private List<CeilingCheck> ceilingChecks(ActionPlan plan) {
        return ceilingChecks(plan, null, List.of());
    }

    /**
     * Money per program and source of the plan against the office's ceilings for the year; with a goal,
     * that goal's saved money is replaced by {@code proposed}.
     */
    private List<CeilingCheck> ceilingChecks(ActionPlan plan, UUID goalId, List<ProposedMoney> proposed) {
        List<ProposedMoney> lines = proposed.stream()
                .filter(m -> m.source() != null && m.amount() != null)
                .toList();
        return jdbc.sql("""
                        with budget as (
                            select b.goal_id, b.source_code, b.amount from action_plan_budget b
                            where b.plan_id = :plan and b.goal_id is distinct from cast(:goal as uuid)
                            union all
                            select cast(:goal as uuid), r.s, r.a::numeric
                            from unnest(cast(:s as text[]), cast(:a as text[])) as r(s, a)),
                        programmed as (
                            select g.program_code, b.source_code, sum(b.amount) as amount
                            from budget b
                            join planning_goal_year g on g.goal_id = b.goal_id and g.year = :year
                            group by g.program_code, b.source_code),
                        ceiling as (
                            select program_code, source_code, amount from budget_ceiling
                            where organization_id = :org and year = :year and office_id = :office)
                        select coalesce(p.program_code, c.program_code) as program_code,
                               coalesce(p.source_code, c.source_code) as source_code,
                               coalesce(c.amount, 0) as ceiling, coalesce(p.amount, 0) as programmed,
                               (select min(g.program_name) from planning_goal_year g
                                 where g.organization_id = :org and g.year = :year
                                   and g.program_code = coalesce(p.program_code, c.program_code)) as program_name,
                               s.name as source_name, s.position
                        from programmed p
                        full join ceiling c on c.program_code = p.program_code and c.source_code = p.source_code
                        join planning_funding_source s on s.code = coalesce(p.source_code, c.source_code)
                        order by 1, s.position""")
                .param("plan", plan.id())
                .param("org", plan.organizationId())
                .param("office", plan.officeId())
                .param("year", plan.year())
                .param("goal", goalId)
                .param("s", lines.stream().map(ProposedMoney::source).toArray(String[]::new))
                .param("a", lines.stream().map(m -> m.amount().toPlainString()).toArray(String[]::new))
                .query((rs, n) -> new CeilingCheck(
                        rs.getString("program_code"),
                        rs.getString("program_name"),
                        rs.getString("source_code"),
                        rs.getString("source_name"),
                        rs.getBigDecimal("ceiling"),
                        rs.getBigDecimal("programmed")))
                .list();
    }

    private List<PlanEvent> history(UUID planId) {
        Map<Long, Map<UUID, String>> perGoal = new HashMap<>();
        jdbc.sql("""
                        select o.event_id, o.goal_id, o.observation from action_plan_observation o
                        join action_plan_event e on e.id = o.event_id where e.plan_id = ?""").param(planId).query(rs -> {
            perGoal.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                    .put(rs.getObject(2, UUID.class), rs.getString(3));
        });
        return jdbc.sql("""
                        select id, round, from_state, to_state, actor, observations, at, deadline, late
                        from action_plan_event where plan_id = ? order by id""")
                .param(planId)
                .query((rs, n) -> new PlanEvent(
                        rs.getInt("round"),
                        rs.getString("from_state") == null ? null : ActionPlanState.valueOf(rs.getString("from_state")),
                        ActionPlanState.valueOf(rs.getString("to_state")),
                        rs.getString("actor"),
                        rs.getString("observations"),
                        Map.copyOf(perGoal.getOrDefault(rs.getLong("id"), Map.of())),
                        rs.getTimestamp("at").toInstant(),
                        rs.getDate("deadline") == null
                                ? null
                                : rs.getDate("deadline").toLocalDate(),
                        rs.getBoolean("late")))
                .list();
    }

    private void checkBudget(IndicativeGoal goal, List<BudgetLine> budget) {
        Set<String> known = new HashSet<>(jdbc.sql("select code from planning_funding_source")
                .query(String.class)
                .list());
        Set<String> seen = new HashSet<>();
        for (BudgetLine line : budget) {
            if (!known.contains(line.source())) {
                throw new BusinessRuleException("La fuente de financiación «" + line.source() + "» no existe.");
            }
            if (!seen.add(line.projectBpin() + "/" + line.source())) {
                throw new BusinessRuleException("El proyecto " + line.projectBpin() + " con la fuente «" + line.source()
                        + "» está repetido en la meta " + goal.code() + ": súmelos en una línea.");
            }
        }
    }

    private RuntimeException goalOutsidePlan(UUID org, ActionPlan plan, UUID goalId) {
        boolean ofOrganization = jdbc.sql(
                        "select exists (select from planning_goal_year where organization_id = ? and goal_id = ?)")
                .params(org, goalId)
                .query(Boolean.class)
                .single();
        if (!ofOrganization) {
            return new NotFoundException("La meta no existe");
        }
        return new BusinessRuleException("La meta no es de esta dependencia en el Plan Indicativo " + plan.year()
                + " (o no tiene meta ni costo ese año): no puede ir en este plan de acción.");
    }

    record IndicativeGoal(
            UUID id,
            String code,
            String name,
            String programCode,
            String programName,
            String programmingType,
            BigDecimal target,
            BigDecimal cost) {}

    List<IndicativeGoal> officeGoals(UUID org, UUID officeId, int year) {
        return jdbc.sql(OFFICE_GOALS + " order by program_code, sispt_code")
                .param("org", org)
                .param("office", officeId)
                .param("year", year)
                .query((rs, n) -> new IndicativeGoal(
                        rs.getObject("goal_id", UUID.class),
                        rs.getString("sispt_code"),
                        rs.getString("name"),
                        rs.getString("program_code"),
                        rs.getString("program_name"),
                        rs.getString("programming_type"),
                        strip(rs.getBigDecimal("target")),
                        rs.getBigDecimal("cost")))
                .list();
    }

    /** The plan if the person may see it; 404 otherwise (another organization or another office). */
    ActionPlan load(CurrentUser user, UUID planId) {
        UUID org = user.requireOrganization();
        return jdbc.sql("select " + PLAN_COLUMNS + " from action_plan where id = ? and organization_id = ?")
                .params(planId, org)
                .query(ActionPlans::plan)
                .optional()
                .filter(p -> user.canSeeOffice(p.officeId()))
                .orElseThrow(() -> new NotFoundException("El plan de acción no existe"));
    }

    private void save(ActionPlan plan, Integer expectedVersion) {
        int expected = expectedVersion == null ? plan.version() : expectedVersion;
        int updated = jdbc.sql("""
                        update action_plan set state = ?, round = ?, approved_on = ?, minutes_reference = ?,
                            version = version + 1
                        where id = ? and version = ?""")
                .params(
                        plan.state().name(),
                        plan.round(),
                        plan.approvedOn() == null ? null : Date.valueOf(plan.approvedOn()),
                        plan.minutesReference(),
                        plan.id(),
                        expected)
                .update();
        if (updated == 0) {
            throw new StaleVersionException(
                    "Otra persona cambió este plan de acción mientras usted lo veía; vuelva a cargarlo.");
        }
    }

    private long event(
            UUID org,
            UUID planId,
            int round,
            ActionPlanState from,
            ActionPlanState to,
            CurrentUser user,
            String observations) {
        return jdbc.sql("""
                        insert into action_plan_event (plan_id, organization_id, round, from_state, to_state, actor,
                                                       observations)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(planId, org, round, from == null ? null : from.name(), to.name(), user.username(), observations)
                .query(Long.class)
                .single();
    }

    private Map<UUID, String> officeNames(UUID org) {
        return organizations.offices(org).stream().collect(Collectors.toMap(Office::id, Office::name));
    }

    /** The first submission of each plan: when (Bogotá's date), against which deadline, and if late. */
    private static final String FIRST_SUBMISSIONS = """
            select distinct on (e.plan_id) e.plan_id, (e.at at time zone 'America/Bogota')::date as on_day,
                   e.deadline, e.late
            from action_plan_event e join action_plan p on p.id = e.plan_id
            where e.to_state = 'ENVIADO' and e.round = 1""";

    private record Submission(LocalDate on, LocalDate deadline, boolean late) {}

    private static Submission submission(ResultSet rs) throws SQLException {
        Date deadline = rs.getDate("deadline");
        return new Submission(
                rs.getDate("on_day").toLocalDate(),
                deadline == null ? null : deadline.toLocalDate(),
                rs.getBoolean("late"));
    }

    private ActionPlanSummary summary(ActionPlan plan) {
        Submission first = jdbc.sql(FIRST_SUBMISSIONS + " and p.id = ? order by e.plan_id, e.id")
                .param(plan.id())
                .query((rs, n) -> submission(rs))
                .optional()
                .orElse(null);
        return summary(plan, officeNames(plan.organizationId()), first);
    }

    private static ActionPlanSummary summary(ActionPlan p, Map<UUID, String> offices, Submission first) {
        return new ActionPlanSummary(
                p.id(),
                p.officeId(),
                offices.getOrDefault(p.officeId(), "—"),
                p.year(),
                p.state(),
                p.round(),
                p.approvedOn(),
                p.minutesReference(),
                p.version(),
                first == null ? null : first.on(),
                first == null ? null : first.deadline(),
                first != null && first.late());
    }

    private static ActionPlan plan(ResultSet rs, int n) throws SQLException {
        Date approved = rs.getDate("approved_on");
        return new ActionPlan(
                rs.getObject("id", UUID.class),
                rs.getObject("organization_id", UUID.class),
                rs.getObject("office_id", UUID.class),
                rs.getInt("year"),
                ActionPlanState.valueOf(rs.getString("state")),
                rs.getInt("round"),
                approved == null ? null : approved.toLocalDate(),
                rs.getString("minutes_reference"),
                rs.getInt("version"));
    }

    private static BigDecimal quarter(GoalDecision d, int i) {
        return d.programmed() ? d.quarters().get(i) : null;
    }

    record Checked(IndicativeGoal goal, BigDecimal target) {}

    /**
     * The warning (in Spanish) a programmed goal shows when its quarters do not add up to, end at or
     * equal its year's target as its programming type requires (progress-rules §6); null when they agree.
     */
    static String consistencyWarning(IndicativeGoal goal, BigDecimal target, List<BigDecimal> quarters) {
        return YearViews.consistencyWarning(ProgrammingType.valueOf(goal.programmingType()), target, quarters)
                .map(w -> "La programación trimestral (" + goal.programmingType()
                        + ") no es coherente con la meta del año: " + w)
                .orElse(null);
    }

    /** A decision checked against the office's Plan Indicativo, the programming type and the sources. */
    Checked checked(ActionPlan plan, GoalDecision decision) {
        UUID org = plan.organizationId();
        IndicativeGoal goal = officeGoals(org, plan.officeId(), plan.year()).stream()
                .filter(g -> g.id().equals(decision.goalId()))
                .findFirst()
                .orElseThrow(() -> goalOutsidePlan(org, plan, decision.goalId()));
        BigDecimal target = null;
        if (decision.programmed()) {
            target = decision.target() != null ? decision.target() : goal.target();
            if (target == null) {
                throw new BusinessRuleException("La meta " + goal.code() + " no tiene meta en el Plan Indicativo para "
                        + plan.year() + ": indique la meta del año.");
            }
            // quarters that do not agree with the target are kept as given and shown with a warning
            // (consistencyWarning), never refused nor rescaled: progress-rules §6
            checkBudget(goal, decision.budget());
        }
        return new Checked(goal, target);
    }

    /** Writes a checked decision and its money, replacing the goal's earlier ones. */
    void write(ActionPlan plan, IndicativeGoal goal, GoalDecision decision, BigDecimal target) {
        UUID planId = plan.id();
        UUID org = plan.organizationId();
        jdbc.sql("""
                        insert into action_plan_goal (plan_id, goal_id, organization_id, programmed, target,
                                                      q1, q2, q3, q4, not_programmed_reason)
                        values (:plan, :goal, :org, :programmed, :target, :q1, :q2, :q3, :q4, :reason)
                        on conflict (plan_id, goal_id) do update set programmed = excluded.programmed,
                            target = excluded.target, q1 = excluded.q1, q2 = excluded.q2, q3 = excluded.q3,
                            q4 = excluded.q4, not_programmed_reason = excluded.not_programmed_reason,
                            updated_at = now(), version = action_plan_goal.version + 1""")
                .param("plan", planId)
                .param("goal", goal.id())
                .param("org", org)
                .param("programmed", decision.programmed())
                .param("target", target)
                .param("q1", quarter(decision, 0))
                .param("q2", quarter(decision, 1))
                .param("q3", quarter(decision, 2))
                .param("q4", quarter(decision, 3))
                .param("reason", decision.notProgrammedReason())
                .update();
        jdbc.sql("delete from action_plan_budget where plan_id = ? and goal_id = ?")
                .params(planId, goal.id())
                .update();
        for (BudgetLine line : decision.budget()) {
            jdbc.sql("""
                            insert into action_plan_budget (plan_id, goal_id, organization_id, project_bpin,
                                                            source_code, amount)
                            values (?, ?, ?, ?, ?, ?)""")
                    .params(planId, goal.id(), org, line.projectBpin(), line.source(), line.amount())
                    .update();
        }
    }

    /** Saves the plan's goals and money as version {@code number} (1 = as approved). */
    void saveVersion(ActionPlan plan, int number, String reason) {
        jdbc.sql("""
                        insert into action_plan_version (plan_id, organization_id, number, reason, snapshot)
                        select :plan, :org, :number, :reason, coalesce(jsonb_agg(jsonb_build_object(
                            'goalId', d.goal_id, 'programmed', d.programmed, 'target', d.target,
                            'quarters', case when d.programmed then jsonb_build_array(d.q1, d.q2, d.q3, d.q4) end,
                            'notProgrammedReason', d.not_programmed_reason,
                            'budget', (select coalesce(jsonb_agg(jsonb_build_object('projectBpin', b.project_bpin,
                                           'source', b.source_code, 'amount', b.amount) order by b.id), '[]'::jsonb)
                                       from action_plan_budget b where b.plan_id = d.plan_id and b.goal_id = d.goal_id))
                            order by d.goal_id), '[]'::jsonb)
                        from action_plan_goal d where d.plan_id = :plan""")
                .param("plan", plan.id())
                .param("org", plan.organizationId())
                .param("number", number)
                .param("reason", reason)
                .update();
    }

    /** The funding sources by code, in their catalogue order. */
    @Transactional(readOnly = true)
    public Map<String, String> sourceNames() {
        Map<String, String> names = new LinkedHashMap<>();
        jdbc.sql("select code, name from planning_funding_source order by position")
                .query(rs -> {
                    names.put(rs.getString(1), rs.getString(2));
                });
        return names;
    }

    static BigDecimal strip(BigDecimal value) {
        if (value == null) return null;
        BigDecimal s = value.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    static LocalDate today() {
        return LocalDate.now(Formats.BOGOTA);
    }
}
