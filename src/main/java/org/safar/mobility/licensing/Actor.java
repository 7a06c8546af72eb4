package org.safar.mobility.licensing;

import org.safar.platform.security.StaffUser;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is making a change, for the history lines: the signed-in user, or the job or loader running. */
public final class Actor {

    private Actor() {
    }

    public static String current() {
        return StaffUser.current().map(StaffUser::username).orElseGet(() -> {
            var authentication = SecurityContextHolder.getContext().getAuthentication();
            return authentication == null ? "system" : authentication.getName();
        });
    }
}
