package co.rumbo.tracking.web;

import co.rumbo.calendar.Period;
import co.rumbo.identity.CurrentUser;
import co.rumbo.identity.Role;
import co.rumbo.platform.ForbiddenException;
import co.rumbo.tracking.BudgetExecution;
import co.rumbo.tracking.GoalValueSet;
import co.rumbo.tracking.GoalValues;
import co.rumbo.tracking.PeriodValue;
import co.rumbo.tracking.ValueEntry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Setting and reading a goal's values by hand. */
@RestController
@RequestMapping("/api/v1/goals/{id}")
@Tag(name = "Valores de las metas")
class GoalValueApiController {

    private final GoalValues values;

    GoalValueApiController(GoalValues values) {
        this.values = values;
    }

    /** The body of a PUT. Plain: it is checked only after the role, so a refusal never leaks validation. */
    record ValueBody(BigDecimal programmed, BigDecimal executed, Integer version) {}

    record ValueJson(
            String period, BigDecimal programmed, BigDecimal executed, String source, int version, Instant updatedAt) {
        static ValueJson of(PeriodValue v) {
            return new ValueJson(
                    v.period().toString(),
                    v.programmed(),
                    v.executed(),
                    v.source().name(),
                    v.version(),
                    v.updatedAt());
        }
    }

    record BudgetJson(
            int year,
            BigDecimal appropriation,
            BigDecimal commitments,
            BigDecimal obligations,
            BigDecimal payments,
            String source) {
        static BudgetJson of(BudgetExecution b) {
            return new BudgetJson(
                    b.year(),
                    b.appropriation(),
                    b.commitments(),
                    b.obligations(),
                    b.payments(),
                    b.source().name());
        }
    }

    record GoalValuesJson(UUID goalId, List<ValueJson> periods, List<BudgetJson> budgetExecution) {}

    @PutMapping("/periods/{period}")
    @Operation(
            summary = "Fija el valor programado y ejecutado de una meta en un periodo (solo planeación)",
            description = "El periodo es un año (2025), un trimestre (2025-Q3) o un mes (2025-09). Un valor en "
                    + "blanco (null) no es 0: significa «sin programar» o «sin reportar». El cambio queda en la "
                    + "bitácora de auditoría con el usuario que lo hizo.")
    ValueJson put(
            @PathVariable UUID id,
            @Parameter(description = "2025, 2025-Q3 o 2025-09") @PathVariable String period,
            @RequestBody ValueBody body) {
        CurrentUser user = CurrentUser.get();
        if (!user.has(Role.PLANEACION)) {
            throw new ForbiddenException("Solo la oficina de planeación fija valores de las metas");
        }
        Period parsed = Period.parse(period);
        ValueEntry entry = new ValueEntry(body.programmed(), body.executed());
        return ValueJson.of(values.set(user.requireOrganization(), id, parsed, entry, body.version()));
    }

    @GetMapping("/values")
    @Operation(summary = "Los valores por periodo y la ejecución presupuestal por año de una meta")
    GoalValuesJson values(@PathVariable UUID id) {
        GoalValueSet set = values.ofGoal(CurrentUser.get().requireOrganization(), id);
        return new GoalValuesJson(
                id,
                set.values().stream().map(ValueJson::of).toList(),
                set.budgets().stream().map(BudgetJson::of).toList());
    }

    /** A bad period or a negative value: the records say why, in Spanish. */
    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail invalid(IllegalArgumentException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        p.setTitle("Datos no válidos");
        return p;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                "El cuerpo debe ser JSON como {\"programmed\": 10, \"executed\": 7.5}, con números o null.");
        p.setTitle("Datos no válidos");
        return p;
    }
}
