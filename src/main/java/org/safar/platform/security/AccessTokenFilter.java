package org.safar.platform.security;

import java.io.IOException;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Signs in a request that carries {@code Authorization: Bearer safar_…}. An unknown, expired or revoked token,
 * or one of a disabled or locked account, leaves the request anonymous, so the chain answers 401.
 */
class AccessTokenFilter extends OncePerRequestFilter {

    private final AccessTokens tokens;
    private final StaffUserDetailsService users;

    AccessTokenFilter(AccessTokens tokens, StaffUserDetailsService users) {
        this.tokens = tokens;
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            tokens.ownerOf(header.substring(7).trim())
                    .map(users::loadUserByUsername)
                    .filter(user -> user.isEnabled() && user.isAccountNonLocked())
                    .ifPresent(user -> {
                        var authentication = UsernamePasswordAuthenticationToken.authenticated(
                                user.withoutPassword(), null, user.getAuthorities());
                        var context = SecurityContextHolder.createEmptyContext();
                        context.setAuthentication(authentication);
                        SecurityContextHolder.setContext(context);
                    });
        }
        chain.doFilter(request, response);
    }
}
