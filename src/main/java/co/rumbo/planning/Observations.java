package co.rumbo.planning;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** What the planning office asks an office to correct: general text and/or text per goal. */
public record Observations(String general, Map<UUID, String> perGoal) {

    public Observations {
        general = general == null || general.isBlank() ? null : general.strip();
        Map<UUID, String> clean = new LinkedHashMap<>();
        if (perGoal != null) {
            perGoal.forEach((goal, text) -> {
                if (goal != null && text != null && !text.isBlank()) {
                    clean.put(goal, text.strip());
                }
            });
        }
        perGoal = Map.copyOf(clean);
        if (general != null && general.length() > 10_000) {
            throw new IllegalArgumentException("Las observaciones no pueden pasar de 10.000 caracteres");
        }
    }

    public boolean isEmpty() {
        return general == null && perGoal.isEmpty();
    }
}
