package org.safar.platform.ratelimit;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many requests one client address may make per period, by limit name, e.g.
 * {@code safar.rate-limits.limits.licence-check.requests=60} and {@code ...period=1m}.
 *
 * @param defaults the limit of any name not configured
 * @param limits limits by name
 */
@ConfigurationProperties("safar.rate-limits")
public record RateLimitProperties(Limit defaults, Map<String, Limit> limits) {

    public RateLimitProperties {
        defaults = defaults == null ? new Limit(30, Duration.ofMinutes(1)) : defaults;
        limits = limits == null ? Map.of() : Map.copyOf(limits);
    }

    public Limit limit(String name) {
        return limits.getOrDefault(name, defaults);
    }

    /** {@code requests} per {@code period}, refilled gradually. */
    public record Limit(int requests, Duration period) {

        public Limit {
            if (requests < 1 || period == null || period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("a rate limit needs requests >= 1 and a positive period");
            }
        }
    }
}
