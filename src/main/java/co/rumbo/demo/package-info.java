/** Demo data for the default run: Tenjo's plan, offices and one user per role. */
@ApplicationModule(allowedDependencies = {"platform", "organization", "identity", "structure", "interop"})
package co.rumbo.demo;

import org.springframework.modulith.ApplicationModule;
