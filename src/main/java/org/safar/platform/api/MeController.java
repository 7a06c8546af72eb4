package org.safar.platform.api;

import java.util.Set;

import org.safar.platform.security.Role;
import org.safar.platform.security.StaffUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Who the token belongs to: the simplest call to check that a client is set up right. */
@RestController
@Tag(name = "Account")
class MeController {

    /** The token owner's account. */
    record Me(long id, String username, String fullName, Set<Role> roles, Set<Long> officeIds) {
    }

    @GetMapping("/api/v1/me")
    @Operation(summary = "The account the access token belongs to")
    Me me(@AuthenticationPrincipal StaffUser user) {
        return new Me(user.id(), user.username(), user.fullName(), user.roles(), user.officeIds());
    }
}
