package co.rumbo.planning;

import co.rumbo.identity.CurrentUser;
import co.rumbo.identity.Role;
import co.rumbo.organization.Office;
import co.rumbo.organization.Organizations;
import co.rumbo.platform.BusinessRuleException;
import co.rumbo.platform.ForbiddenException;
import co.rumbo.platform.files.FileKind;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Budget ceilings (techos presupuestales) per office, program and funding source for a year, set by
 * the treasury (or the planning office), and their comparison with the Plan Indicativo's costs.
 */
@Service
public class BudgetCeilings {

    private final JdbcClient jdbc;
    private final Organizations organizations;

    BudgetCeilings(JdbcClient jdbc, Organizations organizations) {
        this.jdbc = jdbc;
        this.organizations = organizations;
    }

    /** A line of the comparison: the ceiling and the Plan Indicativo's cost of an office, program and source. */
    public record CeilingRow(
            UUID officeId,
            String officeName,
            String programCode,
            String programName,
            String source,
            String sourceName,
            BigDecimal ceiling,
            BigDecimal indicativeCost) {}

    public record CeilingSummary(
            int year, List<CeilingRow> rows, BigDecimal totalCeiling, BigDecimal totalIndicativeCost) {}

    /**
     * Makes the year's ceilings exactly {@code lines}: new ones are added, changed ones updated,
     * unlisted ones removed; unchanged ones are not written (no noise in the audit trail).
     */
    @Transactional
    public CeilingSummary replace(CurrentUser user, int year, List<CeilingLine> lines) {
        UUID org = user.requireOrganization();
        requireTreasuryOrPlanning(user);
        Set<UUID> offices = organizations.offices(org).stream().map(Office::id).collect(Collectors.toSet());
        Set<String> sources = new HashSet<>(jdbc.sql("select code from planning_funding_source")
                .query(String.class)
                .list());
        Set<String> seen = new HashSet<>();
        for (CeilingLine l : lines) {
            if (!offices.contains(l.officeId())) {
                throw new BusinessRuleException("La dependencia " + l.officeId() + " no es de esta entidad.");
            }
            if (!sources.contains(l.source())) {
                throw new BusinessRuleException("La fuente de financiación «" + l.source() + "» no existe.");
            }
            if (!seen.add(l.officeId() + "/" + l.programCode() + "/" + l.source())) {
                throw new BusinessRuleException("El techo del programa " + l.programCode() + " con la fuente «"
                        + l.source() + "» está repetido para la misma dependencia.");
            }
        }
        String[] o = lines.stream().map(l -> l.officeId().toString()).toArray(String[]::new);
        String[] p = lines.stream().map(CeilingLine::programCode).toArray(String[]::new);
        String[] s = lines.stream().map(CeilingLine::source).toArray(String[]::new);
        String[] a = lines.stream().map(l -> l.amount().toPlainString()).toArray(String[]::new);
        jdbc.sql("""
                        delete from budget_ceiling c where c.organization_id = :org and c.year = :year
                          and not exists (select from unnest(:o::uuid[], :p::text[], :s::text[]) as r(o, p, s)
                                          where r.o = c.office_id and r.p = c.program_code and r.s = c.source_code)""")
                .param("org", org)
                .param("year", year)
                .param("o", o)
                .param("p", p)
                .param("s", s)
                .update();
        jdbc.sql("""
                        insert into budget_ceiling (organization_id, year, office_id, program_code, source_code, amount)
                        select :org, :year, r.o::uuid, r.p, r.s, r.a::numeric
                        from unnest(:o::text[], :p::text[], :s::text[], :a::text[]) as r(o, p, s, a)
                        on conflict (organization_id, year, office_id, program_code, source_code)
                        do update set amount = excluded.amount, updated_at = now(), version = budget_ceiling.version + 1
                        where budget_ceiling.amount <> excluded.amount""")
                .param("org", org)
                .param("year", year)
                .param("o", o)
                .param("p", p)
                .param("s", s)
                .param("a", a)
                .update();
        return summary(user, year);
    }

    /**
     * The CSV template of a year's ceilings: one row per office, program and source that has a ceiling
     * or a cost in the Plan Indicativo, with the current ceiling. Separator ";" (what Excel in Spanish
     * writes); columns: dependencia (office code), programa, fuente, valor.
     */
    @Transactional(readOnly = true)
    public String csvTemplate(CurrentUser user, int year) {
        Map<UUID, String> codes = organizations.offices(user.requireOrganization()).stream()
                .collect(Collectors.toMap(Office::id, Office::code));
        StringBuilder csv = new StringBuilder("dependencia;nombre_dependencia;programa;fuente;valor\r\n");
        for (CeilingRow r : summary(user, year).rows()) {
            csv.append(codes.get(r.officeId()))
                    .append(';')
                    .append(r.officeName().replace(";", ","))
                    .append(';')
                    .append(r.programCode())
                    .append(';')
                    .append(r.source())
                    .append(';')
                    .append(r.ceiling().stripTrailingZeros().toPlainString())
                    .append("\r\n");
        }
        return csv.toString();
    }

