package org.safar.platform.accounts;

import java.time.Instant;
import java.util.Set;

import org.safar.platform.security.Role;

/** A staff account as stored, with its roles and the ids of its offices. */
public record UserAccount(long id, String username, String fullName, String email, String passwordHash,
        boolean enabled, boolean mustChangePassword, String preferredLocale, int failedAttempts, Instant lockedUntil,
        Instant lastLoginAt, Set<Role> roles, Set<Long> officeIds) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
