package co.rumbo.progress;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An organization's traffic-light thresholds (progress-rules §4): red below {@code redBelow},
 * green from {@code greenFrom}, over-execution above {@code overExecutionAbove}.
 */
public record Thresholds(BigDecimal redBelow, BigDecimal greenFrom, BigDecimal overExecutionAbove) {

    /** The product's defaults: red below 0.5, green from 0.8, over-execution above 1.25. */
    public static final Thresholds DEFAULT =
            new Thresholds(new BigDecimal("0.5"), new BigDecimal("0.8"), new BigDecimal("1.25"));

    public Thresholds {
        Objects.requireNonNull(redBelow, "redBelow");
        Objects.requireNonNull(greenFrom, "greenFrom");
        Objects.requireNonNull(overExecutionAbove, "overExecutionAbove");
        if (redBelow.signum() < 0) {
            throw new IllegalArgumentException("El umbral rojo no puede ser negativo.");
        }
        if (redBelow.compareTo(greenFrom) >= 0) {
            throw new IllegalArgumentException("El umbral rojo debe ser menor que el umbral verde.");
        }
        if (greenFrom.compareTo(overExecutionAbove) > 0) {
            throw new IllegalArgumentException("El umbral verde no puede ser mayor que el umbral de sobreejecución.");
        }
    }

    /**
     * The traffic light of a group's score (§5): the same thresholds as a goal, but never AZUL
     * because scores are capped at 1; GRIS when the group has no score ({@code null}).
     */
    public TrafficLight lightForScore(BigDecimal score) {
        if (score == null) {
            return TrafficLight.GRIS;
        }
        if (score.compareTo(greenFrom) >= 0) {
            return TrafficLight.VERDE;
        }
        return score.compareTo(redBelow) >= 0 ? TrafficLight.AMARILLO : TrafficLight.ROJO;
    }
}
