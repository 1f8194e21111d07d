/**
 * Reading DNP's "Informe de Seguimiento al PDT" (files {@code Alertas-<DANE>.xlsx}) into plain
 * records, for the reconciliation of a plan's figures with DNP's: yearly physical progress (SisPT
 * programmed vs PIIP executed) and financial execution (CUIPO). Plain Java: no Spring, no SQL.
 *
 * <p>Entry point: {@link co.rumbo.interop.dnp.DnpSeguimientoReader}.
 */
package co.rumbo.interop.dnp;
