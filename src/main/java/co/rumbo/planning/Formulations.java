package co.rumbo.planning;

import co.rumbo.identity.CurrentUser;
import co.rumbo.identity.Role;
import co.rumbo.identity.Users;
import co.rumbo.notification.Notifications;
import co.rumbo.organization.Office;
import co.rumbo.organization.Organizations;
import co.rumbo.platform.BusinessRuleException;
import co.rumbo.platform.ForbiddenException;
import co.rumbo.platform.NotFoundException;
import co.rumbo.platform.files.StoredFiles;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening a fiscal year for formulation (PE-P-002 task 1): the planning office sets the deadline and
 * attaches the official letter or circular. Opening again changes the deadline.
 */
@Service
public class Formulations {

    /** The letter is a PDF of at most 10 MB. */
    public static final int MAX_LETTER_BYTES = 10 * 1024 * 1024;

    private final JdbcClient jdbc;
    private final StoredFiles files;
    private final Organizations organizations;
    private final Users users;
    private final Notifications notifications;

    Formulations(
            JdbcClient jdbc, Organizations organizations, Users users, StoredFiles files, Notifications notifications) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.files = files;
        this.organizations = organizations;
        this.users = users;
    }

    @Transactional
    public Formulation open(CurrentUser user, int year, LocalDate deadline) {
        UUID org = user.requireOrganization();
        if (!user.has(Role.PLANEACION)) {
            throw new ForbiddenException("Solo planeación abre la formulación de los planes de acción");
        }
        if (deadline == null) {
            throw new IllegalArgumentException("Falta la fecha límite (deadline)");
        }
        if (year < 2000 || year > 2100) {
            throw new IllegalArgumentException("La vigencia " + year + " no es válida");
        }
        if (deadline.isBefore(ActionPlans.today())) {
            throw new BusinessRuleException("La fecha límite no puede estar en el pasado.");
        }
        if (deadline.getYear() > year) {
            throw new BusinessRuleException(
                    "La fecha límite debe ser anterior a que termine la vigencia " + year + ".");
        }
        Optional<Boolean> opened = jdbc.sql("""
                        insert into formulation (organization_id, year, deadline, opened_by) values (?, ?, ?, ?)
                        on conflict (organization_id, year) do update set deadline = excluded.deadline,
                            version = formulation.version + 1
                        where formulation.deadline <> excluded.deadline
                        returning (xmax = 0) as inserted""")
                .params(org, year, Date.valueOf(deadline), user.username())
                .query(Boolean.class)
                .optional();
        Formulation formulation = get(user, year);
        opened.ifPresent(first -> tellLeaders(org, formulation, first));
        return formulation;
    }

    /**
     * Records a formulation that already took place, before the organization used Rumbo: a year whose
     * plans were formulated and approved on paper (an organization that starts in the middle of its
     * four-year plan, the demo). {@link #open} refuses a deadline in the past, which is the only kind
     * such a year has; here the deadline must be in the past, and nobody is told (there is nothing left
     * to do). A year already opened or recorded is left as it is.
     */
    @Transactional
    public Formulation recordPast(CurrentUser user, int year, LocalDate deadline) {
        UUID org = user.requireOrganization();
        if (!user.has(Role.PLANEACION)) {
            throw new ForbiddenException("Solo planeación registra la formulación de los planes de acción");
        }
        if (deadline == null) {
            throw new IllegalArgumentException("Falta la fecha límite (deadline)");
        }
        if (year < 2000 || year > 2100) {
            throw new IllegalArgumentException("La vigencia " + year + " no es válida");
        }
        if (!deadline.isBefore(ActionPlans.today())) {
            throw new BusinessRuleException("Solo se registra una formulación cuya fecha límite ya pasó; para una"
                    + " fecha futura abra la formulación.");
        }
        if (deadline.getYear() > year) {
            throw new BusinessRuleException(
                    "La fecha límite debe ser anterior a que termine la vigencia " + year + ".");
        }
        jdbc.sql("""
                        insert into formulation (organization_id, year, deadline, opened_by, recorded_past)
                        values (?, ?, ?, ?, true)
                        on conflict (organization_id, year) do nothing""").params(org, year, Date.valueOf(deadline), user.username()).update();
        return get(user, year);
    }

    /** One mail per leader of each office with goals in the year, through the outbox (same transaction). */
    private void tellLeaders(UUID org, Formulation f, boolean first) {
        String deadline = f.deadline().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        for (Formulation.OfficeToPlan office : f.offices()) {
            String subject = first
                    ? "Plan de acción " + f.year() + ": se abrió la formulación"
                    : "Plan de acción " + f.year() + ": nueva fecha límite " + deadline;
            String body = "La oficina de planeación abrió la formulación del plan de acción " + f.year()
                    + " de " + office.officeName() + ".\n\nLa dependencia tiene " + office.goals()
                    + " meta(s) del Plan Indicativo para " + f.year()
                    + ". Construya el plan en Rumbo (Planes de acción) y envíelo a más tardar el " + deadline
                    + ".\n";
            for (String email : users.emailsOf(org, office.officeId(), Role.LIDER)) {
                notifications.enqueue(org, email, subject, body);
            }
        }
    }

    /** Attaches the official letter (a PDF) to an opened year. */
    @Transactional
    public void attachLetter(CurrentUser user, int year, String fileName, String contentType, byte[] content) {
        UUID org = user.requireOrganization();
        if (!user.has(Role.PLANEACION)) {
            throw new ForbiddenException("Solo planeación adjunta el oficio de la formulación");
        }
        find(org, year).orElseThrow(() -> new NotFoundException("La formulación " + year + " no está abierta"));
        requirePdf(content, "El oficio");
        String name = fileName == null || fileName.isBlank() ? "oficio-" + year + ".pdf" : fileName.strip();
        String sha = files.store(content, "application/pdf");
        jdbc.sql("""
                        update formulation set letter_sha256 = ?, letter_name = ?, version = version + 1
                        where organization_id = ? and year = ?""").params(sha, name, org, year).update();
    }

    /** A PDF of at most 10 MB, recognised by its signature (a name or a declared type proves nothing). */
    static void requirePdf(byte[] content, String what) {
        if (content == null || content.length == 0) {
            throw new BusinessRuleException(what + " está vacío.");
        }
        if (content.length > MAX_LETTER_BYTES) {
            throw new BusinessRuleException(what + " supera los 10 MB permitidos.");
        }
        boolean pdf = content.length >= 5
                && new String(Arrays.copyOf(content, 5), StandardCharsets.ISO_8859_1).equals("%PDF-");
        if (!pdf) {
            throw new BusinessRuleException(what + " debe ser un archivo PDF.");
        }
    }

    /** The letter's name and bytes. */
    @Transactional(readOnly = true)
    public Optional<Letter> letter(CurrentUser user, int year) {
        return jdbc.sql("""
                        select f.letter_name, p.content from formulation f
                        join stored_file p on p.sha256 = f.letter_sha256
                        where f.organization_id = ? and f.year = ?""")
                .params(user.requireOrganization(), year)
                .query((rs, n) -> new Letter(rs.getString(1), rs.getBytes(2)))
                .optional();
    }

    public record Letter(String name, byte[] content) {}

    /** The opened year with the offices the person may see that have goals in it. */
    @Transactional(readOnly = true)
    public Formulation get(CurrentUser user, int year) {
        UUID org = user.requireOrganization();
        Formulation f =
                find(org, year).orElseThrow(() -> new NotFoundException("La formulación " + year + " no está abierta"));
        Map<UUID, String> names =
                organizations.offices(org).stream().collect(Collectors.toMap(Office::id, Office::name));
        List<Formulation.OfficeToPlan> offices = jdbc
                .sql("""
                        select g.office_id, count(*) as goals, p.id as plan_id, p.state
                        from planning_goal_year g
                        left join action_plan p on p.organization_id = g.organization_id
                             and p.office_id = g.office_id and p.year = g.year
                        where g.organization_id = ? and g.year = ? and g.office_id is not null
                          and (coalesce(g.target, 0) > 0 or g.cost > 0)
                        group by g.office_id, p.id, p.state""")
                .params(org, year)
                .query((rs, n) -> new Formulation.OfficeToPlan(
                        rs.getObject("office_id", UUID.class),
                        names.getOrDefault(rs.getObject("office_id", UUID.class), "—"),
                        rs.getInt("goals"),
                        rs.getObject("plan_id", UUID.class),
                        rs.getString("state") == null ? null : ActionPlanState.valueOf(rs.getString("state"))))
                .list()
                .stream()
                .filter(o -> user.canSeeOffice(o.officeId()))
                .sorted((a, b) -> a.officeName().compareToIgnoreCase(b.officeName()))
                .toList();
        return f.withOffices(offices);
    }

    Optional<Formulation> find(UUID org, int year) {
        return jdbc.sql("""
                        select year, deadline, letter_name, opened_by, opened_at from formulation
                        where organization_id = ? and year = ?""")
                .params(org, year)
                .query((rs, n) -> new Formulation(
                        rs.getInt(1),
                        rs.getDate(2).toLocalDate(),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant(),
                        List.of()))
                .optional();
    }
}
