package co.rumbo.meetings;

import java.util.UUID;

/**
 * A person who attended: by name and role or office ("Secretario de Salud", "Despacho del alcalde"),
 * optionally a user of Rumbo (then the name may be left blank).
 */
public record AttendeeCommand(String name, String role, UUID userId) {

    public AttendeeCommand {
        name = name == null || name.isBlank() ? null : name.strip();
        role = role == null || role.isBlank() ? null : role.strip();
    }
}
