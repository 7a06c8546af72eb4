package org.safar.platform.ratelimit;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

/**
 * One token bucket (Bucket4j) per limit and client, kept in memory (Caffeine) while the client is active. Limits
 * are per application instance: behind several instances a client gets the limit of each, which is enough to stop
 * a script from walking through every licence or certificate code.
 */
public class RateLimiter {

    private static final long MAX_CLIENTS = 100_000;

    private final RateLimitProperties properties;
    private final TimeMeter time;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder().maximumSize(MAX_CLIENTS)
            .expireAfterAccess(1, TimeUnit.HOURS).build();

    public RateLimiter(RateLimitProperties properties) {
        this(properties, TimeMeter.SYSTEM_MILLISECONDS);
    }

    RateLimiter(RateLimitProperties properties, TimeMeter time) {
        this.properties = properties;
        this.time = time;
    }

    /** Either allowed, or refused with how long to wait before the next request will be. */
    public record Decision(boolean allowed, Duration retryAfter) {
    }

    /** Counts one request of {@code client} against limit {@code name}. */
    public Decision tryAcquire(String name, String client) {
        Bucket bucket = buckets.get(name + '\u0000' + client, key -> newBucket(name));
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? new Decision(true, Duration.ZERO)
                : new Decision(false, Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    private Bucket newBucket(String name) {
        RateLimitProperties.Limit limit = properties.limit(name);
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit.requests())
                        .refillGreedy(limit.requests(), limit.period()).build())
                .withCustomTimePrecision(time).build();
    }
}
