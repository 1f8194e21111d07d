package co.rumbo.structure;

import co.rumbo.progress.ProgrammingType;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A change to a product goal by the planning office. {@code version} is the one the form was read
 * at: a stale form is refused, never merged.
 */
public record GoalEdit(
        int version,

        @Size(max = 1000, message = "El nombre personalizado tiene a lo sumo 1.000 caracteres")
        String customName,

        @Size(max = 100, message = "La unidad tiene a lo sumo 100 caracteres")
        String unit,

        @DecimalMin(value = "0", message = "La línea base no puede ser negativa")
        BigDecimal baseline,

        @DecimalMin(value = "0", message = "La meta del cuatrienio no puede ser negativa")
        BigDecimal fourYearTarget,

        @NotNull(message = "El tipo de acumulación es obligatorio")
        ProgrammingType programmingType,

        UUID officeId,

        @DecimalMin(value = "0", message = "La ponderación no puede ser negativa")
        BigDecimal weight,

        List<String> bpins,
        Map<String, BigDecimal> targets,
        boolean eliminated) {

    public GoalEdit {
        customName = customName == null || customName.isBlank() ? null : customName.trim();
        unit = unit == null || unit.isBlank() ? null : unit.trim();
        bpins = bpins == null
                ? List.of()
                : bpins.stream()
                        .map(String::trim)
                        .filter(b -> !b.isEmpty())
                        .distinct()
                        .toList();
        targets = targets == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(targets));
    }
}
