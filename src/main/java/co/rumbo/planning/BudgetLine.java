package co.rumbo.planning;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Money of a goal in an investment project (BPIN) from a funding source, in pesos. */
public record BudgetLine(String projectBpin, String source, BigDecimal amount) {

    private static final Pattern BPIN = Pattern.compile("[0-9]{8,20}");

    public BudgetLine {
        if (projectBpin == null || !BPIN.matcher(projectBpin.strip()).matches()) {
            throw new IllegalArgumentException(
                    "El BPIN «" + projectBpin + "» no es válido: debe tener solo dígitos (8 a 20)");
        }
        projectBpin = projectBpin.strip();
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("Falta la fuente de financiación del proyecto " + projectBpin);
        }
        source = source.strip();
        if (amount == null || amount.signum() <= 0) {
            throw new IllegalArgumentException("El valor del proyecto " + projectBpin + " debe ser mayor que cero");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("El valor del proyecto " + projectBpin + " tiene más de dos decimales");
        }
    }
}
