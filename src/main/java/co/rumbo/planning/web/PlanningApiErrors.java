package co.rumbo.planning.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Invalid bodies of the planning API: the command records say why, in Spanish (400). */
@RestControllerAdvice(assignableTypes = {ActionPlanApiController.class, FiscalYearApiController.class})
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class PlanningApiErrors {

    @ExceptionHandler({IllegalArgumentException.class, NullPointerException.class})
    ProblemDetail invalid(RuntimeException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        p.setTitle("Datos no válidos");
        return p;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        // A command record refused the values while being read: its Spanish reason is the useful one.
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof IllegalArgumentException) {
                return invalid((IllegalArgumentException) t);
            }
        }
        ProblemDetail p = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                "El cuerpo no es JSON válido para esta operación: revise nombres de campos, números y fechas"
                        + " (AAAA-MM-DD).");
        p.setTitle("Datos no válidos");
        return p;
    }
}
