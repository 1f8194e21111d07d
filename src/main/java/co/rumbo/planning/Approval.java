package co.rumbo.planning;

import java.time.LocalDate;

/** The Consejo de Gobierno's approval: the session's date and its minutes (acta). */
public record Approval(LocalDate approvedOn, String minutesReference) {

    public Approval {
        if (approvedOn == null) {
            throw new IllegalArgumentException("Falta la fecha del Consejo de Gobierno (approvedOn)");
        }
        if (minutesReference == null || minutesReference.isBlank()) {
            throw new IllegalArgumentException("Falta la referencia del acta del Consejo de Gobierno");
        }
        minutesReference = minutesReference.strip();
        if (minutesReference.length() > 200) {
            throw new IllegalArgumentException("La referencia del acta no puede pasar de 200 caracteres");
        }
    }
}
