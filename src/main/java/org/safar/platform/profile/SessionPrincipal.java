package org.safar.platform.profile;

import org.safar.platform.security.StaffUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Reloads the signed-in staff member from the database into their session, after a change to their account
 * (such as choosing their own password) that the session's copy would not know about. Spring Security does not
 * save the context by itself, so it is written to the session here.
 */
@Component
class SessionPrincipal {

    private final UserDetailsService staff;
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    SessionPrincipal(UserDetailsService staff) {
        this.staff = staff;
    }

    void refresh(HttpServletRequest request, HttpServletResponse response) {
        StaffUser current = StaffUser.current().orElseThrow();
        // The session keeps the user without the password hash, as at login.
        StaffUser fresh = ((StaffUser) staff.loadUserByUsername(current.username())).withoutPassword();
        var context = holder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(fresh, null,
                fresh.getAuthorities()));
        holder.setContext(context);
        repository.saveContext(context, request, response);
    }
}
