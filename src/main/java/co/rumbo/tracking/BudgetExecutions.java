package co.rumbo.tracking;

import co.rumbo.calendar.Period;
import co.rumbo.identity.CurrentUser;
import co.rumbo.identity.Role;
import co.rumbo.platform.BusinessRuleException;
import co.rumbo.platform.ForbiddenException;
import co.rumbo.platform.NotFoundException;
import co.rumbo.platform.StaleVersionException;
import co.rumbo.platform.db.Numerics;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The budget execution of the capture sheets, per project (BPIN) and funding source: typed by the
 * office (origin OFICINA) or loaded from the treasury's execution report (origin HACIENDA), whose
 * figure wins — what the office had typed is kept beside it so the difference can be shown. Figures
 * are year to date at the period's end, as the treasury reports them.
 *
 * <p>The office edits its lines with the rules of {@link ProgressReports#saveRow} (404, 403, 423, 409
 * for a submitted sheet or a line from the treasury, 422 for a value that breaks a rule, 409 for a
 * stale version).
 */
@Service
public class BudgetExecutions {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COLUMNS = """
            b.id, b.project_bpin, b.source_code, s.name as source_name, b.appropriation, b.commitments,
            b.obligations, b.payments, b.origin, b.office_figures::text as office_figures, b.cut_date,
            b.updated_by, b.updated_at, b.version,
            (select sum(p.amount) from tracking_programmed_budget p
              where p.organization_id = r.organization_id and p.office_id = r.office_id
                and p.year = cast(left(r.period, 4) as integer)
                and p.project_bpin = b.project_bpin and p.source_code = b.source_code) as programmed""";

    private final JdbcClient jdbc;
    private final ProgressReports reports;

    BudgetExecutions(JdbcClient jdbc, ProgressReports reports) {
        this.jdbc = jdbc;
        this.reports = reports;
    }

    /** The lines of a sheet (everyone who may read the sheet). */
    @Transactional
    public List<BudgetLine> lines(CurrentUser user, UUID officeId, Period period) {
        return lines(jdbc, reports.readableSheet(user, officeId, period));
    }

    /** The office saves one line (a project and source of its approved action plan). */
    @Transactional
    public BudgetLine save(CurrentUser user, UUID officeId, Period period, BudgetEntry entry) {
        Objects.requireNonNull(entry, "entry");
        ReportSheet sheet = reports.editableSheet(user, officeId, period);
        BudgetLine line = line(sheet, entry.projectBpin(), entry.sourceCode())
                .orElseThrow(() -> new NotFoundException("El proyecto " + entry.projectBpin() + " con la fuente «"
                        + entry.sourceCode() + "» no está en el plan de acción de la dependencia."));
        if ("HACIENDA".equals(line.origin())) {
            throw new BusinessRuleException("La ejecución del proyecto " + entry.projectBpin() + " con la fuente «"
                    + line.sourceName() + "» la cargó Hacienda: su cifra prevalece y no se cambia en la hoja.");
        }
        if (entry.version() == null) {
            throw new CaptureValidationException("version", "Falta la versión de la línea que usted leyó (version).");
        }
        int updated = jdbc.sql("""
                        update progress_report_budget set appropriation = ?, commitments = ?, obligations = ?,
                            payments = ?, updated_by = ?, updated_at = now(), version = version + 1
                        where id = ? and version = ?""")
                .params(
                        entry.appropriation(),
                        entry.commitments(),
                        entry.obligations(),
                        entry.payments(),
                        user.username(),
                        line.id(),
                        entry.version())
                .update();
        if (updated == 0) {
            throw new StaleVersionException("Otra persona guardó la ejecución de este proyecto mientras usted la"
                    + " editaba; vuelva a cargar la hoja.");
        }
        return line(sheet, entry.projectBpin(), entry.sourceCode()).orElseThrow();
    }

    /** What a treasury figure did to a line. */
    public record TreasuryOutcome(UUID officeId, BudgetLine line, boolean conflict) {}

