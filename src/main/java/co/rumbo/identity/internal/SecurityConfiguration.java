package co.rumbo.identity.internal;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcherEntry;

/**
 * Two chains: the JSON API (HTTP Basic, stateless, no CSRF because no cookie authenticates it) and
 * the pages (form login, session in the database, CSRF on every form).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String[] PUBLIC_PAGES = {
        "/login",
        "/error",
        "/css/**",
        "/js/**",
        "/img/**",
        "/fonts/**",
        "/webjars/**",
        "/_static/**",
        "/favicon.ico",
        "/actuator/health/**",
        "/v3/api-docs/**",
        "/swagger-ui/**",
        "/swagger-ui.html"
    };

    /**
     * BCrypt by default; a password that matched is remembered for {@code rumbo.security.verified-password-ttl}
     * (default 5 minutes; 0 turns it off), so that the stateless API does not pay BCrypt on every request.
     */
    @Bean
    PasswordEncoder passwordEncoder(
            @Value("${rumbo.security.verified-password-ttl:PT5M}") Duration verifiedPasswordTtl) {
        return new VerifiedPasswordCache(
                PasswordEncoderFactories.createDelegatingPasswordEncoder(), verifiedPasswordTtl, 10_000);
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }

    /**
     * Pages send an anonymous visitor to the login page; an htmx request (a fragment) gets a plain 401
     * instead, since a login page swapped into a table cell helps nobody.
     */
    private static AuthenticationEntryPoint pageEntryPoint() {
        RequestMatcher htmx = request -> "true".equals(request.getHeader("HX-Request"));
        return new DelegatingAuthenticationEntryPoint(
                new LoginUrlAuthenticationEntryPoint("/login"),
                new RequestMatcherEntry<>(htmx, new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)));
    }

    /**
     * No observation of each security filter, of each authentication and each authorization: nothing
     * reads them, and the wrappers they need showed in the API's profile on every call (bench/capture).
     * The HTTP request metrics stay.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        BasicAuthenticationEntryPoint entryPoint = new BasicAuthenticationEntryPoint();
        entryPoint.setRealmName("Rumbo");
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .httpBasic(b -> b.authenticationEntryPoint(entryPoint))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                // stateless: nothing to log out of, no request to replay after a login, and no servlet
                // wrapper for isUserInRole (the API reads the security context)
                .logout(l -> l.disable())
                .requestCache(r -> r.disable())
                .servletApi(s -> s.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a.requestMatchers(PUBLIC_PAGES)
                        .permitAll()
                        .requestMatchers("/admin/**")
                        .hasAnyRole("ADMIN", "PLANEACION")
                        .requestMatchers("/auditoria/**")
                        .hasAnyRole("ADMIN", "PLANEACION", "CONTROL")
                        .anyRequest()
                        .authenticated())
                .formLogin(f ->
                        f.loginPage("/login").defaultSuccessUrl("/", false).failureHandler(new LoginFailureHandler()))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?salio"))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                + "script-src 'self' 'unsafe-eval'; frame-ancestors 'none'")))
                .exceptionHandling(e -> e.authenticationEntryPoint(pageEntryPoint()));
        return http.build();
    }
}
