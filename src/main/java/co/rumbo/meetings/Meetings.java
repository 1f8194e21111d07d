package co.rumbo.meetings;

import co.rumbo.calendar.Period;
import co.rumbo.identity.CurrentUser;
import co.rumbo.identity.UserView;
import co.rumbo.identity.Users;
import co.rumbo.platform.BusinessRuleException;
import co.rumbo.platform.NotFoundException;
import co.rumbo.platform.PageResult;
import co.rumbo.platform.StaleVersionException;
import co.rumbo.platform.files.StoredFiles;
import co.rumbo.platform.web.Formats;
import co.rumbo.structure.GoalDetail;
import co.rumbo.structure.GoalFilter;
import co.rumbo.structure.Plans;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bilateral meetings (PE-P-004 step 7): the planning office schedules a meeting with an office, records
 * who attended and attaches the minutes (which marks it held), or cancels it with a reason. Everyone who
 * sees the office reads its meetings; another organization's or office's meeting does not exist for them
 * (404). The commitments are {@link Commitments}'.
 */
@Service
public class Meetings {

    static final int MAX_TEXT = 4000;
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final JdbcClient jdbc;
    private final MeetingAccess access;
    private final Commitments commitments;
    private final StoredFiles files;
    private final Users users;
    private final Plans plans;
    private final long maxMinutesBytes;

    Meetings(
            JdbcClient jdbc,
            MeetingAccess access,
            Commitments commitments,
            StoredFiles files,
            Users users,
            Plans plans,
            @Value("${rumbo.upload.max-bytes:10485760}") long maxMinutesBytes) {
        this.jdbc = jdbc;
        this.access = access;
        this.commitments = commitments;
        this.files = files;
        this.users = users;
        this.plans = plans;
        this.maxMinutesBytes = maxMinutesBytes;
    }

    /** The largest minutes file accepted, in bytes ({@code rumbo.upload.max-bytes}). */
    public long maxMinutesBytes() {
        return maxMinutesBytes;
    }

    /** Schedules a meeting with the people expected to attend, all or nothing. */
    @Transactional
    public Meeting schedule(CurrentUser user, MeetingCommand command, List<AttendeeCommand> attendees) {
        Meeting meeting = schedule(user, command);
        for (AttendeeCommand attendee : attendees == null ? List.<AttendeeCommand>of() : attendees) {
            addAttendee(user, meeting.id(), attendee);
        }
        return meeting;
    }

    /** The goals of the office in the organization's most recent plan, to choose alerts and commitments from. */
    @Transactional(readOnly = true)
    public List<MeetingDetail.AlertGoal> goalsOf(CurrentUser user, UUID officeId) {
        UUID org = user.requireOrganization();
        if (officeId == null || !user.canSeeOffice(officeId)) {
            return List.of();
        }
        return plans.plans(org).stream()
                .findFirst()
                .map(plan -> plans.goals(org, plan.id(), new GoalFilter(officeId, null, null, null, null)).stream()
                        .filter(g -> !g.eliminated())
                        .map(g -> new MeetingDetail.AlertGoal(g.id(), g.sisptCode() + " · " + g.name()))
                        .toList())
                .orElse(List.of());
    }

