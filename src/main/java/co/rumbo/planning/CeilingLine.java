package co.rumbo.planning;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

/** A budget ceiling: what an office may program in a year for a program and funding source. */
public record CeilingLine(UUID officeId, String programCode, String source, BigDecimal amount) {

    public CeilingLine {
        Objects.requireNonNull(officeId, "Falta la dependencia (officeId)");
        if (programCode == null || !programCode.strip().matches("[0-9]{4}")) {
            throw new IllegalArgumentException("El programa «" + programCode + "» no es válido: 4 dígitos del MGA");
        }
        programCode = programCode.strip();
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("Falta la fuente de financiación del techo");
        }
        source = source.strip();
        if (amount == null || amount.signum() < 0) {
            throw new IllegalArgumentException("El techo del programa " + programCode + " no puede ser negativo");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("El techo del programa " + programCode + " tiene más de dos decimales");
        }
    }
}
