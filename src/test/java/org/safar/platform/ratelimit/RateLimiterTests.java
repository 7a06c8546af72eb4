package org.safar.platform.ratelimit;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.github.bucket4j.TimeMeter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimiterTests {

    private final AtomicLong nanos = new AtomicLong();

    private final TimeMeter clock = new TimeMeter() {
        @Override
        public long currentTimeNanos() {
            return nanos.get();
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    };

    private final RateLimiter limiter = new RateLimiter(new RateLimitProperties(
            new RateLimitProperties.Limit(5, Duration.ofMinutes(1)),
            Map.of("licence-check", new RateLimitProperties.Limit(3, Duration.ofMinutes(1)))), clock);

    @Test
    void aClientOverItsLimitIsToldHowLongToWaitAndIsServedAgainAfterwards() {
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire("licence-check", "10.0.0.1").allowed()).isTrue();
        }
        RateLimiter.Decision refused = limiter.tryAcquire("licence-check", "10.0.0.1");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(20));

        nanos.addAndGet(TimeUnit.SECONDS.toNanos(20));
        assertThat(limiter.tryAcquire("licence-check", "10.0.0.1").allowed()).isTrue();
    }

    @Test
    void clientsAndLimitsAreCountedApart() {
        for (int i = 0; i < 3; i++) {
            limiter.tryAcquire("licence-check", "10.0.0.1");
        }
        assertThat(limiter.tryAcquire("licence-check", "10.0.0.1").allowed()).isFalse();
        assertThat(limiter.tryAcquire("licence-check", "10.0.0.2").allowed()).isTrue();
        assertThat(limiter.tryAcquire("certificate-check", "10.0.0.1").allowed()).isTrue();
    }

    @Test
    void aLimitThatIsNotConfiguredUsesTheDefault() {
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.tryAcquire("other", "10.0.0.3").allowed()).isTrue();
        }
        assertThat(limiter.tryAcquire("other", "10.0.0.3").allowed()).isFalse();
    }
}
