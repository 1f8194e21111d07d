/**
 * The audit trail: written by PostgreSQL triggers (see V2__audit_trail.sql and afterMigrate.sql),
 * read here with filters by the planning office and internal control.
 */
@ApplicationModule(allowedDependencies = {"platform", "identity"})
package co.rumbo.audit;

import org.springframework.modulith.ApplicationModule;