    /**
     * Replaces the year's ceilings with a filled template. Every row is checked first; any error refuses
     * the whole file, naming the rows (nothing is saved). Amounts may be written 1200000.50 or 1.200.000,50.
     */
    @Transactional
    public CeilingSummary replaceFromCsv(CurrentUser user, int year, String text) {
        requireTreasuryOrPlanning(user);
        Map<String, UUID> offices = officeIdsByCode(user.requireOrganization());
        List<CeilingLine> lines = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        String[] rows = text.replace("\uFEFF", "").split("\r?\n");
        for (int i = 1; i < rows.length; i++) {
            String row = rows[i].strip();
            if (row.isEmpty()) continue;
            String[] cells = row.split(";", -1);
            if (cells.length < 5) {
                errors.add("Fila " + (i + 1) + ": se esperaban 5 columnas separadas por «;»");
                continue;
            }
            UUID office = offices.get(cells[0].strip().toUpperCase(Locale.ROOT));
            if (office == null) {
                errors.add("Fila " + (i + 1) + ": la dependencia «" + cells[0].strip() + "» no existe");
                continue;
            }
            String amount = cells[4].strip();
            if (amount.isEmpty()) continue;
            Optional<BigDecimal> value = amount(amount);
            if (value.isEmpty()) {
                errors.add("Fila " + (i + 1) + ": el valor «" + amount + "» no es un número");
                continue;
            }
            try {
                lines.add(new CeilingLine(office, cells[2], cells[3], value.get()));
            } catch (IllegalArgumentException e) {
                errors.add("Fila " + (i + 1) + ": " + e.getMessage());
            }
        }
        if (!errors.isEmpty()) {
            throw new BusinessRuleException("El archivo de techos tiene errores; no se guardó nada. "
                    + String.join("; ", errors.subList(0, Math.min(errors.size(), 20))) + ".");
        }
        return replace(user, year, lines);
    }

