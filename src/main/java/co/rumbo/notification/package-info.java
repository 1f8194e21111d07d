/**
 * E-mail for every module, through one outbox table ({@code mail_outbox}, migration V27): a module
 * enqueues mails with {@link co.rumbo.notification.Notifications} inside its own transaction, so a mail
 * exists exactly when the business change that caused it was committed; a scheduled job, guarded by
 * ShedLock so that it runs once across instances, sends what is due and retries failures with a growing
 * delay. Nothing is dropped: a mail that keeps failing is marked failed and stays visible on the
 * planning office's page ({@code /admin/correos}).
 *
 * <p>Depends only on the platform, the organization and identity modules, so that any business module
 * may depend on it.
 */
@ApplicationModule(allowedDependencies = {"platform", "organization", "identity"})
package co.rumbo.notification;

import org.springframework.modulith.ApplicationModule;
