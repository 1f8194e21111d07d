/**
 * Exchange of files with DNP and municipalities: the SisPT export of the Plan Indicativo (import and
 * export), DNP's seguimiento report, and municipal workbooks. Readers are plain Java in sub-packages;
 * the root package holds the services that save what they read through the other modules' faces.
 *
 * <p>DNP's seguimiento: {@link co.rumbo.interop.DnpSeguimientoImport} loads a file into a plan (units
 * for the reconciliation, one-goal rows as the goals' values through the tracking module), {@link
 * co.rumbo.interop.DnpReconciliation} compares DNP's figures with Rumbo's. Tenjo's workbook: {@link
 * co.rumbo.interop.TenjoDemoValues} loads its quarterly values and budgets for the demo.
 */
@ApplicationModule(
        allowedDependencies = {"platform", "organization", "identity", "structure", "progress", "tracking", "calendar"})
package co.rumbo.interop;

import org.springframework.modulith.ApplicationModule;
