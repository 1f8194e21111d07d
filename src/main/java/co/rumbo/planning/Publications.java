package co.rumbo.planning;

import co.rumbo.identity.CurrentUser;
import co.rumbo.identity.Role;
import co.rumbo.organization.Office;
import co.rumbo.organization.Organizations;
import co.rumbo.platform.BusinessRuleException;
import co.rumbo.platform.ForbiddenException;
import co.rumbo.platform.NotFoundException;
import co.rumbo.platform.files.StoredFiles;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publication of the consolidated action plan of a year (Ley 1474 art. 74): a frozen snapshot of the
 * approved plans as xlsx and PDF with the SHA-256 of each file. Versions are numbered; the database
 * refuses to change or delete one. Publishing again with nothing changed is refused.
 */
@Service
public class Publications {

    private final JdbcClient jdbc;
    private final StoredFiles files;
    private final AnnualInvestmentPlans poai;
    private final Organizations organizations;

    Publications(JdbcClient jdbc, AnnualInvestmentPlans poai, Organizations organizations, StoredFiles files) {
        this.jdbc = jdbc;
        this.files = files;
        this.poai = poai;
        this.organizations = organizations;
    }

    public record Publication(
            int year,
            int version,
            int plans,
            BigDecimal total,
            String xlsxSha256,
            String pdfSha256,
            String publishedBy,
            Instant publishedAt) {}

    /** One row of the consolidated plan: an office's goal with its programming and one budget line. */
    record Row(
            String office,
            String code,
            String goal,
            BigDecimal target,
            String quarters,
            String bpin,
            String source,
            BigDecimal amount) {}

