package co.rumbo.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a person types to create or change an office. */
public record OfficeCommand(
        @NotBlank(message = "El código es obligatorio")
        @Size(max = 20, message = "El código tiene a lo sumo 20 caracteres")
        @Pattern(
                regexp = "[A-Za-z0-9._-]+",
                message = "El código solo admite letras, números, punto, guion y guion bajo")
        String code,

        @NotBlank(message = "El nombre es obligatorio")
        @Size(max = 200, message = "El nombre tiene a lo sumo 200 caracteres")
        String name,

        @NotNull(message = "El tipo es obligatorio") OfficeKind kind,
        boolean active) {

    public OfficeCommand {
        code = code == null ? null : code.trim().toUpperCase(java.util.Locale.ROOT);
        name = name == null ? null : name.trim().replaceAll("\\s+", " ");
    }
}
