/**
 * Demo data for the default run: Tenjo's plan, offices and one user per role, its workbook's values,
 * and the approved action plans of 2025 and 2026 made through the planning module's face.
 */
@ApplicationModule(
        allowedDependencies = {"platform", "organization", "identity", "structure", "interop", "planning", "progress"})
package co.rumbo.demo;

import org.springframework.modulith.ApplicationModule;
