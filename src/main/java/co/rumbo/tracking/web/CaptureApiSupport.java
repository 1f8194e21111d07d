package co.rumbo.tracking.web;

import co.rumbo.tracking.CaptureValidationException;
import co.rumbo.tracking.CloseNeedsConfirmationException;
import co.rumbo.tracking.StaleRowException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The errors particular to the capture API, handled in the controllers themselves so that they win
 * over the platform's general handlers: 422 for a value that breaks a rule (with the field), 400 for a
 * request that cannot be read (not JSON, a number that is not a number, a bad period), 409 with the
 * offices for a close that needs confirmation and with the current row for a stale one.
 */
abstract class CaptureApiSupport {

    @ExceptionHandler(CaptureValidationException.class)
    ProblemDetail invalid(CaptureValidationException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        p.setTitle("Datos no válidos");
        p.setProperty("field", e.field());
        return p;
    }

    @ExceptionHandler(CloseNeedsConfirmationException.class)
    ProblemDetail needsConfirmation(CloseNeedsConfirmationException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        p.setTitle("Confirme el cierre");
        p.setProperty("notSubmitted", e.offices());
        return p;
    }

    @ExceptionHandler(StaleRowException.class)
    ProblemDetail stale(StaleRowException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        p.setTitle("Versión desactualizada");
        p.setProperty("current", e.current());
        return p;
    }

    @ExceptionHandler({IllegalArgumentException.class, MethodArgumentTypeMismatchException.class})
    ProblemDetail badRequest(RuntimeException e) {
        String detail = e instanceof MethodArgumentTypeMismatchException m
                ? "El valor «" + m.getValue() + "» de «" + m.getName() + "» no es válido."
                : e.getMessage();
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        p.setTitle("Solicitud no válida");
        return p;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof CaptureValidationException c) {
                return invalid(c);
            }
            if (t instanceof IllegalArgumentException i && i.getMessage() != null) {
                return badRequest(i);
            }
        }
        ProblemDetail p = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                "El cuerpo no es JSON válido para esta operación: los valores deben ser números (con punto"
                        + " decimal) o null, por ejemplo {\"executed\": 12.5, \"description\": \"…\", \"version\": 3}.");
        p.setTitle("Solicitud no válida");
        return p;
    }
}
