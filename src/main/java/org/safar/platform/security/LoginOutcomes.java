package org.safar.platform.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.safar.platform.Language;
import org.safar.platform.accounts.UserAccount;
import org.safar.platform.accounts.Users;
import org.safar.platform.audit.AuditTrail;
import org.safar.platform.i18n.SafarLocaleResolver;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What follows a login attempt or a logout: the audit line, counting wrong passwords up to a lockout, the
 * user's language for the new session, and where to go next.
 */
@Component
class LoginOutcomes implements AuthenticationSuccessHandler, AuthenticationFailureHandler, LogoutHandler {

    private final Users users;
    private final AuditTrail audit;
    private final SecurityProperties properties;
    private final Clock clock;
    private final SavedRequestAwareAuthenticationSuccessHandler next =
            new SavedRequestAwareAuthenticationSuccessHandler();

    LoginOutcomes(Users users, AuditTrail audit, SecurityProperties properties, Clock clock) {
        this.users = users;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
        next.setDefaultTargetUrl("/dashboard");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, ServletException {
        StaffUser user = (StaffUser) authentication.getPrincipal();
        users.recordSuccessfulLogin(user.username(), clock.instant());
        audit.record(user.username(), request.getRemoteAddr(), "LOGIN", "User", user.id(), null);
        users.byUsername(user.username())
                .flatMap(account -> Language.fromTag(account.preferredLocale()))
                .ifPresent(language -> request.getSession().setAttribute(SafarLocaleResolver.SESSION_ATTRIBUTE,
                        language.locale()));
        if (user.mustChangePassword()) {
            response.sendRedirect(request.getContextPath() + MustChangePasswordFilter.PASSWORD_PAGE);
            return;
        }
        next.onAuthenticationSuccess(request, response, authentication);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String typed = request.getParameter("username");
        String username = typed == null ? "" : typed.trim().toLowerCase(Locale.ROOT);
        var account = username.isEmpty() ? Optional.<UserAccount>empty()
                : users.byUsername(username);
        String reason;
        if (exception instanceof LockedException) {
            reason = "locked";
        }
        else if (exception instanceof DisabledException) {
            reason = "disabled";
        }
        else {
            reason = "bad";
            Instant now = clock.instant();
            account.ifPresent(a -> users.recordFailedLogin(a.username(), properties.maxFailedLogins(), now,
                    now.plus(properties.lockout())));
        }
        // An unknown name is not recorded as typed: people type passwords into the name field.
        String actor = account.map(UserAccount::username).orElse("anonymous");
        audit.record(actor, request.getRemoteAddr(), "LOGIN_FAILED", "User",
                account.map(a -> (Object) a.id()).orElse(null), account.isPresent() ? reason : "unknown username");
        response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof StaffUser user) {
            audit.record(user.username(), request.getRemoteAddr(), "LOGOUT", "User", user.id(), null);
        }
    }
}
