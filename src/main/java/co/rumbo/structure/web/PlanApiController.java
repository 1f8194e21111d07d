package co.rumbo.structure.web;

import co.rumbo.identity.CurrentUser;
import co.rumbo.progress.ProgrammingType;
import co.rumbo.structure.BudgetKind;
import co.rumbo.structure.GoalDetail;
import co.rumbo.structure.GoalFilter;
import co.rumbo.structure.GoalSummary;
import co.rumbo.structure.PlanSummary;
import co.rumbo.structure.Plans;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Plan de Desarrollo")
class PlanApiController {

    private final Plans plans;

    PlanApiController(Plans plans) {
        this.plans = plans;
    }

    @GetMapping("/plans")
    @Operation(summary = "Los planes de desarrollo de la entidad")
    List<PlanSummary> plans() {
        return plans.plans(CurrentUser.get().requireOrganization());
    }

    @GetMapping("/plans/{id}")
    @Operation(summary = "Un plan de desarrollo")
    PlanSummary plan(@PathVariable UUID id) {
        return plans.plan(CurrentUser.get().requireOrganization(), id);
    }

    /** A goal in the API: identifiers, codes, the responsible office, the yearly targets. */
    record GoalJson(
            UUID id,
            String sisptCode,
            String budgetKind,
            String name,
            String indicatorCode,
            String indicatorName,
            String unit,
            UUID officeId,
            String officeName,
            String sectorCode,
            String programCode,
            List<String> strategicLines,
            String programmingType,
            BigDecimal fourYearTarget,
            List<String> bpins,
            Map<String, BigDecimal> yearlyTargets,
            BigDecimal weight,
            boolean eliminated) {
        static GoalJson of(GoalSummary g) {
            return new GoalJson(
                    g.id(),
                    g.sisptCode(),
                    g.budgetKind().name(),
                    g.name(),
                    g.indicatorCode(),
                    g.indicatorName(),
                    g.unit(),
                    g.officeId(),
                    g.officeName(),
                    g.sectorCode(),
                    g.programCode(),
                    g.lineCodes(),
                    g.programmingType().name(),
                    g.fourYearTarget(),
                    g.bpins(),
                    g.targets(),
                    g.weight(),
                    g.eliminated());
        }
    }

    @GetMapping("/plans/{id}/goals")
    @Operation(summary = "Las metas de producto de un plan, con filtros")
    List<GoalJson> goals(
            @PathVariable UUID id,
            @Parameter(description = "id de la dependencia responsable") @RequestParam(required = false) UUID office,
            @Parameter(description = "texto: código SisPT, nombre, indicador, programa o BPIN")
                    @RequestParam(required = false)
                    String q,
            @RequestParam(required = false) String sector,
            @RequestParam(required = false) ProgrammingType type,
            @RequestParam(required = false) BudgetKind budgetKind) {
        GoalFilter filter = new GoalFilter(office, sector, type, q, budgetKind);
        return plans.goals(CurrentUser.get().requireOrganization(), id, filter).stream()
                .map(GoalJson::of)
                .toList();
    }

    @GetMapping("/goals/{id}")
    @Operation(summary = "Una meta de producto con todos sus campos, costos y líneas")
    GoalDetail goal(@PathVariable UUID id) {
        return plans.goal(CurrentUser.get().requireOrganization(), id);
    }
}
