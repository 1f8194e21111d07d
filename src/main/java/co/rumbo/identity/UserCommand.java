package co.rumbo.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.UUID;

/**
 * What an administrator types to create or change a user. A blank {@code password} on a change
 * keeps the current one.
 */
public record UserCommand(
        @NotBlank(message = "El usuario es obligatorio")
        @Pattern(regexp = "[a-zA-Z0-9._@-]{3,60}", message = "El usuario tiene de 3 a 60 letras, números o . _ @ -")
        String username,

        @NotBlank(message = "El nombre es obligatorio") @Size(max = 200)
        String fullName,

        @Email(message = "El correo no es válido") String email,
        @NotEmpty(message = "Elija al menos un rol") Set<Role> roles,
        Set<UUID> officeIds,
        boolean enabled,
        String password) {

    public UserCommand {
        username = username == null ? null : username.trim();
        fullName = fullName == null ? null : fullName.trim();
        email = email == null || email.isBlank() ? null : email.trim();
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        officeIds = officeIds == null ? Set.of() : Set.copyOf(officeIds);
    }
}
