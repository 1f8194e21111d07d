package co.rumbo.dashboard.report;

import co.rumbo.calendar.Period;
import co.rumbo.dashboard.Report;
import co.rumbo.dashboard.ReportDelivery;
import co.rumbo.dashboard.ReportKind;
import co.rumbo.platform.NotFoundException;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rows of generated reports ({@code dashboard_report}, migration V33) and of their sending. Every
 * query is bound to the organization. The database refuses to change what a version says (trigger):
 * only its validation and its sending are added, once each.
 */
@Component
public class ReportRecords {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COLUMNS = """
            r.id, r.kind, r.period, r.cut, r.number, r.plan_id, r.plan_name, r.summary::text as summary,
            r.pdf_sha256, r.pdf_size, r.xlsx_sha256, r.xlsx_size, r.generated_by, r.generated_at,
            r.validated_by, r.validated_at, r.sent_by, r.sent_at, r.version,
            not exists (select from dashboard_report n where n.organization_id = r.organization_id
                         and n.kind = r.kind and n.period = r.period and n.number > r.number) as latest""";

    private final JdbcClient jdbc;

    ReportRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Serializes the versions of one kind and period of an organization until the transaction ends, so
     * two generations never take the same number and a validation sees the latest version.
     */
    public void lock(UUID org, ReportKind kind, String period) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext(?))")
                .param("dashboard-report:" + org + ":" + kind + ":" + period)
                .query()
                .listOfRows();
    }

    public int lastNumber(UUID org, ReportKind kind, Period period) {
        return jdbc.sql("""
                        select coalesce(max(number), 0) from dashboard_report
                        where organization_id = ? and kind = ? and period = ?""")
                .params(org, kind.name(), period.toString())
                .query(Integer.class)
                .single();
    }

    /** What a new version is made of. */
    public record NewReport(
            ReportKind kind,
            Period period,
            int number,
            UUID planId,
            String planName,
            String cut,
            Report.Summary summary,
            List<OfficeDigest> digest,
            String pdfSha256,
            int pdfSize,
            String xlsxSha256,
            int xlsxSize,
            String generatedBy,
            Instant generatedAt) {}

    public UUID insert(UUID org, NewReport r) {
        return jdbc.sql("""
                        insert into dashboard_report (organization_id, kind, period, number, plan_id, plan_name, cut,
                            summary, office_digest, pdf_sha256, pdf_size, xlsx_sha256, xlsx_size, generated_by,
                            generated_at)
                        values (:org, :kind, :period, :number, :plan, :planName, :cut, cast(:summary as jsonb),
                                cast(:digest as jsonb), :pdf, :pdfSize, :xlsx, :xlsxSize, :by, :at)
                        returning id""")
                .param("org", org)
                .param("kind", r.kind().name())
                .param("period", r.period().toString())
                .param("number", r.number())
                .param("plan", r.planId())
                .param("planName", r.planName())
                .param("cut", r.cut())
                .param("summary", JSON.writeValueAsString(r.summary()))
                .param("digest", JSON.writeValueAsString(r.digest()))
                .param("pdf", r.pdfSha256())
                .param("pdfSize", r.pdfSize())
                .param("xlsx", r.xlsxSha256())
                .param("xlsxSize", r.xlsxSize())
                .param("by", r.generatedBy())
                .param("at", Timestamp.from(r.generatedAt()))
                .query(UUID.class)
                .single();
    }

    public Optional<Report> find(UUID org, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from dashboard_report r where r.organization_id = ? and r.id = ?")
                .params(org, id)
                .query(ReportRecords::report)
                .optional();
    }

    /** The report, its row locked until the transaction ends (validation, sending). */
    public Report getForUpdate(UUID org, UUID id) {
        jdbc.sql("select id from dashboard_report where organization_id = ? and id = ? for update")
                .params(org, id)
                .query(UUID.class)
                .optional()
                .orElseThrow(ReportRecords::notFound);
        return find(org, id).orElseThrow(ReportRecords::notFound);
    }

    public static NotFoundException notFound() {
        return new NotFoundException("El informe no existe");
    }

    /** The organization's reports, the latest generated first; optionally of one kind and period. */
    public List<Report> list(UUID org, ReportKind kind, String period) {
        return jdbc.sql("select " + COLUMNS + """
                         from dashboard_report r
                        where r.organization_id = :org
                          and (cast(:kind as text) is null or r.kind = :kind)
                          and (cast(:period as text) is null or r.period = :period)
                        order by r.generated_at desc, r.number desc""")
                .param("org", org)
                .param("kind", kind == null ? null : kind.name())
                .param("period", period)
                .query(ReportRecords::report)
                .list();
    }

    public List<OfficeDigest> digest(UUID org, UUID id) {
        String json = jdbc.sql("select office_digest::text from dashboard_report where organization_id = ? and id = ?")
                .params(org, id)
                .query(String.class)
                .optional()
                .orElseThrow(ReportRecords::notFound);
        return JSON.readValue(json, new TypeReference<List<OfficeDigest>>() {});
    }

    public void validate(UUID org, UUID id, String username) {
        jdbc.sql("""
                        update dashboard_report set validated_by = ?, validated_at = now(), version = version + 1
                        where organization_id = ? and id = ?""").params(username, org, id).update();
    }

    public void markSent(UUID org, UUID id, String username) {
        jdbc.sql("""
                        update dashboard_report set sent_by = ?, sent_at = now(), version = version + 1
                        where organization_id = ? and id = ?""").params(username, org, id).update();
    }

    public void delivered(UUID org, UUID reportId, OfficeDigest office, List<String> recipients) {
        jdbc.sql("""
                        insert into dashboard_report_delivery (report_id, organization_id, office_id, office_name,
                            recipients, lagging)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(
                        reportId,
                        org,
                        office.officeId(),
                        office.officeName(),
                        recipients.toArray(String[]::new),
                        office.laggingGoals().size())
                .update();
    }

    public List<ReportDelivery> deliveries(UUID org, UUID reportId) {
        return jdbc.sql("""
                        select office_id, office_name, recipients, lagging, sent_at from dashboard_report_delivery
                        where organization_id = ? and report_id = ? order by office_name""")
                .params(org, reportId)
                .query((rs, n) -> new ReportDelivery(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        strings(rs.getArray(3)),
                        rs.getInt(4),
                        instant(rs.getTimestamp(5))))
                .list();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static Report report(ResultSet rs, int n) throws SQLException {
        return new Report(
                rs.getObject("id", UUID.class),
                ReportKind.valueOf(rs.getString("kind")),
                rs.getString("period"),
                rs.getString("cut"),
                rs.getInt("number"),
                rs.getBoolean("latest"),
                rs.getObject("plan_id", UUID.class),
                rs.getString("plan_name"),
                JSON.readValue(rs.getString("summary"), Report.Summary.class),
                rs.getString("pdf_sha256"),
                rs.getInt("pdf_size"),
                rs.getString("xlsx_sha256"),
                rs.getInt("xlsx_size"),
                rs.getString("generated_by"),
                instant(rs.getTimestamp("generated_at")),
                rs.getString("validated_by"),
                instant(rs.getTimestamp("validated_at")),
                rs.getString("sent_by"),
                instant(rs.getTimestamp("sent_at")),
                rs.getInt("version"));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