    @Transactional
    public Publication publish(CurrentUser user, int year) {
        UUID org = user.requireOrganization();
        if (!user.has(Role.PLANEACION)) {
            throw new ForbiddenException("Solo planeación publica el plan de acción");
        }
        List<Row> rows = rows(org, year);
        AnnualInvestmentPlans.Poai consolidated = poai.of(user, year);
        if (consolidated.approvedPlans() == 0) {
            throw new BusinessRuleException("No hay planes de acción " + year + " aprobados para publicar.");
        }
        jdbc.sql("select pg_advisory_xact_lock(hashtext(?))")
                .param("publication:" + org + ":" + year)
                .query()
                .listOfRows();
        String contentSha = sha256(canonical(rows, consolidated).getBytes(StandardCharsets.UTF_8));
        Optional<Publication> last = list(user, year).stream().reduce((a, b) -> b);
        String lastContent = last.isEmpty()
                ? null
                : jdbc.sql("select content_sha256 from action_plan_publication where organization_id = ? and year = ?"
                                + " and version = ?")
                        .params(org, year, last.get().version())
                        .query(String.class)
                        .single();
        if (contentSha.equals(lastContent)) {
            throw new BusinessRuleException("El plan de acción " + year + " no ha cambiado desde la versión "
                    + last.get().version() + " publicada: no hay nada nuevo que publicar.");
        }
        int version = last.map(p -> p.version() + 1).orElse(1);
        byte[] xlsx = xlsx(year, version, rows, consolidated);
        byte[] pdf = pdf(year, version, rows, consolidated);
        jdbc.sql("""
                        insert into action_plan_publication (organization_id, year, version, plans, total, content_sha256,
                            xlsx_sha256, pdf_sha256, published_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        org,
                        year,
                        version,
                        consolidated.approvedPlans(),
                        consolidated.total(),
                        contentSha,
                        files.store(xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                        files.store(pdf, "application/pdf"),
                        user.username())
                .update();
        return list(user, year).get(version - 1);
    }

    /**
     * For the dashboard: from 15 January of a year, a warning while that year's action plan is not
     * published (Ley 1474 art. 74: by 31 January). Empty before the 15th or once published.
     */
    @Transactional(readOnly = true)
    public Optional<String> unpublishedWarning(UUID organizationId, LocalDate today) {
        int year = today.getYear();
        if (today.isBefore(LocalDate.of(year, 1, 15))) {
            return Optional.empty();
        }
        boolean published = jdbc.sql("select exists (select from action_plan_publication where organization_id = ?"
                        + " and year = ?)")
                .params(organizationId, year)
                .query(Boolean.class)
                .single();
        if (published) {
            return Optional.empty();
        }
        return Optional.of("El plan de acción " + year + " no se ha publicado: la Ley 1474 de 2011 (art. 74) exige"
                + " publicarlo a más tardar el 31 de enero"
                + (today.isAfter(LocalDate.of(year, 1, 31)) ? "; el plazo ya venció." : "."));
    }

    @Transactional(readOnly = true)
    public List<Publication> list(CurrentUser user, int year) {
        return jdbc.sql("""
                        select year, version, plans, total, xlsx_sha256, pdf_sha256, published_by, published_at
                        from action_plan_publication where organization_id = ? and year = ? order by version""")
                .params(user.requireOrganization(), year)
                .query((rs, n) -> new Publication(
                        rs.getInt(1),
                        rs.getInt(2),
                        rs.getInt(3),
                        rs.getBigDecimal(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getTimestamp(8).toInstant()))
                .list();
    }

    /** The stored file ("xlsx" or "pdf") of a version, byte for byte as published. */
    @Transactional(readOnly = true)
    public byte[] file(CurrentUser user, int year, int version, String kind) {
        String column =
                switch (kind) {
                    case "xlsx" -> "xlsx_sha256";
                    case "pdf" -> "pdf_sha256";
                    default -> throw new NotFoundException("Formato no disponible");
                };
        return jdbc.sql("select f.content from action_plan_publication p join stored_file f on f.sha256 = p." + column
                        + " where p.organization_id = ? and p.year = ? and p.version = ?")
                .params(user.requireOrganization(), year, version)
                .query((rs, n) -> rs.getBytes(1))
                .optional()
                .orElseThrow(() -> new NotFoundException("La publicación no existe"));
    }

    private List<Row> rows(UUID org, int year) {
        java.util.Map<UUID, String> names = organizations.offices(org).stream()
                .collect(java.util.stream.Collectors.toMap(Office::id, Office::name));
        return jdbc
                .sql("""
                        select p.office_id, g.sispt_code, g.name, d.target,
                               concat_ws(' / ', d.q1::float8, d.q2::float8, d.q3::float8, d.q4::float8) as quarters,
                               d.not_programmed_reason, b.project_bpin, s.name as source, b.amount
                        from action_plan p
                        join action_plan_goal d on d.plan_id = p.id
                        join planning_goal_year g on g.goal_id = d.goal_id and g.year = p.year
                        left join action_plan_budget b on b.plan_id = d.plan_id and b.goal_id = d.goal_id
                        left join planning_funding_source s on s.code = b.source_code
                        where p.organization_id = ? and p.year = ? and p.state = 'APROBADO'
                        order by p.office_id, g.sispt_code, b.project_bpin, s.position""")
                .params(org, year)
                .query((rs, n) -> new Row(
                        names.getOrDefault(rs.getObject("office_id", UUID.class), "—"),
                        rs.getString("sispt_code"),
                        rs.getString("name"),
                        ActionPlans.strip(rs.getBigDecimal("target")),
                        rs.getBigDecimal("target") == null
                                ? "No programada: " + rs.getString("not_programmed_reason")
                                : rs.getString("quarters"),
                        rs.getString("project_bpin"),
                        rs.getString("source"),
                        rs.getBigDecimal("amount")))
                .list()
                .stream()
                .sorted(java.util.Comparator.comparing(Row::office, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    private static String canonical(List<Row> rows, AnnualInvestmentPlans.Poai poai) {
        StringBuilder s = new StringBuilder();
        rows.forEach(r -> s.append(r).append('\n'));
        poai.projects().forEach(p -> s.append(p.projectBpin())
                .append('|')
                .append(p.source())
                .append('|')
                .append(p.amount().toPlainString())
                .append('\n'));
        return s.toString();
    }

    private static byte[] xlsx(int year, int version, List<Row> rows, AnnualInvestmentPlans.Poai poai) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Workbook wb = new Workbook(out, "Rumbo", "1.0");
            Worksheet ws = wb.newWorksheet("Plan de acción " + year);
            ws.value(0, 0, "Plan de acción consolidado " + year + " · versión " + version);
            String[] headers = {
                "Dependencia", "Meta", "Indicador", "Meta del año", "Trimestres", "BPIN", "Fuente", "Valor"
            };
            for (int c = 0; c < headers.length; c++) {
                ws.value(2, c, headers[c]);
            }
            int r = 3;
            for (Row row : rows) {
                ws.value(r, 0, row.office());
                ws.value(r, 1, row.code());
                ws.value(r, 2, row.goal());
                ws.value(r, 3, row.target());
                ws.value(r, 4, row.quarters());
                ws.value(r, 5, row.bpin());
                ws.value(r, 6, row.source());
                ws.value(r, 7, row.amount());
                r++;
            }
            ws.value(r, 6, "Total");
            ws.value(r, 7, poai.total());
            wb.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] pdf(int year, int version, List<Row> rows, AnnualInvestmentPlans.Poai poai) {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html><html><head><meta charset="UTF-8"/><style>
                @page { size: A4 landscape; margin: 1.5cm; }
                body { font-family: sans-serif; font-size: 9pt; }
                table { border-collapse: collapse; width: 100%; }
                th, td { border: 1px solid #999; padding: 2px 4px; vertical-align: top; }
                td.n { text-align: right; }
                </style></head><body>""");
        html.append("<h1>Plan de acción consolidado ")
                .append(year)
                .append("</h1><p>Versión ")
                .append(version)
                .append(" · ")
                .append(poai.approvedPlans())
                .append(" plan(es) aprobado(s) · Ley 1474 de 2011, art. 74</p>");
        html.append("<table><thead><tr><th>Dependencia</th><th>Meta</th><th>Indicador</th><th>Meta del año</th>"
                + "<th>Trimestres</th><th>BPIN</th><th>Fuente</th><th>Valor</th></tr></thead><tbody>");
        for (Row r : rows) {
            html.append("<tr><td>")
                    .append(esc(r.office()))
                    .append("</td><td>")
                    .append(esc(r.code()))
                    .append("</td><td>")
                    .append(esc(r.goal()))
                    .append("</td><td class=\"n\">")
                    .append(r.target() == null ? "" : r.target().toPlainString())
                    .append("</td><td>")
                    .append(esc(r.quarters()))
                    .append("</td><td>")
                    .append(esc(r.bpin()))
                    .append("</td><td>")
                    .append(esc(r.source()))
                    .append("</td><td class=\"n\">")
                    .append(money(r.amount()))
                    .append("</td></tr>");
        }
        html.append("</tbody></table><p><strong>Total: ")
                .append(money(poai.total()))
                .append("</strong></p></body></html>");
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html.toString(), null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String money(BigDecimal v) {
        if (v == null) return "";
        java.text.DecimalFormat f = new java.text.DecimalFormat(
                "#,##0.00", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.forLanguageTag("es-CO")));
        return "$ " + f.format(v);
    }

    private static String esc(String s) {
        if (s == null) return "";
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static String sha256(byte[] bytes) {
        return StoredFiles.sha256(bytes);
    }
}
