package co.rumbo.planning;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An activity of an investment project in an action plan: what, who, when and the evidence expected.
 *
 * @param id null for a new activity
 */
public record Activity(
        UUID id,
        String projectBpin,
        String projectName,
        String name,
        String responsible,
        LocalDate startsOn,
        LocalDate endsOn,
        String expectedEvidence) {

    public Activity {
        if (projectBpin == null || !projectBpin.strip().matches("[0-9]{8,20}")) {
            throw new IllegalArgumentException("El BPIN «" + projectBpin + "» no es válido: solo dígitos (8 a 20)");
        }
        projectBpin = projectBpin.strip();
        projectName = projectName == null || projectName.isBlank() ? null : projectName.strip();
        name = required(name, "el nombre de la actividad");
        responsible = required(responsible, "el responsable de la actividad");
        expectedEvidence = required(expectedEvidence, "la evidencia esperada de la actividad");
        if (startsOn == null || endsOn == null) {
            throw new IllegalArgumentException("Indique las fechas de inicio y fin de la actividad");
        }
        if (endsOn.isBefore(startsOn)) {
            throw new IllegalArgumentException("La actividad termina antes de empezar");
        }
    }

    private static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Falta " + what);
        }
        return value.strip();
    }
}
