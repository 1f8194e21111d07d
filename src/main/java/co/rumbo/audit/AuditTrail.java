package co.rumbo.audit;

import co.rumbo.platform.PageResult;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads an organization's audit trail. Writing is the database's job, never the application's. */
@Service
@Transactional(readOnly = true)
public class AuditTrail {

    private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
    private static final String WHERE = """
            from audit_log a where a.organization_id = :org
              and (cast(:actor as text) is null or lower(a.actor) = lower(cast(:actor as text)))
              and (cast(:table as text) is null or a.table_name = cast(:table as text))
              and (cast(:from as timestamptz) is null or a.at >= cast(:from as timestamptz))
              and (cast(:to as timestamptz) is null or a.at < cast(:to as timestamptz))
              and (cast(:record as text) is null or a.row_id = cast(:record as text)
                   or a.after ->> 'goal_id' = cast(:record as text) or a.before ->> 'goal_id' = cast(:record as text))
            """;

    private final JdbcClient jdbc;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public PageResult<AuditEntry> search(UUID organizationId, AuditFilter filter, int page, int size) {
        long total = bind(jdbc.sql("select count(*) " + WHERE), organizationId, filter)
                .query(Long.class)
                .single();
        List<AuditEntry> items = bind(
                        jdbc.sql(
                                "select a.id, a.table_name, a.row_id, a.operation, a.before::text, a.after::text, a.actor, a.at "
                                        + WHERE + " order by a.at desc, a.id desc limit :limit offset :offset"),
                        organizationId,
                        filter)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query((rs, n) -> new AuditEntry(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getTimestamp(8).toInstant()))
                .list();
        return new PageResult<>(items, page, size, total);
    }

    /** The tables that appear in the organization's trail, for the filter. */
    public List<String> tables(UUID organizationId) {
        return jdbc.sql("select distinct table_name from audit_log where organization_id = ? order by 1")
                .param(organizationId)
                .query(String.class)
                .list();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, UUID org, AuditFilter f) {
        return spec.param("org", org)
                .param("actor", f.actor())
                .param("table", f.table())
                .param("from", f.from() == null ? null : Timestamp.from(start(f.from())))
                .param("to", f.to() == null ? null : Timestamp.from(start(f.to().plusDays(1))))
                .param("record", f.record());
    }

    private static java.time.Instant start(LocalDate day) {
        return day.atStartOfDay(BOGOTA).toInstant();
    }
}
