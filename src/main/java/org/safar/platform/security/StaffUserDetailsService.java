package org.safar.platform.security;

import java.time.Clock;

import org.safar.platform.accounts.Offices;
import org.safar.platform.accounts.UserAccount;
import org.safar.platform.accounts.Users;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads a staff account for login and for API tokens. */
@Component
class StaffUserDetailsService implements UserDetailsService {

    private final Users users;
    private final Offices offices;
    private final Clock clock;

    StaffUserDetailsService(Users users, Offices offices, Clock clock) {
        this.users = users;
        this.offices = offices;
        this.clock = clock;
    }

    @Override
    public StaffUser loadUserByUsername(String username) {
        return users.byUsername(username).map(this::toStaffUser)
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }

    StaffUser toStaffUser(UserAccount account) {
        boolean headquarters = account.officeIds().stream()
                .anyMatch(id -> offices.byId(id).map(o -> o.kind().name().equals("HEADQUARTERS")).orElse(false));
        return new StaffUser(account.id(), account.username(), account.fullName(), account.roles(),
                account.officeIds(), headquarters, account.mustChangePassword(), account.passwordHash(),
                account.enabled(), account.lockedAt(clock.instant()));
    }
}
