package org.safar.platform.ratelimit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.safar.platform.DomainException;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/** Refuses a call to a {@link RateLimited} handler over its limit: 429, {@code Retry-After}, translated message. */
class RateLimitInterceptor implements HandlerInterceptor {

    private final RateLimiter limiter;

    RateLimitInterceptor(RateLimiter limiter) {
        this.limiter = limiter;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        RateLimited limited = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), RateLimited.class);
        if (limited == null) {
            limited = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), RateLimited.class);
        }
        if (limited == null) {
            return true;
        }
        RateLimiter.Decision decision = limiter.tryAcquire(limited.value(), client(limited, request));
        if (!decision.allowed()) {
            long seconds = Math.max(1, (decision.retryAfter().toMillis() + 999) / 1000);
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            throw new DomainException(429, "error.429.detail");
        }
        return true;
    }

    private static String client(RateLimited limited, HttpServletRequest request) {
        if (limited.per() == RateLimited.Per.USER && request.getUserPrincipal() != null) {
            return "user " + request.getUserPrincipal().getName();
        }
        return request.getRemoteAddr();
    }
}
