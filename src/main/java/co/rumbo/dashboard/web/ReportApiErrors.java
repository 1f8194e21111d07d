package co.rumbo.dashboard.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Invalid requests to the reports API: 400 with the reason in Spanish. */
@RestControllerAdvice(assignableTypes = ReportApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ReportApiErrors {

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail invalid(IllegalArgumentException e) {
        return bad(e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
        return bad("El valor de «" + e.getName() + "» no es válido"
                + ("kind".equals(e.getName()) ? ": MENSUAL o TRIMESTRAL." : "."));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        return bad("El cuerpo no es JSON válido para esta operación: {\"kind\":\"MENSUAL|TRIMESTRAL\","
                + "\"period\":\"2026-03\"}.");
    }

    private static ProblemDetail bad(String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        p.setTitle("Datos no válidos");
        return p;
    }
}
