package co.rumbo.planning;

import co.rumbo.identity.CurrentUser;
import co.rumbo.identity.Role;
import co.rumbo.organization.Office;
import co.rumbo.organization.Organizations;
import co.rumbo.platform.BusinessRuleException;
import co.rumbo.platform.ForbiddenException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
        if (!user.hasAny(Role.HACIENDA, Role.PLANEACION)) {
            throw new ForbiddenException("Solo hacienda o planeación fijan los techos presupuestales");
        }
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
        UUID org = user.requireOrganization();
        Map<String, UUID> offices = organizations.offices(org).stream()
                .collect(Collectors.toMap(o -> o.code().toUpperCase(java.util.Locale.ROOT), Office::id));
        List<CeilingLine> lines = new java.util.ArrayList<>();
        List<String> errors = new java.util.ArrayList<>();
        String[] rows = text.replace("\uFEFF", "").split("\r?\n");
        for (int i = 1; i < rows.length; i++) {
            String row = rows[i].strip();
            if (row.isEmpty()) continue;
            String[] cells = row.split(";", -1);
            if (cells.length < 5) {
                errors.add("Fila " + (i + 1) + ": se esperaban 5 columnas separadas por «;»");
                continue;
            }
            UUID office = offices.get(cells[0].strip().toUpperCase(java.util.Locale.ROOT));
            if (office == null) {
                errors.add("Fila " + (i + 1) + ": la dependencia «" + cells[0].strip() + "» no existe");
                continue;
            }
            try {
                String amount = cells[4].strip();
                if (amount.isEmpty()) continue;
                if (amount.contains(",")) {
                    amount = amount.replace(".", "").replace(',', '.');
                } else if (amount.matches("\\d{1,3}(\\.\\d{3})+")) {
                    amount = amount.replace(".", "");
                }
                lines.add(new CeilingLine(office, cells[2], cells[3], new java.math.BigDecimal(amount)));
            } catch (NumberFormatException e) {
                errors.add("Fila " + (i + 1) + ": el valor «" + cells[4].strip() + "» no es un número");
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