    @Transactional
    public Meeting schedule(CurrentUser user, MeetingCommand command) {
        UUID org = MeetingAccess.requirePlanner(user, "programa reuniones bilaterales");
        validate(org, null, command);
        UUID id = jdbc.sql("""
                        insert into meeting (organization_id, office_id, starts_at, place, report_period, alerts,
                                             follow_up_of, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        org,
                        command.officeId(),
                        zoned(command.startsAt()),
                        command.place(),
                        command.reportPeriod(),
                        command.alerts(),
                        command.followUpOf(),
                        user.username())
                .query(UUID.class)
                .single();
        replaceAlertGoals(org, id, command.alertGoalIds());
        return get(user, id);
    }

    @Transactional
    public Meeting update(CurrentUser user, UUID id, int expectedVersion, MeetingCommand command) {
        UUID org = MeetingAccess.requirePlanner(user, "cambia las reuniones bilaterales");
        Meeting before = get(user, id);
        if (before.state() == MeetingState.CANCELADA) {
            throw new BusinessRuleException("La reunión está cancelada; no se puede cambiar.");
        }
        if (!before.officeId().equals(command.officeId()) && before.commitments() > 0) {
            throw new BusinessRuleException("La reunión ya tiene compromisos de " + before.officeName()
                    + "; no se puede cambiar la dependencia.");
        }
        validate(org, id, command);
        int changed = jdbc.sql("""
                        update meeting set office_id = ?, starts_at = ?, place = ?, report_period = ?, alerts = ?,
                            follow_up_of = ?, version = version + 1
                        where organization_id = ? and id = ? and version = ?""")
                .params(
                        command.officeId(),
                        zoned(command.startsAt()),
                        command.place(),
                        command.reportPeriod(),
                        command.alerts(),
                        command.followUpOf(),
                        org,
                        id,
                        expectedVersion)
                .update();
        if (changed == 0) {
            throw new StaleVersionException(
                    "Otra persona cambió esta reunión mientras usted la editaba; se muestra la versión nueva");
        }
        replaceAlertGoals(org, id, command.alertGoalIds());
        return get(user, id);
    }

    /** Cancels a scheduled meeting that has no commitments, with a reason. */
    @Transactional
    public Meeting cancel(CurrentUser user, UUID id, String reason) {
        UUID org = MeetingAccess.requirePlanner(user, "cancela reuniones bilaterales");
        Meeting meeting = get(user, id);
        if (meeting.state() != MeetingState.PROGRAMADA) {
            throw new BusinessRuleException("Solo se cancela una reunión programada; esta está "
                    + meeting.state().label().toLowerCase() + ".");
        }
        if (meeting.commitments() > 0) {
            throw new BusinessRuleException("La reunión tiene compromisos; quítelos antes de cancelarla.");
        }
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw new BusinessRuleException("Escriba por qué se cancela la reunión.");
        }
        jdbc.sql("""
                        update meeting set state = 'CANCELADA', cancel_reason = ?, version = version + 1
                        where organization_id = ? and id = ?""").params(limit(text, "El motivo"), org, id).update();
        return get(user, id);
    }

    /** The meetings the person may see, newest first, optionally of one office and in one state. */
    @Transactional(readOnly = true)
    public PageResult<Meeting> list(CurrentUser user, UUID officeId, MeetingState state, int page, int size) {
        UUID org = user.requireOrganization();
        StringBuilder where = new StringBuilder(" where m.organization_id = :org");
        if (officeId != null) where.append(" and m.office_id = :office");
        if (state != null) where.append(" and m.state = :state");
        if (!user.seesAllOffices()) where.append(" and m.office_id = any(:offices)");
        var count = jdbc.sql("select count(*) from meeting m" + where);
        var select = jdbc.sql(SELECT + where + " order by m.starts_at desc, m.id limit :limit offset :offset");
        for (var statement : List.of(count, select)) {
            statement.param("org", org);
            if (officeId != null) statement.param("office", officeId);
            if (state != null) statement.param("state", state.name());
            if (!user.seesAllOffices())
                statement.param("offices", user.officeIds().toArray(UUID[]::new));
        }
        long total = count.query(Long.class).single();
        Map<UUID, String> names = access.officeNames(org);
        List<Meeting> items = select.param("today", MeetingAccess.today())
                .param("limit", size)
                .param("offset", (long) page * size)
                .query((rs, n) -> meeting(rs, names))
                .list();
        return new PageResult<>(items, page, size, total);
    }

    /** A meeting the person may see; 404 for another organization's or another office's. */
    @Transactional(readOnly = true)
    public Meeting get(CurrentUser user, UUID id) {
        UUID org = user.requireOrganization();
        Map<UUID, String> names = access.officeNames(org);
        Meeting meeting = jdbc.sql(SELECT + " where m.organization_id = :org and m.id = :id")
                .param("org", org)
                .param("id", id)
                .param("today", MeetingAccess.today())
                .query((rs, n) -> meeting(rs, names))
                .optional()
                .orElseThrow(() -> new NotFoundException("La reunión no existe"));
        if (!user.canSeeOffice(meeting.officeId())) {
            throw new NotFoundException("La reunión no existe");
        }
        return meeting;
    }

    /** A meeting with its goals, attendees and commitments, and those of the meeting it follows up. */
    @Transactional(readOnly = true)
    public MeetingDetail detail(CurrentUser user, UUID id, LocalDate today) {
        Meeting meeting = get(user, id);
        UUID org = user.requireOrganization();
        List<MeetingDetail.AlertGoal> goals = jdbc.sql("""
                        select goal_id, goal_label from meeting_goal where organization_id = ? and meeting_id = ?
                        order by goal_label""")
                .params(org, id)
                .query((rs, n) -> new MeetingDetail.AlertGoal(rs.getObject(1, UUID.class), rs.getString(2)))
                .list();
        List<Attendee> attendees = jdbc.sql("""
                        select id, name, role, user_id from meeting_attendee where organization_id = ? and meeting_id = ?
                        order by position, name""")
                .params(org, id)
                .query((rs, n) -> new Attendee(
                        rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getObject(4, UUID.class)))
                .list();
        List<Commitment> own = commitments.ofMeeting(org, id, today);
        List<Commitment> previous =
                meeting.followUpOf() == null ? List.of() : commitments.ofMeeting(org, meeting.followUpOf(), today);
        return new MeetingDetail(meeting, goals, attendees, own, previous);
    }

    @Transactional
    public Attendee addAttendee(CurrentUser user, UUID meetingId, AttendeeCommand command) {
        UUID org = MeetingAccess.requirePlanner(user, "registra los asistentes");
        Meeting meeting = get(user, meetingId);
        if (meeting.state() == MeetingState.CANCELADA) {
            throw new BusinessRuleException("La reunión está cancelada.");
        }
        String name = command.name();
        if (command.userId() != null) {
            UserView person = person(org, command.userId());
            if (name == null) name = person.fullName();
        }
        if (name == null) {
            throw new BusinessRuleException("Escriba el nombre del asistente o elija un usuario.");
        }
        String role = command.role() == null ? null : limit(command.role(), "El cargo");
        UUID id = jdbc.sql("""
                        insert into meeting_attendee (meeting_id, organization_id, name, role, user_id, position)
                        values (?, ?, ?, ?, ?, (select coalesce(max(position), 0) + 1 from meeting_attendee
                                               where meeting_id = ?))
                        returning id""")
                .params(meetingId, org, limit(name, "El nombre"), role, command.userId(), meetingId)
                .query(UUID.class)
                .single();
        return new Attendee(id, name, role, command.userId());
    }

    @Transactional
    public void removeAttendee(CurrentUser user, UUID meetingId, UUID attendeeId) {
        UUID org = MeetingAccess.requirePlanner(user, "registra los asistentes");
        get(user, meetingId);
        int removed = jdbc.sql("delete from meeting_attendee where organization_id = ? and meeting_id = ? and id = ?")
                .params(org, meetingId, attendeeId)
                .update();
        if (removed == 0) {
            throw new NotFoundException("El asistente no existe");
        }
    }

    /**
     * Attaches the minutes (a PDF or an office document within the size limit) to a meeting that has
     * taken place; the meeting is then held ({@code REALIZADA}). Attaching again replaces the file (the
     * audit trail keeps which one it was).
     */
    @Transactional
    public Meeting attachMinutes(CurrentUser user, UUID id, String fileName, byte[] content) {
        UUID org = MeetingAccess.requirePlanner(user, "adjunta el acta");
        Meeting meeting = get(user, id);
        if (meeting.state() == MeetingState.CANCELADA) {
            throw new BusinessRuleException("La reunión está cancelada; no tiene acta.");
        }
        if (meeting.startsAt().toLocalDate().isAfter(MeetingAccess.today())) {
            throw new BusinessRuleException("El acta se adjunta después de la reunión (programada para el "
                    + meeting.startsAt().toLocalDate().format(DATE) + ").");
        }
        MinutesRules.Checked checked = MinutesRules.check(fileName, content, maxMinutesBytes);
        String sha = files.store(content, checked.contentType());
        jdbc.sql("""
                        update meeting set minutes_sha256 = ?, minutes_name = ?, minutes_type = ?, minutes_size = ?,
                            minutes_at = now(), minutes_by = ?, state = 'REALIZADA', version = version + 1
                        where organization_id = ? and id = ?""")
                .params(sha, checked.name(), checked.contentType(), content.length, user.username(), org, id)
                .update();
        return get(user, id);
    }

    /** The minutes of a meeting the person may see. */
    @Transactional(readOnly = true)
    public MinutesFile minutes(CurrentUser user, UUID id) {
        get(user, id);
        return jdbc.sql("""
                        select m.minutes_name, m.minutes_type, f.content from meeting m
                        join stored_file f on f.sha256 = m.minutes_sha256
                        where m.organization_id = ? and m.id = ?""")
                .params(user.requireOrganization(), id)
                .query((rs, n) -> new MinutesFile(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional()
                .orElseThrow(() -> new NotFoundException("La reunión no tiene acta adjunta"));
    }

    private void validate(UUID org, UUID id, MeetingCommand command) {
        if (command.officeId() == null) {
            throw new BusinessRuleException("Elija la dependencia con la que es la reunión.");
        }
        try {
            access.office(org, command.officeId());
        } catch (NotFoundException e) {
            throw new BusinessRuleException("La dependencia no existe en la entidad.");
        }
        if (command.startsAt() == null) {
            throw new BusinessRuleException("Indique la fecha y la hora de la reunión.");
        }
        int year = command.startsAt().getYear();
        if (year < 2000 || year > 2100) {
            throw new BusinessRuleException("La fecha de la reunión no es válida.");
        }
        if (command.place() == null || command.place().isEmpty()) {
            throw new BusinessRuleException("Indique el lugar de la reunión (o el enlace si es virtual).");
        }
        limit(command.place(), "El lugar");
        if (command.alerts() != null) {
            limit(command.alerts(), "Las alertas");
        }
        if (command.reportPeriod() != null) {
            try {
                Period.parse(command.reportPeriod());
            } catch (IllegalArgumentException e) {
                throw new BusinessRuleException(e.getMessage());
            }
            if (command.reportPeriod().length() > 7) {
                throw new BusinessRuleException("El periodo del informe no es válido.");
            }
        }
        if (command.followUpOf() != null) {
            if (command.followUpOf().equals(id)) {
                throw new BusinessRuleException("Una reunión no puede ser el seguimiento de sí misma.");
            }
            UUID office = jdbc.sql("select office_id from meeting where organization_id = ? and id = ?")
                    .params(org, command.followUpOf())
                    .query(UUID.class)
                    .optional()
                    .orElseThrow(() -> new BusinessRuleException("La reunión a la que se hace seguimiento no existe."));
            if (!office.equals(command.officeId())) {
                throw new BusinessRuleException("La reunión a la que se hace seguimiento es con otra dependencia.");
            }
        }
        if (command.alertGoalIds().size() > 100) {
            throw new BusinessRuleException("Elija a lo sumo 100 metas con alertas.");
        }
    }

    private void replaceAlertGoals(UUID org, UUID meetingId, List<UUID> goalIds) {
        List<String[]> labels = new ArrayList<>();
        for (UUID goal : goalIds) {
            labels.add(new String[] {goal.toString(), goalLabel(plans, org, goal)});
        }
        jdbc.sql("delete from meeting_goal where organization_id = ? and meeting_id = ? and not (goal_id = any(?))")
                .params(org, meetingId, goalIds.toArray(UUID[]::new))
                .update();
        for (String[] g : labels) {
            jdbc.sql("""
                            insert into meeting_goal (meeting_id, organization_id, goal_id, goal_label) values (?, ?, ?, ?)
                            on conflict (meeting_id, goal_id) do nothing""").params(meetingId, org, UUID.fromString(g[0]), g[1]).update();
        }
    }

    /** "SisPT code · name" of a goal of the organization; refused when it is not one. */
    static String goalLabel(Plans plans, UUID org, UUID goalId) {
        try {
            GoalDetail goal = plans.goal(org, goalId);
            String label = goal.summary().sisptCode() + " · " + goal.summary().name();
            return label.length() > 300 ? label.substring(0, 299) + "…" : label;
        } catch (NotFoundException e) {
            throw new BusinessRuleException("La meta " + goalId + " no existe en el plan de la entidad.");
        }
    }

    private UserView person(UUID org, UUID userId) {
        try {
            return users.get(org, userId);
        } catch (NotFoundException e) {
            throw new BusinessRuleException("El usuario elegido no existe en la entidad.");
        }
    }

    static String limit(String text, String what) {
        if (text.length() > MAX_TEXT) {
            throw new BusinessRuleException(what + " supera los " + MAX_TEXT + " caracteres.");
        }
        return text;
    }

    private static OffsetDateTime zoned(LocalDateTime local) {
        return local.atZone(Formats.BOGOTA).toOffsetDateTime();
    }

    private static final String SELECT = """
            select m.*,
                   (select count(*) from meeting_commitment c where c.meeting_id = m.id) as commitments,
                   (select count(*) from meeting_commitment c where c.meeting_id = m.id and c.state = 'PENDIENTE')
                       as pending,
                   (select count(*) from meeting_commitment c where c.meeting_id = m.id and c.state = 'PENDIENTE'
                       and c.due_date < :today) as overdue
            from meeting m""";

    private static Meeting meeting(ResultSet rs, Map<UUID, String> officeNames) throws SQLException {
        UUID office = rs.getObject("office_id", UUID.class);
        Meeting.Minutes minutes = rs.getString("minutes_sha256") == null
                ? null
                : new Meeting.Minutes(
                        rs.getString("minutes_name"),
                        rs.getString("minutes_type"),
                        rs.getLong("minutes_size"),
                        instant(rs.getTimestamp("minutes_at")),
                        rs.getString("minutes_by"));
        return new Meeting(
                rs.getObject("id", UUID.class),
                office,
                officeNames.getOrDefault(office, "—"),
                rs.getObject("starts_at", OffsetDateTime.class)
                        .atZoneSameInstant(Formats.BOGOTA)
                        .toLocalDateTime(),
                rs.getString("place"),
                rs.getString("report_period"),
                rs.getString("alerts"),
                rs.getObject("follow_up_of", UUID.class),
                MeetingState.valueOf(rs.getString("state")),
                rs.getString("cancel_reason"),
                minutes,
                rs.getString("created_by"),
                instant(rs.getTimestamp("created_at")),
                rs.getInt("version"),
                rs.getInt("commitments"),
                rs.getInt("pending"),
                rs.getInt("overdue"));
    }

    static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