    /**
     * The xlsx template of a year's ceilings: one row per office, program and source with a ceiling or a
     * cost in the Plan Indicativo (with the current ceiling), and one row (source to fill) per office and
     * program of the Plan Indicativo that has neither; the office and source columns offer the codes of
     * the sheets «Dependencias» and «Fuentes».
     */
    @Transactional(readOnly = true)
    public byte[] xlsxTemplate(CurrentUser user, int year) {
        UUID org = user.requireOrganization();
        List<Office> offices = organizations.offices(org).stream()
                .filter(o -> user.canSeeOffice(o.id()))
                .sorted(Comparator.comparing(Office::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
        Map<UUID, Office> byId = offices.stream().collect(Collectors.toMap(Office::id, o -> o));
        List<CeilingWorkbook.TemplateRow> rows = new ArrayList<>();
        Set<String> covered = new HashSet<>();
        for (CeilingRow r : summary(user, year).rows()) {
            Office o = byId.get(r.officeId());
            if (o == null) continue;
            covered.add(r.officeId() + "/" + r.programCode());
            rows.add(new CeilingWorkbook.TemplateRow(
                    o.code(),
                    o.name(),
                    r.programCode(),
                    r.programName(),
                    r.source(),
                    r.sourceName(),
                    r.ceiling(),
                    r.indicativeCost()));
        }
        jdbc.sql("""
                        select distinct office_id, program_code, program_name from planning_goal_year
                        where organization_id = ? and year = ? and office_id is not null
                          and (coalesce(target, 0) > 0 or cost > 0)
                        order by program_code""").params(org, year).query(rs -> {
            Office o = byId.get(rs.getObject(1, UUID.class));
            if (o != null && covered.add(o.id() + "/" + rs.getString(2))) {
                rows.add(new CeilingWorkbook.TemplateRow(
                        o.code(), o.name(), rs.getString(2), rs.getString(3), null, null, null, null));
            }
        });
        rows.sort(Comparator.comparing(CeilingWorkbook.TemplateRow::officeName, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(CeilingWorkbook.TemplateRow::programCode));
        List<CeilingWorkbook.Named> sources = new ArrayList<>();
        jdbc.sql("select code, name from planning_funding_source order by position")
                .query(rs -> {
                    sources.add(new CeilingWorkbook.Named(rs.getString(1), rs.getString(2)));
                });
        return CeilingWorkbook.template(
                year,
                rows,
                offices.stream()
                        .map(o -> new CeilingWorkbook.Named(o.code(), o.name()))
                        .toList(),
                sources);
    }

    /**
     * Replaces the year's ceilings with a filled xlsx template. The file is inspected before it is read
     * (zip bomb, XML entities, damaged or not an xlsx); every row is checked and any error refuses the
     * whole file with the sheet, row and column of each problem (nothing is saved).
     */
    @Transactional
    public CeilingSummary replaceFromXlsx(CurrentUser user, int year, byte[] content) {
        requireTreasuryOrPlanning(user);
        UUID org = user.requireOrganization();
        Set<String> sources = new HashSet<>(jdbc.sql("select code from planning_funding_source")
                .query(String.class)
                .list());
        List<CeilingLine> lines = CeilingWorkbook.read(content, year, officeIdsByCode(org), sources);
        return replace(user, year, lines);
    }

    /**
     * An uploaded template, xlsx or CSV, recognised by its content (an xlsx is a zip archive; a CSV is
     * text); an old .xls or any other kind of file is refused.
     */
    @Transactional
    public CeilingSummary replaceFromUpload(CurrentUser user, int year, byte[] content) {
        requireTreasuryOrPlanning(user);
        if (content == null || content.length == 0) {
            throw new BusinessRuleException("El archivo está vacío.");
        }
        Optional<FileKind> kind = FileKind.of(content);
        if (kind.isEmpty()) {
            return replaceFromCsv(user, year, new String(content, StandardCharsets.UTF_8));
        }
        return switch (kind.get()) {
            case OFFICE_ZIP -> replaceFromXlsx(user, year, content);
            case OFFICE_LEGACY ->
                throw new BusinessRuleException("El archivo es un libro de Excel antiguo (.xls)."
                        + " Guárdelo como .xlsx (o use la plantilla CSV) y vuelva a cargarlo.");
            default ->
                throw new BusinessRuleException("El archivo es un(a) "
                        + kind.get().label() + ", no la plantilla de techos: cargue la plantilla xlsx o CSV llena.");
        };
    }

    /**
     * An amount as people write it: 1200000.50, 1.200.000,50 (Colombian) or 1.200.000, with or without
     * "$" and spaces; empty when it is not a number.
     */
    static Optional<BigDecimal> amount(String text) {
        if (text == null) return Optional.empty();
        String clean = text.strip().replace("$", "").replace(" ", "").replace("\u00A0", "");
        if (clean.contains(",")) {
            clean = clean.replace(".", "").replace(',', '.');
        } else if (clean.matches("\\d{1,3}(\\.\\d{3})+")) {
            clean = clean.replace(".", "");
        }
        if (!clean.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(clean));
    }

    private static void requireTreasuryOrPlanning(CurrentUser user) {
        if (!user.hasAny(Role.HACIENDA, Role.PLANEACION)) {
            throw new ForbiddenException("Solo hacienda o planeación fijan los techos presupuestales");
        }
    }

    private Map<String, UUID> officeIdsByCode(UUID org) {
        return organizations.offices(org).stream()
                .collect(Collectors.toMap(o -> o.code().toUpperCase(Locale.ROOT), Office::id, (a, b) -> a));
    }

    /** Ceilings beside the Plan Indicativo's costs of the year, by office, program and source. */
    @Transactional(readOnly = true)
    public CeilingSummary summary(CurrentUser user, int year) {
        UUID org = user.requireOrganization();
        Map<UUID, String> names =
                organizations.offices(org).stream().collect(Collectors.toMap(Office::id, Office::name));
        List<CeilingRow> rows = jdbc
                .sql("""
                        with cost as (
                            select office_id, program_code, source_code, sum(amount) as amount
                            from planning_goal_cost
                            where organization_id = :org and year = :year and office_id is not null
                            group by office_id, program_code, source_code),
                        ceiling as (
                            select office_id, program_code, source_code, amount from budget_ceiling
                            where organization_id = :org and year = :year)
                        select coalesce(c.office_id, k.office_id) as office_id,
                               coalesce(c.program_code, k.program_code) as program_code,
                               coalesce(c.source_code, k.source_code) as source_code,
                               coalesce(c.amount, 0) as ceiling, coalesce(k.amount, 0) as cost,
                               (select min(g.program_name) from planning_goal_cost g where g.organization_id = :org
                                  and g.program_code = coalesce(c.program_code, k.program_code)) as program_name,
                               s.name as source_name, s.position
                        from ceiling c
                        full join cost k on k.office_id = c.office_id and k.program_code = c.program_code
                                        and k.source_code = c.source_code
                        join planning_funding_source s on s.code = coalesce(c.source_code, k.source_code)
                        order by 2, s.position""")
                .param("org", org)
                .param("year", year)
                .query((rs, n) -> new CeilingRow(
                        rs.getObject("office_id", UUID.class),
                        names.getOrDefault(rs.getObject("office_id", UUID.class), "—"),
                        rs.getString("program_code"),
                        rs.getString("program_name"),
                        rs.getString("source_code"),
                        rs.getString("source_name"),
                        rs.getBigDecimal("ceiling"),
                        ActionPlans.strip(rs.getBigDecimal("cost"))))
                .list()
                .stream()
                .filter(r -> user.canSeeOffice(r.officeId()))
                .sorted((x, y) -> x.officeName().compareToIgnoreCase(y.officeName()))
                .toList();
        return new CeilingSummary(
                year,
                rows,
                rows.stream().map(CeilingRow::ceiling).reduce(BigDecimal.ZERO, BigDecimal::add),
                rows.stream().map(CeilingRow::indicativeCost).reduce(BigDecimal.ZERO, BigDecimal::add));
    }
}
