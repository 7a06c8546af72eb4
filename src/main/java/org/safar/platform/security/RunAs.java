package org.safar.platform.security;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Work done on this thread as somebody other than the signed-in user — the system loading demo data or reacting
 * to an event, or a demo user acting in a scene — after which the previous identity is restored, whatever
 * happens. The audit trail records the name given here as the actor.
 */
public final class RunAs {

    /** The actor of demo data loaded at start-up. */
    public static final String DEMO = "system:demo";

    private RunAs() {
    }

    /** Runs {@code work} as a system actor {@code name}, which has no role: only services' own checks apply. */
    public static <T> T system(String name, Supplier<T> work) {
        return as(new UsernamePasswordAuthenticationToken(name, null, List.of()), work);
    }

    public static void system(String name, Runnable work) {
        system(name, () -> {
            work.run();
            return null;
        });
    }

    /** Runs {@code work} as the staff member {@code user}, with their roles and offices. */
    public static <T> T user(StaffUser user, Supplier<T> work) {
        return as(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()), work);
    }

    private static <T> T as(Authentication identity, Supplier<T> work) {
        var context = SecurityContextHolder.getContext();
        Authentication previous = context.getAuthentication();
        context.setAuthentication(identity);
        try {
            return work.get();
        }
        finally {
            context.setAuthentication(previous);
        }
    }
}
