package co.rumbo.meetings;

import co.rumbo.identity.CurrentUser;
import co.rumbo.identity.UserView;
import co.rumbo.identity.Users;
import co.rumbo.platform.BusinessRuleException;
import co.rumbo.platform.ForbiddenException;
import co.rumbo.platform.NotFoundException;
import co.rumbo.platform.StaleVersionException;
import co.rumbo.platform.web.Formats;
import co.rumbo.structure.Plans;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The commitments agreed in bilateral meetings (PE-P-004 step 8) and their follow-up: {@code PENDIENTE}
 * until the planning office, the office's leader or the person responsible records it {@code CUMPLIDO}
 * with a note of what was delivered; a pending commitment past its due date reads {@code VENCIDO}. The
 * planning office may reopen a commitment it finds not done, with a reason.
 *
 * <p>Every read takes the day ({@code today}, in Bogotá) the states are computed for.
 */
@Service
public class Commitments {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s,;<>]+@[^@\\s,;<>]+$");

    private final JdbcClient jdbc;
    private final MeetingAccess access;
    private final Users users;
    private final Plans plans;

    Commitments(JdbcClient jdbc, MeetingAccess access, Users users, Plans plans) {
        this.jdbc = jdbc;
        this.access = access;
        this.users = users;
        this.plans = plans;
    }

    /** Records a commitment of a meeting that is not cancelled (the planning office). */
    @Transactional
    public Commitment add(CurrentUser user, UUID meetingId, CommitmentCommand command) {
        UUID org = MeetingAccess.requirePlanner(user, "registra los compromisos");
        MeetingRef meeting = meeting(user, meetingId);
        if (meeting.state() == MeetingState.CANCELADA) {
            throw new BusinessRuleException("La reunión está cancelada; no tiene compromisos.");
        }
        if (command.description() == null || command.description().isEmpty()) {
            throw new BusinessRuleException("Describa el compromiso.");
        }
        Meetings.limit(command.description(), "La descripción");
        String name = command.responsibleName();
        String email = command.responsibleEmail();
        if (command.responsibleUserId() != null) {
            UserView person;
            try {
                person = users.get(org, command.responsibleUserId());
            } catch (NotFoundException e) {
                throw new BusinessRuleException("El usuario responsable no existe en la entidad.");
            }
            if (name == null) name = person.fullName();
            if (email == null) email = person.email();
        }
        if (name == null) {
            throw new BusinessRuleException("Indique el responsable del compromiso (un usuario o un nombre).");
        }
        Meetings.limit(name, "El responsable");
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new BusinessRuleException("El correo del responsable no es válido: " + email);
        }
        if (command.dueDate() == null) {
            throw new BusinessRuleException("Indique la fecha límite del compromiso.");
        }
        if (command.dueDate().isBefore(meeting.date())) {
            throw new BusinessRuleException("La fecha límite no puede ser anterior a la reunión ("
                    + meeting.date().format(Meetings.DATE) + ").");
        }
        if (command.dueDate().getYear() > 2100) {
            throw new BusinessRuleException("La fecha límite no es válida.");
        }
        String goalLabel = command.goalId() == null ? null : Meetings.goalLabel(plans, org, command.goalId());
        UUID id = jdbc.sql("""
                        insert into meeting_commitment (meeting_id, organization_id, office_id, description,
                            responsible_name, responsible_email, responsible_user_id, due_date, goal_id, goal_label,
                            created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        meetingId,
                        org,
                        meeting.officeId(),
                        command.description(),
                        name,
                        email,
                        command.responsibleUserId(),
                        command.dueDate(),
                        command.goalId(),
                        goalLabel,
                        user.username())
                .query(UUID.class)
                .single();
        return get(user, id, MeetingAccess.today());
    }

    /** A commitment the person may see (404 otherwise), with its state on {@code today}. */
    @Transactional(readOnly = true)
    public Commitment get(CurrentUser user, UUID id, LocalDate today) {
        UUID org = user.requireOrganization();
        Commitment c = jdbc.sql(SELECT + " where c.organization_id = :org and c.id = :id")
                .param("org", org)
                .param("id", id)
                .query((rs, n) -> commitment(rs, access.officeNames(org), today))
                .optional()
                .orElseThrow(() -> new NotFoundException("El compromiso no existe"));
        if (!user.canSeeOffice(c.officeId())) {
            throw new NotFoundException("El compromiso no existe");
        }
        return c;
    }

    /**
     * Records a pending (or overdue) commitment as done on {@code doneOn} (today when {@code null}),
     * with a note of what was delivered. The planning office, the leader of the commitment's office or
     * the person responsible may do it.
     *
     * @param expectedVersion the version read, or {@code null} not to check
     */
    @Transactional
    public Commitment markDone(CurrentUser user, UUID id, LocalDate doneOn, String note, Integer expectedVersion) {
        LocalDate today = MeetingAccess.today();
        Commitment c = get(user, id, today);
        if (!MeetingAccess.canMarkDone(user, c.officeId(), c.responsibleUserId())) {
            throw new ForbiddenException(
                    "Solo planeación, el líder de la dependencia o el responsable registran el cumplimiento");
        }
        if (c.state() == CommitmentState.CUMPLIDO) {
            throw new BusinessRuleException("El compromiso ya está cumplido.");
        }
        String text = note == null ? "" : note.strip();
        if (text.isEmpty()) {
            throw new BusinessRuleException("Escriba qué se entregó o hizo para cumplir el compromiso.");
        }
        Meetings.limit(text, "La nota");
        LocalDate on = doneOn == null ? today : doneOn;
        if (on.isAfter(today)) {
            throw new BusinessRuleException("La fecha de cumplimiento no puede ser futura.");
        }
        if (on.isBefore(c.meetingStartsAt().toLocalDate())) {
            throw new BusinessRuleException("La fecha de cumplimiento no puede ser anterior a la reunión.");
        }
        int changed = jdbc.sql("""
                        update meeting_commitment set state = 'CUMPLIDO', done_on = ?, done_note = ?, done_by = ?,
                            done_at = now(), version = version + 1
                        where organization_id = ? and id = ? and state = 'PENDIENTE'
                          and (cast(? as integer) is null or version = ?)""")
                .params(on, text, user.username(), user.requireOrganization(), id, expectedVersion, expectedVersion)
                .update();
        if (changed == 0) {
            throw new StaleVersionException(
                    "Otra persona cambió este compromiso mientras usted lo veía; se muestra la versión nueva");
        }
        return get(user, id, today);
    }

    /** The planning office finds a commitment recorded as done not done after all: pending again, with why. */
    @Transactional
    public Commitment reopen(CurrentUser user, UUID id, String reason) {
        UUID org = MeetingAccess.requirePlanner(user, "reabre compromisos");
        Commitment c = get(user, id, MeetingAccess.today());
        if (c.state() != CommitmentState.CUMPLIDO) {
            throw new BusinessRuleException("Solo se reabre un compromiso cumplido.");
        }
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw new BusinessRuleException("Escriba por qué se reabre el compromiso.");
        }
        jdbc.sql("""
                        update meeting_commitment set state = 'PENDIENTE', done_on = null, done_note = null,
                            done_by = null, done_at = null, reopened_reason = ?, reopened_by = ?, reopened_at = now(),
                            version = version + 1
                        where organization_id = ? and id = ?""")
                .params(Meetings.limit(text, "El motivo"), user.username(), org, id)
                .update();
        return get(user, id, MeetingAccess.today());
    }

    /** Removes a commitment recorded by mistake (the planning office; not once it is done). */
    @Transactional
    public void delete(CurrentUser user, UUID id) {
        UUID org = MeetingAccess.requirePlanner(user, "quita compromisos");
        Commitment c = get(user, id, MeetingAccess.today());
        if (c.state() == CommitmentState.CUMPLIDO) {
            throw new BusinessRuleException("Un compromiso cumplido no se quita; reábralo primero si es un error.");
        }
        jdbc.sql("delete from meeting_commitment where organization_id = ? and id = ?")
                .params(org, id)
                .update();
    }

    /**
     * The commitments the person may see, optionally of one office and in one state on {@code today},
     * the ones due first.
     */
    @Transactional(readOnly = true)
    public List<Commitment> list(CurrentUser user, UUID officeId, CommitmentState state, LocalDate today) {
        UUID org = user.requireOrganization();
        StringBuilder where = new StringBuilder(" where c.organization_id = :org");
        if (officeId != null) where.append(" and c.office_id = :office");
        if (state == CommitmentState.CUMPLIDO) where.append(" and c.state = 'CUMPLIDO'");
        if (state == CommitmentState.PENDIENTE) where.append(" and c.state = 'PENDIENTE' and c.due_date >= :today");
        if (state == CommitmentState.VENCIDO) where.append(" and c.state = 'PENDIENTE' and c.due_date < :today");
        if (!user.seesAllOffices()) where.append(" and c.office_id = any(:offices)");
        var statement = jdbc.sql(SELECT + where + " order by c.state desc, c.due_date, m.starts_at, c.created_at")
                .param("org", org);
        if (officeId != null) statement.param("office", officeId);
        if (state == CommitmentState.PENDIENTE || state == CommitmentState.VENCIDO) statement.param("today", today);
        if (!user.seesAllOffices()) statement.param("offices", user.officeIds().toArray(UUID[]::new));
        Map<UUID, String> names = access.officeNames(org);
        return statement.query((rs, n) -> commitment(rs, names, today)).list();
    }

    /**
     * The overdue commitments the person may see on {@code today}, the longest overdue first: for the
     * tablero's alert and the planning office's follow-up.
     */
    @Transactional(readOnly = true)
    public List<Commitment> overdue(CurrentUser user, LocalDate today) {
        return list(user, null, CommitmentState.VENCIDO, today);
    }

    /** The commitments of one meeting (the caller checked the person may see it). */
    List<Commitment> ofMeeting(UUID org, UUID meetingId, LocalDate today) {
        Map<UUID, String> names = access.officeNames(org);
        return jdbc.sql(SELECT + " where c.organization_id = :org and c.meeting_id = :meeting"
                        + " order by c.due_date, c.created_at")
                .param("org", org)
                .param("meeting", meetingId)
                .query((rs, n) -> commitment(rs, names, today))
                .list();
    }

    private record MeetingRef(UUID officeId, LocalDate date, MeetingState state) {}

    private MeetingRef meeting(CurrentUser user, UUID meetingId) {
        MeetingRef ref = jdbc.sql(
                        "select office_id, starts_at, state from meeting where organization_id = ? and id = ?")
                .params(user.requireOrganization(), meetingId)
                .query((rs, n) -> new MeetingRef(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, OffsetDateTime.class)
                                .atZoneSameInstant(Formats.BOGOTA)
                                .toLocalDate(),
                        MeetingState.valueOf(rs.getString(3))))
                .optional()
                .orElseThrow(() -> new NotFoundException("La reunión no existe"));
        if (!user.canSeeOffice(ref.officeId())) {
            throw new NotFoundException("La reunión no existe");
        }
        return ref;
    }

    static final String SELECT = """
            select c.*, m.starts_at as meeting_starts_at
            from meeting_commitment c join meeting m on m.id = c.meeting_id""";

    static Commitment commitment(ResultSet rs, Map<UUID, String> officeNames, LocalDate today) throws SQLException {
        UUID office = rs.getObject("office_id", UUID.class);
        LocalDate due = rs.getObject("due_date", LocalDate.class);
        boolean done = "CUMPLIDO".equals(rs.getString("state"));
        boolean overdue = !done && due.isBefore(today);
        return new Commitment(
                rs.getObject("id", UUID.class),
                rs.getObject("meeting_id", UUID.class),
                rs.getObject("meeting_starts_at", OffsetDateTime.class)
                        .atZoneSameInstant(Formats.BOGOTA)
                        .toLocalDateTime(),
                office,
                officeNames.getOrDefault(office, "—"),
                rs.getString("description"),
                rs.getString("responsible_name"),
                rs.getString("responsible_email"),
                rs.getObject("responsible_user_id", UUID.class),
                due,
                rs.getObject("goal_id", UUID.class),
                rs.getString("goal_label"),
                done ? CommitmentState.CUMPLIDO : overdue ? CommitmentState.VENCIDO : CommitmentState.PENDIENTE,
                rs.getObject("done_on", LocalDate.class),
                rs.getString("done_note"),
                rs.getString("done_by"),
                Meetings.instant(rs.getTimestamp("done_at")),
                rs.getString("reopened_reason"),
                rs.getInt("version"),
                overdue ? ChronoUnit.DAYS.between(due, today) : 0);
    }
}