    /**
     * Records the treasury's figure for a project and source in an office's sheet (HACIENDA or
     * PLANEACION), whatever the sheet's state, while the period is open (423 otherwise). A line the
     * plan does not have is added. When the office had typed different figures, they are kept in
     * {@link BudgetLine#officeFigures()} and the outcome says there was a conflict.
     */
    @Transactional
    public TreasuryOutcome recordFromTreasury(
            CurrentUser user, Period period, UUID officeId, BudgetEntry entry, LocalDate cutDate) {
        Objects.requireNonNull(entry, "entry");
        if (!user.hasAny(Role.HACIENDA, Role.PLANEACION)) {
            throw new ForbiddenException("Solo Hacienda o planeación cargan la ejecución presupuestal de Hacienda");
        }
        if (!entry.projectBpin().matches("[0-9]{8,20}")) {
            throw new CaptureValidationException("budget", "El BPIN «" + entry.projectBpin() + "» no es válido.");
        }
        ReportSheet sheet = reports.readableSheet(user, officeId, period);
        reports.writablePeriod(sheet.organizationId(), period);
        boolean source = jdbc.sql("select exists (select from funding_source where code = ?)")
                .param(entry.sourceCode())
                .query(Boolean.class)
                .single();
        if (!source) {
            throw new CaptureValidationException(
                    "budget", "La fuente de financiación «" + entry.sourceCode() + "» no existe.");
        }
        BudgetLine before = line(sheet, entry.projectBpin(), entry.sourceCode()).orElse(null);
        BudgetLine.Figures typed = null;
        if (before != null && "OFICINA".equals(before.origin())) {
            BudgetLine.Figures office = new BudgetLine.Figures(
                    before.appropriation(), before.commitments(), before.obligations(), before.payments());
            boolean anyTyped = office.appropriation() != null
                    || office.commitments() != null
                    || office.obligations() != null
                    || office.payments() != null;
            if (anyTyped && !same(office, entry.figures())) {
                typed = office;
            }
        } else if (before != null) {
            typed = before.officeFigures();
        }
        jdbc.sql("""
                        insert into progress_report_budget (report_id, organization_id, project_bpin, source_code,
                            appropriation, commitments, obligations, payments, origin, office_figures, cut_date,
                            updated_by, updated_at)
                        values (:report, :org, :bpin, :source, :a, :c, :o, :p, 'HACIENDA', cast(:typed as jsonb), :cut,
                                :actor, now())
                        on conflict (report_id, project_bpin, source_code) do update set
                            appropriation = excluded.appropriation, commitments = excluded.commitments,
                            obligations = excluded.obligations, payments = excluded.payments, origin = 'HACIENDA',
                            office_figures = excluded.office_figures, cut_date = excluded.cut_date,
                            updated_by = excluded.updated_by, updated_at = now(),
                            version = progress_report_budget.version + 1""")
                .param("report", sheet.id())
                .param("org", sheet.organizationId())
                .param("bpin", entry.projectBpin())
                .param("source", entry.sourceCode())
                .param("a", entry.appropriation())
                .param("c", entry.commitments())
                .param("o", entry.obligations())
                .param("p", entry.payments())
                .param("typed", typed == null ? null : JSON.writeValueAsString(typed))
                .param("cut", cutDate)
                .param("actor", user.username())
                .update();
        BudgetLine after = line(sheet, entry.projectBpin(), entry.sourceCode()).orElseThrow();
        return new TreasuryOutcome(officeId, after, typed != null);
    }

    /**
     * The offices whose approved action plan for a year carries money of a project and source, keyed
     * {@code "BPIN|SOURCE"}: how a treasury report (by BPIN and source) finds its sheets.
     */
    @Transactional(readOnly = true)
    public Map<String, List<UUID>> projectOffices(UUID organizationId, int year) {
        Map<String, List<UUID>> offices = new LinkedHashMap<>();
        jdbc.sql("""
                        select distinct project_bpin, source_code, office_id from tracking_programmed_budget
                        where organization_id = ? and year = ? order by 1, 2""").params(organizationId, year).query(rs -> {
            offices.computeIfAbsent(rs.getString(1) + "|" + rs.getString(2), k -> new ArrayList<>())
                    .add(rs.getObject(3, UUID.class));
        });
        return offices;
    }

    /** A sheet's line with its office, for reports. */
    public record OfficeLine(UUID officeId, ReportState state, BudgetLine line) {}

    /** Every sheet's budget lines of a period, by office (for reports; no permission check). */
    @Transactional(readOnly = true)
    public List<OfficeLine> ofPeriod(UUID organizationId, Period period) {
        return jdbc.sql("select r.office_id, r.state, " + COLUMNS + """
                         from progress_report_budget b
                        join progress_report r on r.id = b.report_id
                        join funding_source s on s.code = b.source_code
                        where r.organization_id = ? and r.period = ?
                        order by r.office_id, b.project_bpin, s.position""")
                .params(organizationId, period.toString())
                .query((rs, n) -> new OfficeLine(
                        rs.getObject("office_id", UUID.class), ReportState.valueOf(rs.getString("state")), line(rs, n)))
                .list();
    }

    static List<BudgetLine> lines(JdbcClient jdbc, ReportSheet sheet) {
        return jdbc.sql("select " + COLUMNS + """
                         from progress_report_budget b
                        join progress_report r on r.id = b.report_id
                        join funding_source s on s.code = b.source_code
                        where b.report_id = ? order by b.project_bpin, s.position""")
                .param(sheet.id())
                .query(BudgetExecutions::line)
                .list();
    }

    private java.util.Optional<BudgetLine> line(ReportSheet sheet, String bpin, String source) {
        return jdbc.sql("select " + COLUMNS + """
                         from progress_report_budget b
                        join progress_report r on r.id = b.report_id
                        join funding_source s on s.code = b.source_code
                        where b.report_id = ? and b.project_bpin = ? and b.source_code = ?""")
                .params(sheet.id(), bpin, source)
                .query(BudgetExecutions::line)
                .optional();
    }

    private static boolean same(BudgetLine.Figures a, BudgetLine.Figures b) {
        return sameNumber(a.appropriation(), b.appropriation())
                && sameNumber(a.commitments(), b.commitments())
                && sameNumber(a.obligations(), b.obligations())
                && sameNumber(a.payments(), b.payments());
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static BudgetLine line(ResultSet rs, int n) throws SQLException {
        String typed = rs.getString("office_figures");
        return new BudgetLine(
                rs.getLong("id"),
                rs.getString("project_bpin"),
                rs.getString("source_code"),
                rs.getString("source_name"),
                Numerics.strip(rs.getBigDecimal("programmed")),
                Numerics.strip(rs.getBigDecimal("appropriation")),
                Numerics.strip(rs.getBigDecimal("commitments")),
                Numerics.strip(rs.getBigDecimal("obligations")),
                Numerics.strip(rs.getBigDecimal("payments")),
                rs.getString("origin"),
                typed == null ? null : JSON.readValue(typed, BudgetLine.Figures.class),
                rs.getObject("cut_date", LocalDate.class),
                rs.getString("updated_by"),
                ReportStore.instant(rs, "updated_at"),
                rs.getInt("version"));
    }
}
