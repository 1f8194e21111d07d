/**
 * Technical infrastructure every module may use: the database (embedded PostgreSQL by default), the
 * transaction manager that tells the audit triggers who acts, web error handling and formatting.
 * It holds no business rules.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package co.rumbo.platform;

import org.springframework.modulith.ApplicationModule;
