/**
 * Exchange of files with DNP and municipalities: the SisPT export of the Plan Indicativo (import and
 * export), DNP's seguimiento report, and municipal workbooks. Readers are plain Java in sub-packages;
 * the root package holds the services that save what they read through the other modules' faces.
 */
@ApplicationModule(allowedDependencies = {"platform", "organization", "identity", "structure", "progress"})
package co.rumbo.interop;

import org.springframework.modulith.ApplicationModule;
