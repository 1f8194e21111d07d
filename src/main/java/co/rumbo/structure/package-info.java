/**
 * The Plan de Desarrollo: strategic lines, outcome goals, sectors and programs (MGA codes), product
 * goals with their yearly targets and costs, the MGA catalogue and the funding sources.
 */
@ApplicationModule(allowedDependencies = {"platform", "organization", "identity", "progress"})
package co.rumbo.structure;

import org.springframework.modulith.ApplicationModule;
