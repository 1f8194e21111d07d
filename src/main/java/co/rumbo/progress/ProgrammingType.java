package co.rumbo.progress;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** How a goal's periods combine into a value (progress-rules §2). */
public enum ProgrammingType {
    /** A quantity delivered, added up over periods (incremento, acumulativo, flujo). */
    SUMA,
    /** A level kept in every programmed period (mantenimiento, constante). */
    CONSTANTE,
    /** A level that rises towards a target (no acumulativo creciente, stock, capacidad). */
    CRECIENTE,
    /** A level that falls towards a target (reducción). */
    DECRECIENTE;

    // The Spanish names found in plans, SisPT exports and Bogotá's planning workbooks (§2).
    private static final Map<String, ProgrammingType> SPANISH_NAMES = Map.ofEntries(
            Map.entry("suma", SUMA),
            Map.entry("incremento", SUMA),
            Map.entry("acumulativo", SUMA),
            Map.entry("flujo", SUMA),
            Map.entry("constante", CONSTANTE),
            Map.entry("mantenimiento", CONSTANTE),
            Map.entry("creciente", CRECIENTE),
            Map.entry("no acumulativo creciente", CRECIENTE),
            Map.entry("stock", CRECIENTE),
            Map.entry("capacidad", CRECIENTE),
            Map.entry("decreciente", DECRECIENTE),
            Map.entry("reduccion", DECRECIENTE));

    /**
     * The type a Spanish name stands for, ignoring case and accents ("Reducción", "STOCK",
     * "Mantenimiento"); empty when the name is not one of §2's.
     */
    public static Optional<ProgrammingType> fromSpanishName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String key = Normalizer.normalize(name.strip(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
        return Optional.ofNullable(SPANISH_NAMES.get(key));
    }

    /** Whether a 0 is "nothing programmed" (SUMA, CONSTANTE) rather than a real target. */
    boolean zeroMeansNotProgrammed() {
        return this == SUMA || this == CONSTANTE;
    }

    /** Whether the goal is a level measured against a baseline (CRECIENTE, DECRECIENTE). */
    boolean isLevel() {
        return this == CRECIENTE || this == DECRECIENTE;
    }
}
