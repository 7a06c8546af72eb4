package org.safar.platform.security;

import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Password login against the staff accounts; the session keeps the user without their password hash. */
@Component
class StaffAuthenticationProvider extends DaoAuthenticationProvider {

    StaffAuthenticationProvider(StaffUserDetailsService users, PasswordEncoder encoder) {
        super(users);
        setPasswordEncoder(encoder);
    }

    @Override
    protected Authentication createSuccessAuthentication(Object principal, Authentication authentication,
            UserDetails user) {
        return super.createSuccessAuthentication(((StaffUser) user).withoutPassword(), authentication, user);
    }
}
