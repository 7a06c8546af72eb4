package org.safar.platform.security;

import java.io.Serializable;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in staff member: who they are, their roles and the offices whose records they may see. A member
 * of headquarters sees every office's records.
 */
public record StaffUser(long id, String username, String fullName, Set<Role> roles, Set<Long> officeIds,
        boolean headquarters, boolean mustChangePassword, String passwordHash, boolean enabled, boolean locked)
        implements UserDetails, Serializable {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Whether this user may see records that belong to {@code officeId}. */
    public boolean canSeeOffice(long officeId) {
        return headquarters || officeIds.contains(officeId);
    }

    /** The signed-in staff member of the current request, if any. */
    public static Optional<StaffUser> current() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StaffUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** Without the password hash, as kept in the session once signed in. */
    public StaffUser withoutPassword() {
        return new StaffUser(id, username, fullName, roles, officeIds, headquarters, mustChangePassword, null,
                enabled, locked);
    }
}
