package org.safar.platform.security;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;

/**
 * Two filter chains: {@code /api/v1/**} for API clients with personal access tokens (stateless, answers in
 * RFC 9457 problems), and everything else for people with a browser (form login, sessions in the database,
 * CSRF protection, strict security headers). Each module adds its rules through {@link AccessRules} beans.
 * Deny by default: what no rule names needs a login — except a request that nothing serves (see
 * {@link UnservedRequests}), which passes so that anyone gets the public 404 instead of the staff login (ADR 0013).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AccessTokenFilter accessTokenFilter(AccessTokens tokens, StaffUserDetailsService users) {
        return new AccessTokenFilter(tokens, users);
    }

    /** The filters above belong to the security chains only, not to the servlet container's own chain. */
    @Bean
    FilterRegistrationBean<AccessTokenFilter> accessTokenFilterOutsideChains(AccessTokenFilter filter) {
        FilterRegistrationBean<AccessTokenFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, AccessTokenFilter tokens, ProblemResponses problems,
            List<AccessRules> moduleRules, HandlerMappingIntrospector mvc) throws Exception {
        return http.securityMatcher("/api/v1/**")
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .addFilterBefore(tokens, BasicAuthenticationFilter.class)
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> problems.write(request, response, 401,
                                "error.unauthorized.title", "error.unauthorized.api"))
                        .accessDeniedHandler((request, response, e) -> problems.write(request, response, 403,
                                "error.forbidden.title", "error.forbidden.detail")))
                .headers(this::headers)
                .authorizeHttpRequests(rules -> {
                    moduleRules.forEach(module -> module.configure(rules));
                    rules.requestMatchers(new UnservedRequests(mvc)).permitAll();
                    rules.anyRequest().authenticated();
                })
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webChain(HttpSecurity http, AccessTokenFilter tokens, LoginOutcomes outcomes,
            List<AccessRules> moduleRules, HandlerMappingIntrospector mvc,
            @Value("${management.server.port:}") String managementPort) throws Exception {
        return http
                .formLogin(login -> login.loginPage("/login").loginProcessingUrl("/login")
                        .successHandler(outcomes).failureHandler(outcomes).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").addLogoutHandler(outcomes)
                        .logoutSuccessUrl("/login?logout").permitAll())
                .addFilterBefore(tokens, UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new MustChangePasswordFilter(), AuthorizationFilter.class)
                .headers(this::headers)
                .sessionManagement(session -> session.sessionFixation(Customizer.withDefaults()))
                .authorizeHttpRequests(rules -> {
                    rules.requestMatchers(onManagementPort(managementPort)).permitAll();
                    rules.requestMatchers("/", "/login", "/error", "/error/**", "/language", "/css/**", "/js/**",
                            "/img/**", "/webjars/**", "/favicon.ico", "/robots.txt", "/api/docs", "/api/docs/**", "/api/swagger-ui/**",
                            "/swagger-ui/**").permitAll();
                    rules.requestMatchers("/actuator/**").hasRole(Role.ADMIN.name());
                    rules.requestMatchers("/admin/**").hasRole(Role.ADMIN.name());
                    rules.requestMatchers("/audit", "/audit/**").hasAnyRole(Role.ADMIN.name(), Role.AUDITOR.name());
                    moduleRules.forEach(module -> module.configure(rules));
                    rules.requestMatchers("/dashboard", "/account", "/account/**").authenticated();
                    rules.requestMatchers(new UnservedRequests(mvc)).permitAll();
                    rules.anyRequest().authenticated();
                })
                .build();
    }

    private void headers(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .contentTypeOptions(Customizer.withDefaults())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()"));
    }

    /** Requests to the separate management port, when one is configured, are guarded by the network instead. */
    private static RequestMatcher onManagementPort(String port) {
        if (port == null || port.isBlank()) {
            return request -> false;
        }
        int management = Integer.parseInt(port.trim());
        return request -> request.getLocalPort() == management;
    }
}
