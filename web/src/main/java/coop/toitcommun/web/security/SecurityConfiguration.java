package coop.toitcommun.web.security;

import java.time.Clock;

import coop.toitcommun.membership.Accounts;
import coop.toitcommun.membership.LoginThrottle;
import coop.toitcommun.membership.TwoStep;
import coop.toitcommun.web.account.OffRequestAccountWork;
import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.servlet.HandlerMapping;

@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    /** No inline script or style anywhere: every script and stylesheet is a file of ours or of a webjar. */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
        "base-uri 'self'",
        "object-src 'none'");

    /** Pages anybody may open; every other existing page needs signing in. */
    static final String[] PUBLIC_PAGES = {
        "/", "/login", "/charter", "/charter/versions/*", "/join", "/join/sent", "/organisations", "/privacy", "/contact", "/language", "/network",
        "/password-reset", "/password-reset/*", "/invitations/*", "/login/unlock/*", "/login/second-step", "/feeds/*",
        "/events", "/events.ics", "/events/*", "/events/*/registrations", "/events/registrations/*",
        "/events/registrations/*/cancel",
        "/assets/**", "/webjars/**", "/error", "/actuator/health", "/actuator/health/**", "/actuator/info"
    };

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager,
                                            Accounts accounts,
                                            LoginSuccessHandler loginSuccess, FlashMapManager flashMapManager, Clock clock,
                                            @Qualifier("requestMappingHandlerMapping") ObjectProvider<HandlerMapping> controllers)
        throws Exception {
        http
            .authenticationManager(authenticationManager)
            .authorizeHttpRequests(requests -> requests
                .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                .requestMatchers(PUBLIC_PAGES).permitAll()
                .requestMatchers("/admin/**").hasRole("ADMIN")
                .anyRequest().access(new SignInForKnownPages(controllers)))
            .formLogin(form -> form
                .loginPage("/login")
                .usernameParameter("email")
                .passwordParameter("password")
                .successHandler(loginSuccess)
                .failureHandler(new LoginFailureHandler(flashMapManager, clock))
                .permitAll())
            // an error page changes nothing, and the request it reports was checked already: a POST that met a database
            // that does not answer gets the 503 page, not a 403 because its session (and token) could not be read
            .csrf(csrf -> csrf.csrfTokenRequestHandler(new CsrfTokenReader())
                .ignoringRequestMatchers(request -> request.getDispatcherType() == DispatcherType.ERROR))
            .logout(logout -> logout
                .logoutUrl("/logout")
                .logoutSuccessUrl("/?signedOut"))
            .addFilterBefore(new SessionRightsFilter(accounts), AuthorizationFilter.class)
            .addFilterAfter(new EnrolmentGateFilter(), SessionRightsFilter.class)
            .headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /**
     * Spring Security's observations are turned off (management.observations.enable.spring.security in
     * application.properties); without these settings it would still wrap each of its filters, on every request, to
     * ask whether to observe it.
     */
    @Bean
    static SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * The only way to sign in: passwords behind the throttle, then the second step for accounts that have it. No
     * parent manager, so nothing can check a password without the throttle.
     */
    @Bean
    AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder passwordEncoder,
                                                LoginThrottle throttle, OffRequestAccountWork offRequest, TwoStep twoStep) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(passwordEncoder);
        // account status is checked only once the password is right, so a wrong password says nothing about the account
        passwords.setPreAuthenticationChecks(user -> { });
        passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        ProviderManager manager = new ProviderManager(
            new SecondStepGate(new ThrottledAuthenticationProvider(passwords, throttle, offRequest), twoStep));
        manager.setEraseCredentialsAfterAuthentication(true);
        return manager;
    }
}
