package co.rumbo.planning;

import co.rumbo.identity.CurrentUser;
import co.rumbo.organization.Office;
import co.rumbo.organization.Organizations;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The POAI (Plan Operativo Anual de Inversiones) of a year, consolidated in SQL from the approved
 * action plans only: money by project (BPIN), program, sector, office and funding source, with the
 * totals by source against the ceilings. Sums are exact (numeric), to the cent.
 */
@Service
public class AnnualInvestmentPlans {

    private final JdbcClient jdbc;
    private final Organizations organizations;

    AnnualInvestmentPlans(JdbcClient jdbc, Organizations organizations) {
        this.jdbc = jdbc;
        this.organizations = organizations;
    }

    public record PoaiLine(
            String projectBpin,
            String sectorCode,
            String sectorName,
            String programCode,
            String programName,
            UUID officeId,
            String officeName,
            String source,
            String sourceName,
            BigDecimal amount) {}

    public record SourceTotal(String source, String sourceName, BigDecimal amount, BigDecimal ceiling) {}

    public record Poai(
            int year,
            int approvedPlans,
            List<PoaiLine> projects,
            Map<String, BigDecimal> totalsBySource,
            List<SourceTotal> sources,
            BigDecimal total,
            BigDecimal totalCeiling) {}

    /** The POAI of the organization for a year; every office, whoever reads it (it is public). */
    @Transactional(readOnly = true)
    public Poai of(CurrentUser user, int year) {
        UUID org = user.requireOrganization();
        Map<UUID, String> names =
                organizations.offices(org).stream().collect(Collectors.toMap(Office::id, Office::name));
        List<PoaiLine> lines = jdbc.sql("""
                        select b.project_bpin, g.sector_code, min(g.sector_name) as sector_name, g.program_code,
                               min(g.program_name) as program_name, p.office_id, b.source_code,
                               min(s.name) as source_name, min(s.position) as position, sum(b.amount) as amount
                        from action_plan_budget b
                        join action_plan p on p.id = b.plan_id
                        join planning_goal_year g on g.goal_id = b.goal_id and g.year = p.year
                        join planning_funding_source s on s.code = b.source_code
                        where p.organization_id = :org and p.year = :year and p.state = 'APROBADO'
                        group by b.project_bpin, g.sector_code, g.program_code, p.office_id, b.source_code
                        order by g.sector_code, g.program_code, b.project_bpin, 9""")
                .param("org", org)
                .param("year", year)
                .query((rs, n) -> new PoaiLine(
                        rs.getString("project_bpin"),
                        rs.getString("sector_code"),
                        rs.getString("sector_name"),
                        rs.getString("program_code"),
                        rs.getString("program_name"),
                        rs.getObject("office_id", UUID.class),
                        names.getOrDefault(rs.getObject("office_id", UUID.class), "—"),
                        rs.getString("source_code"),
                        rs.getString("source_name"),
                        rs.getBigDecimal("amount")))
                .list();
        List<SourceTotal> sources = jdbc.sql("""
                        with programmed as (
                            select b.source_code, sum(b.amount) as amount
                            from action_plan_budget b join action_plan p on p.id = b.plan_id
                            where p.organization_id = :org and p.year = :year and p.state = 'APROBADO'
                            group by b.source_code),
                        ceiling as (
                            select source_code, sum(amount) as amount from budget_ceiling
                            where organization_id = :org and year = :year group by source_code)
                        select s.code, s.name, coalesce(p.amount, 0) as amount, coalesce(c.amount, 0) as ceiling
                        from planning_funding_source s
                        left join programmed p on p.source_code = s.code
                        left join ceiling c on c.source_code = s.code
                        where p.amount is not null or c.amount is not null
                        order by s.position""")
                .param("org", org)
                .param("year", year)
                .query((rs, n) ->
                        new SourceTotal(rs.getString(1), rs.getString(2), rs.getBigDecimal(3), rs.getBigDecimal(4)))
                .list();
        Map<String, BigDecimal> bySource = new LinkedHashMap<>();
        sources.stream().filter(s -> s.amount().signum() > 0).forEach(s -> bySource.put(s.source(), s.amount()));
        int approved = jdbc.sql(
                        "select count(*) from action_plan where organization_id = ? and year = ? and state = 'APROBADO'")
                .params(org, year)
                .query(Integer.class)
                .single();
        return new Poai(
                year,
                approved,
                lines,
                bySource,
                sources,
                sources.stream().map(SourceTotal::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add),
                sources.stream().map(SourceTotal::ceiling).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add));
    }
}
