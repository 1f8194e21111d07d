/** Users, roles, office scopes, login and API authentication. */
@ApplicationModule(allowedDependencies = {"platform", "organization", "calendar"})
package co.rumbo.identity;

import org.springframework.modulith.ApplicationModule;
