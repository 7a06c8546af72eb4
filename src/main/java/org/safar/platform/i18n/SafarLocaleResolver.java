package org.safar.platform.i18n;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import org.safar.platform.Language;
import org.safar.platform.accounts.Users;
import org.safar.platform.security.StaffUser;
import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.LocaleResolver;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Chooses the language of each response: a staff member's saved choice (kept in the session from login), then
 * the visitor's cookie, then the browser's {@code Accept-Language}, then Uzbek. Choosing a language remembers
 * it in the cookie and, for signed-in staff, in their profile.
 */
public class SafarLocaleResolver implements LocaleResolver {

    public static final String SESSION_ATTRIBUTE = SafarLocaleResolver.class.getName() + ".LOCALE";
    public static final String COOKIE = "safar-lang";

    private final Users users;

    public SafarLocaleResolver(Users users) {
        this.users = users;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return fromSession(request)
                .or(() -> fromCookie(request))
                .or(() -> Language.fromAcceptLanguage(request.getHeader("Accept-Language")))
                .orElse(Language.DEFAULT)
                .locale();
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Language language = locale == null ? Language.DEFAULT : Language.of(locale).orElse(Language.DEFAULT);
        if (response != null) {
            ResponseCookie cookie = ResponseCookie.from(COOKIE, language.tag()).path(cookiePath(request))
                    .maxAge(Duration.ofDays(365)).sameSite("Lax").httpOnly(true).secure(request.isSecure()).build();
            response.addHeader("Set-Cookie", cookie.toString());
        }
        Optional<StaffUser> staff = StaffUser.current();
        if (staff.isPresent()) {
            request.getSession().setAttribute(SESSION_ATTRIBUTE, language.locale());
            users.setPreferredLocale(staff.get().username(), language.tag());
        }
        request.setAttribute(SESSION_ATTRIBUTE, language.locale());
    }

    private static Optional<Language> fromSession(HttpServletRequest request) {
        if (request.getAttribute(SESSION_ATTRIBUTE) instanceof Locale chosen) {
            return Language.of(chosen);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof Locale saved) {
            return Language.of(saved);
        }
        return Optional.empty();
    }

    private static Optional<Language> fromCookie(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return Optional.empty();
        }
        for (Cookie cookie : request.getCookies()) {
            if (COOKIE.equals(cookie.getName())) {
                return Language.fromTag(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    private static String cookiePath(HttpServletRequest request) {
        String context = request.getContextPath();
        return context == null || context.isEmpty() ? "/" : context;
    }
}
