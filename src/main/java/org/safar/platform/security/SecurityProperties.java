package org.safar.platform.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login and token policy.
 *
 * @param maxFailedLogins wrong passwords in a row before the account is locked
 * @param lockout how long a locked account stays locked
 * @param tokenMaxLifetime the longest validity an API token may be given
 */
@ConfigurationProperties("safar.security")
record SecurityProperties(@DefaultValue("5") int maxFailedLogins, @DefaultValue("15m") Duration lockout,
        @DefaultValue("365d") Duration tokenMaxLifetime) {
}
