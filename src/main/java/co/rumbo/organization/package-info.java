/** Organizations (the tenants: territorial entities with a DANE code) and their offices. */
@ApplicationModule(allowedDependencies = {"platform", "calendar"})
package co.rumbo.organization;

import org.springframework.modulith.ApplicationModule;
