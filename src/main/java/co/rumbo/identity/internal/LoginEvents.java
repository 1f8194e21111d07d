package co.rumbo.identity.internal;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Records every login and every failure, whether through the login page or HTTP Basic. */
@Component
class LoginEvents {

    private final UserAccounts accounts;

    LoginEvents(UserAccounts accounts) {
        this.accounts = accounts;
    }

    /** A login through the page (interactive). */
    @EventListener
    void onLogin(InteractiveAuthenticationSuccessEvent event) {
        accounts.recordSuccess(
                event.getAuthentication().getName(),
                remote(event.getAuthentication().getDetails()));
    }

    /**
     * Every successful authentication, including each HTTP Basic API call: ends a run of failures. An
     * account loaded without failures has nothing to reset, and the API does not pay a write per request.
     */
    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof RumboPrincipal p && !p.recentFailures()) {
            return;
        }
        accounts.recordApiSuccess(event.getAuthentication().getName());
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        String reason = event.getException().getClass().getSimpleName();
        accounts.recordFailure(
                String.valueOf(event.getAuthentication().getName()),
                reason,
                remote(event.getAuthentication().getDetails()));
    }

    private static String remote(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }
}
