package co.rumbo.tracking;

import java.time.Instant;

/**
 * An opening, closing or reopening of a capture period.
 *
 * @param action ABIERTO, CERRADO or REABIERTO
 * @param reason why it was reopened (required then), otherwise null
 * @param notReported on closing: how many sheets were recorded as not reported
 */
public record CapturePeriodEvent(String action, String reason, int notReported, String actor, Instant at) {}
