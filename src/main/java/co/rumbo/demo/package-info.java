/**
 * Demo data for the default run: Tenjo's plan, offices and one user per role, its workbook's values,
 * the approved action plans of 2025 and 2026 made through the planning module's face, and the capture
 * of 2025 (by quarter, accepted and closed) and of the current month of 2026 through the tracking module's.
 */
@ApplicationModule(
        allowedDependencies = {
            "platform",
            "organization",
            "identity",
            "structure",
            "interop",
            "planning",
            "progress",
            "tracking",
            "calendar"
        })
package co.rumbo.demo;

import org.springframework.modulith.ApplicationModule;
