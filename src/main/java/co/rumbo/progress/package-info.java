/**
 * The progress engine of {@code docs/progress-rules.md}: series of programmed and executed values,
 * programming types, the evaluation of a goal at a cut (targets, value, progress, state, traffic
 * light), the roll-up of scores through a tree, the yearly views and DNP's explanation texts.
 *
 * <p>Plain Java on purpose: no Spring, no SQL. Every screen, report, export and API computes its
 * figures through this package, so it must be usable (and testable) anywhere. Numbers are exact
 * {@link java.math.BigDecimal}s; comparisons against thresholds are done on exact fractions.
 *
 * <p>Public face: {@link co.rumbo.progress.Series}, {@link co.rumbo.progress.Evaluation},
 * {@link co.rumbo.progress.Thresholds}, {@link co.rumbo.progress.RollUp},
 * {@link co.rumbo.progress.RollUpTree}, {@link co.rumbo.progress.YearViews},
 * {@link co.rumbo.progress.DnpExplanation} and their enums and records.
 */
package co.rumbo.progress;
