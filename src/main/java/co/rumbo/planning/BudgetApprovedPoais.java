package co.rumbo.planning;

import co.rumbo.identity.CurrentUser;
import co.rumbo.identity.Role;
import co.rumbo.platform.BusinessRuleException;
import co.rumbo.platform.ForbiddenException;
import co.rumbo.platform.NotFoundException;
import co.rumbo.platform.web.Formats;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The POAI as approved with the budget: a frozen copy of a year's consolidated POAI that the planning
 * office takes once, when the Concejo's ordinance (or the mayor's decree) approves the budget, with its
 * date and reference. The database refuses to change or delete it (V31). The current POAI keeps moving with
 * each approved modification; {@link #compare} puts the two side by side, per project and source.
 */
@Service
public class BudgetApprovedPoais {

    private final JdbcClient jdbc;
    private final AnnualInvestmentPlans poais;
    private final JsonMapper json;
    private final Formats formats;

    BudgetApprovedPoais(JdbcClient jdbc, AnnualInvestmentPlans poais, JsonMapper json, Formats formats) {
        this.jdbc = jdbc;
        this.poais = poais;
        this.json = json;
        this.formats = formats;
    }

    /** The frozen POAI with the act that approved the budget, and who took it when. */
    public record ApprovedPoai(
            int year,
            LocalDate approvedOn,
            String actReference,
            String takenBy,
            Instant takenAt,
            AnnualInvestmentPlans.Poai poai) {}

    public enum Change {
        SIN_CAMBIO,
        MODIFICADO,
        NUEVO,
        RETIRADO
    }

    /** A project and source in both versions: what went with the budget and what is current now. */
    public record ComparedLine(
            String projectBpin,
            String sectorCode,
            String programCode,
            String programName,
            UUID officeId,
            String officeName,
            String source,
            String sourceName,
            BigDecimal approved,
            BigDecimal current) {

        @JsonProperty
        public BigDecimal difference() {
            return current.subtract(approved);
        }

        @JsonProperty
        public Change change() {
            if (approved.signum() == 0 && current.signum() > 0) return Change.NUEVO;
            if (current.signum() == 0 && approved.signum() > 0) return Change.RETIRADO;
            return approved.compareTo(current) == 0 ? Change.SIN_CAMBIO : Change.MODIFICADO;
        }
    }

    public record ComparedSource(String source, String sourceName, BigDecimal approved, BigDecimal current) {
        @JsonProperty
        public BigDecimal difference() {
            return current.subtract(approved);
        }
    }

    public record Comparison(
            ApprovedPoai approved,
            List<ComparedLine> lines,
            List<ComparedSource> sources,
            BigDecimal approvedTotal,
            BigDecimal currentTotal) {

        @JsonProperty
        public BigDecimal difference() {
            return currentTotal.subtract(approvedTotal);
        }

        @JsonProperty
        public long changedLines() {
            return lines.stream().filter(l -> l.change() != Change.SIN_CAMBIO).count();
        }
    }

    /**
     * Freezes the current POAI of the year as the one approved with the budget. Only the planning office;
     * once per year (409 after); the act's date in Y−1 or Y and not in the future; at least one approved
     * action plan.
     */
    @Transactional
    public ApprovedPoai take(CurrentUser user, int year, LocalDate approvedOn, String actReference) {
        UUID org = user.requireOrganization();
        if (!user.has(Role.PLANEACION)) {
            throw new ForbiddenException("Solo planeación guarda el POAI aprobado con el presupuesto");
        }
        if (approvedOn == null) {
            throw new IllegalArgumentException(
                    "Indique la fecha del acuerdo o decreto que aprobó el presupuesto (approvedOn)");
        }
        if (actReference == null || actReference.isBlank()) {
            throw new IllegalArgumentException(
                    "Indique el acuerdo o decreto que aprobó el presupuesto (actReference), p. ej. «Acuerdo 018 de "
                            + (year - 1) + "»");
        }
        if (approvedOn.getYear() < year - 1 || approvedOn.getYear() > year) {
            throw new BusinessRuleException("El presupuesto de " + year + " se aprueba en " + (year - 1) + " (acuerdo"
                    + " del Concejo) o en " + year + " (decreto): la fecha " + formats.date(approvedOn)
                    + " no corresponde.");
        }
        if (approvedOn.isAfter(LocalDate.now(Formats.BOGOTA))) {
            throw new BusinessRuleException("La fecha del acuerdo o decreto no puede estar en el futuro.");
        }
        Optional<ApprovedPoai> existing = find(user, year);
        if (existing.isPresent()) {
            throw alreadyTaken(existing.get());
        }
        AnnualInvestmentPlans.Poai poai = poais.of(user, year);
        if (poai.approvedPlans() == 0) {
            throw new BusinessRuleException("No hay planes de acción " + year
                    + " aprobados: el POAI está vacío y no hay nada que guardar con el presupuesto.");
        }
        try {
            jdbc.sql("""
                            insert into poai_budget_approval (organization_id, year, approved_on, act_reference, plans,
                                total, total_ceiling, lines, sources, taken_by)
                            values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?)""")
                    .params(
                            org,
                            year,
                            Date.valueOf(approvedOn),
                            actReference.strip(),
                            poai.approvedPlans(),
                            poai.total(),
                            poai.totalCeiling(),
                            json.writeValueAsString(poai.projects()),
                            json.writeValueAsString(poai.sources()),
                            user.username())
                    .update();
        } catch (DuplicateKeyException e) {
            throw alreadyTaken(find(user, year).orElseThrow());
        }
        return find(user, year).orElseThrow();
    }

    /** The POAI approved with the budget of the year, if it was taken. */
    @Transactional(readOnly = true)
    public Optional<ApprovedPoai> find(CurrentUser user, int year) {
        return jdbc.sql("""
                        select year, approved_on, act_reference, plans, total, total_ceiling, lines::text,
                               sources::text, taken_by, taken_at
                        from poai_budget_approval where organization_id = ? and year = ?""")
                .params(user.requireOrganization(), year)
                .query((rs, n) -> {
                    List<AnnualInvestmentPlans.PoaiLine> lines =
                            json.readValue(rs.getString("lines"), new TypeReference<>() {});
                    List<AnnualInvestmentPlans.SourceTotal> sources =
                            json.readValue(rs.getString("sources"), new TypeReference<>() {});
                    Map<String, BigDecimal> bySource = new LinkedHashMap<>();
                    sources.stream()
                            .filter(s -> s.amount().signum() > 0)
                            .forEach(s -> bySource.put(s.source(), s.amount()));
                    AnnualInvestmentPlans.Poai poai = new AnnualInvestmentPlans.Poai(
                            rs.getInt("year"),
                            rs.getInt("plans"),
                            lines,
                            bySource,
                            sources,
                            rs.getBigDecimal("total"),
                            rs.getBigDecimal("total_ceiling"));
                    return new ApprovedPoai(
                            rs.getInt("year"),
                            rs.getDate("approved_on").toLocalDate(),
                            rs.getString("act_reference"),
                            rs.getString("taken_by"),
                            rs.getTimestamp("taken_at").toInstant(),
                            poai);
                })
                .optional();
    }

    public ApprovedPoai get(CurrentUser user, int year) {
        return find(user, year)
                .orElseThrow(() ->
                        new NotFoundException("El POAI " + year + " aprobado con el presupuesto no se ha guardado"));
    }

    /**
     * The POAI approved with the budget beside the current one, per project (BPIN), program, office and
     * source, with the difference of each line and of each source's total.
     */
    @Transactional(readOnly = true)
    public Comparison compare(CurrentUser user, int year) {
        ApprovedPoai approved = get(user, year);
        AnnualInvestmentPlans.Poai current = poais.of(user, year);
        Map<String, ComparedLine> lines = new LinkedHashMap<>();
        for (AnnualInvestmentPlans.PoaiLine l : approved.poai().projects()) {
            lines.merge(key(l), compared(l, l.amount(), BigDecimal.ZERO), BudgetApprovedPoais::add);
        }
        for (AnnualInvestmentPlans.PoaiLine l : current.projects()) {
            lines.merge(key(l), compared(l, BigDecimal.ZERO, l.amount()), BudgetApprovedPoais::add);
        }
        List<ComparedLine> sorted = new ArrayList<>(lines.values());
        sorted.sort(Comparator.comparing(ComparedLine::programCode)
                .thenComparing(ComparedLine::projectBpin)
                .thenComparing(ComparedLine::officeName, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(ComparedLine::source));
        Map<String, ComparedSource> sources = new LinkedHashMap<>();
        for (AnnualInvestmentPlans.SourceTotal s : approved.poai().sources()) {
            sources.merge(
                    s.source(),
                    new ComparedSource(s.source(), s.sourceName(), s.amount(), BigDecimal.ZERO),
                    BudgetApprovedPoais::add);
        }
        for (AnnualInvestmentPlans.SourceTotal s : current.sources()) {
            sources.merge(
                    s.source(),
                    new ComparedSource(s.source(), s.sourceName(), BigDecimal.ZERO, s.amount()),
                    BudgetApprovedPoais::add);
        }
        return new Comparison(
                approved,
                sorted,
                sources.values().stream()
                        .filter(s -> s.approved().signum() != 0 || s.current().signum() != 0)
                        .toList(),
                approved.poai().total(),
                current.total());
    }

    private static String key(AnnualInvestmentPlans.PoaiLine l) {
        return l.projectBpin() + "|" + l.programCode() + "|" + l.officeId() + "|" + l.source();
    }

    private static ComparedLine compared(AnnualInvestmentPlans.PoaiLine l, BigDecimal approved, BigDecimal current) {
        return new ComparedLine(
                l.projectBpin(),
                l.sectorCode(),
                l.programCode(),
                l.programName(),
                l.officeId(),
                l.officeName(),
                l.source(),
                l.sourceName(),
                approved,
                current);
    }

    private static ComparedLine add(ComparedLine a, ComparedLine b) {
        return new ComparedLine(
                a.projectBpin(),
                a.sectorCode(),
                a.programCode(),
                a.programName(),
                a.officeId(),
                a.officeName(),
                a.source(),
                a.sourceName(),
                a.approved().add(b.approved()),
                a.current().add(b.current()));
    }

    private static ComparedSource add(ComparedSource a, ComparedSource b) {
        return new ComparedSource(
                a.source(),
                a.sourceName(),
                a.approved().add(b.approved()),
                a.current().add(b.current()));
    }

    private BusinessRuleException alreadyTaken(ApprovedPoai existing) {
        return new BusinessRuleException("El POAI " + existing.year() + " aprobado con el presupuesto ya se guardó ("
                + existing.actReference() + ", " + formats.date(existing.approvedOn()) + ") y no se cambia: los"
                + " cambios posteriores se ven en el POAI vigente, al lado de esa versión.");
    }
}
