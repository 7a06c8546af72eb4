package org.safar.platform.ratelimit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Calls to this handler (or every handler of this controller) count against the named limit, per client
 * address. Over the limit the client gets 429 with a {@code Retry-After} header and a translated page or problem.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface RateLimited {

    /** The limit's name; its size comes from {@code safar.rate-limits.<name>}, else the default limit. */
    String value();
}
