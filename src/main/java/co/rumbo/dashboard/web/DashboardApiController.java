package co.rumbo.dashboard.web;

import co.rumbo.dashboard.Dashboard;
import co.rumbo.dashboard.DashboardFilter;
import co.rumbo.dashboard.Dashboards;
import co.rumbo.dashboard.GoalDashboard;
import co.rumbo.dashboard.InvalidCutException;
import co.rumbo.dashboard.PlanInfo;
import co.rumbo.identity.CurrentUser;
import co.rumbo.progress.GoalState;
import co.rumbo.progress.TrafficLight;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.YearMonth;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Tablero de control")
class DashboardApiController {

    private final Dashboards dashboards;
    private final DashboardExports exports;
    private final DashboardJsonCache json;

    DashboardApiController(Dashboards dashboards, DashboardExports exports, DashboardJsonCache json) {
        this.dashboards = dashboards;
        this.exports = exports;
        this.json = json;
    }

    @GetMapping("/plans/{id}/dashboard")
    @Operation(
            summary = "El tablero de control de un plan a un corte",
            description = "Avance del plan, de cada línea estratégica, sector, programa y dependencia, y de cada meta,"
                    + " calculado según las reglas de avance. Las razones son números (0,85 = 85 %), redondeados a 6"
                    + " decimales; el estado y el semáforo se deciden con los valores exactos. Los filtros solo"
                    + " acotan la lista de metas.")
    @ApiResponse(
            responseCode = "200",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = DashboardJson.class)))
    ResponseEntity<?> dashboard(
            @PathVariable UUID id,
            @Parameter(description = "último mes que cuenta, AAAA-MM; por defecto el último trimestre cerrado")
                    @RequestParam(required = false)
                    String cut,
            @RequestParam(required = false) GoalState state,
            @RequestParam(required = false) TrafficLight trafficLight,
            @Parameter(description = "id de la dependencia, o none") @RequestParam(required = false) String office,
            @Parameter(description = "id de la línea estratégica, o none") @RequestParam(required = false) String line,
            @RequestParam(required = false) String sector,
            @RequestParam(required = false) String program,
            @Parameter(description = "texto: código SisPT, nombre, programa, sector o dependencia")
                    @RequestParam(required = false)
                    String q) {
        UUID org = CurrentUser.get().requireOrganization();
        YearMonth at = dashboards.cut(org, id, cut);
        Dashboard dashboard = dashboards.dashboard(org, id, at);
        DashboardFilter filter = new DashboardFilter(state, trafficLight, office, line, sector, program, null, q);
        if (filter.isEmpty()) {
            // The whole tablero: the JSON written once for this (immutable, cached) tablero.
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json.of(dashboard));
        }
        return ResponseEntity.ok(DashboardJson.of(dashboard, dashboard.goals(filter)));
    }

    @GetMapping("/goals/{id}/dashboard")
    @Operation(summary = "El tablero de una meta: sus dos vistas (en el año y en el cuatrienio) y sus valores")
    GoalDashboard goal(@PathVariable UUID id, @RequestParam(required = false) String cut) {
        return dashboards.goal(CurrentUser.get().requireOrganization(), id, cut);
    }

    @GetMapping("/plans/{id}/dashboard/export.xlsx")
    @Operation(summary = "El tablero completo en Excel (xlsx)")
    ResponseEntity<byte[]> workbook(@PathVariable UUID id, @RequestParam(required = false) String cut) {
        UUID org = CurrentUser.get().requireOrganization();
        PlanInfo plan = dashboards.plan(org, id);
        Dashboard dashboard = dashboards.dashboard(org, id, dashboards.cut(plan, cut));
        return DashboardExports.attachment(
                exports.workbook(dashboard), DashboardExports.XLSX, exports.fileName(dashboard, "xlsx"));
    }

    @GetMapping("/plans/{id}/dashboard/summary.pdf")
    @Operation(summary = "El resumen del tablero en PDF")
    ResponseEntity<byte[]> summary(@PathVariable UUID id, @RequestParam(required = false) String cut) {
        UUID org = CurrentUser.get().requireOrganization();
        PlanInfo plan = dashboards.plan(org, id);
        Dashboard dashboard = dashboards.dashboard(org, id, dashboards.cut(plan, cut));
        return DashboardExports.attachment(
                exports.summaryPdf(dashboard), DashboardExports.PDF, exports.fileName(dashboard, "pdf"));
    }

    @ExceptionHandler(InvalidCutException.class)
    ProblemDetail invalidCut(InvalidCutException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Corte no válido");
        return problem;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail invalidParameter(MethodArgumentTypeMismatchException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                "El parámetro «%s» no admite el valor «%s».".formatted(e.getName(), e.getValue()));
        problem.setTitle("Parámetro no válido");
        return problem;
    }
}
