package co.rumbo.dashboard.internal;

/**
 * The state of an organization's change log ({@code dashboard_change}): any committed change to what
 * the tablero reads changes it. The count moves even when a transaction that took a smaller id
 * commits after one with a larger id, which the largest id alone would miss.
 */
public record DataVersion(long count, long maxId) {}
