package org.safar.platform.ratelimit;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Registers the rate limiter. The client is the request's remote address; behind a reverse proxy set
 * {@code server.forward-headers-strategy=native} so that it is the client's and not the proxy's.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
class RateLimitConfiguration implements WebMvcConfigurer {

    private final RateLimiter limiter;

    RateLimitConfiguration(RateLimitProperties properties) {
        this.limiter = new RateLimiter(properties);
    }

    @Bean
    RateLimiter rateLimiter() {
        return limiter;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new RateLimitInterceptor(limiter));
    }
}
