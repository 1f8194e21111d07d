package co.rumbo.platform.web;

import co.rumbo.platform.ForbiddenException;
import co.rumbo.platform.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** Friendly Spanish error pages for page controllers. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    @ExceptionHandler(NotFoundException.class)
    String notFound(NotFoundException e, Model model, HttpServletResponse response) {
        response.setStatus(404);
        model.addAttribute("title", "No encontrado");
        model.addAttribute("message", e.getMessage());
        return "error/message";
    }

    @ExceptionHandler(ForbiddenException.class)
    String forbidden(ForbiddenException e, Model model, HttpServletResponse response) {
        response.setStatus(403);
        model.addAttribute("title", "Sin permiso");
        model.addAttribute("message", e.getMessage());
        return "error/message";
    }

    @ExceptionHandler(co.rumbo.platform.LockedException.class)
    String locked(co.rumbo.platform.LockedException e, Model model, HttpServletResponse response) {
        response.setStatus(423);
        model.addAttribute("title", "Periodo cerrado");
        model.addAttribute("message", e.getMessage());
        return "error/message";
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(Model model, HttpServletResponse response) {
        response.setStatus(413);
        model.addAttribute("title", "Archivo demasiado grande");
        model.addAttribute("message", "El archivo supera el tamaño permitido.");
        return "error/message";
    }
}
