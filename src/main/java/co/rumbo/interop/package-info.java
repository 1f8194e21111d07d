/**
 * Files from and to other systems: DNP's SisPT plan, DNP's "Informe de Seguimiento al PDT" and its
 * reconciliation with Rumbo's own figures, and a municipality's own follow-up workbook (Tenjo's, for
 * the demo).
 *
 * <p>Public face: {@link co.rumbo.interop.DnpSeguimientoImport} (load a seguimiento file into a
 * plan), {@link co.rumbo.interop.DnpReconciliation} (compare DNP's figures with Rumbo's) and
 * {@link co.rumbo.interop.TenjoDemoValues} (Tenjo's quarterly values and budgets for the demo), with
 * their records. The readers in the sub-packages are plain Java and internal to this module.
 */
@ApplicationModule(
        allowedDependencies = {"platform", "identity", "organization", "structure", "tracking", "progress", "calendar"})
package co.rumbo.interop;

import org.springframework.modulith.ApplicationModule;
