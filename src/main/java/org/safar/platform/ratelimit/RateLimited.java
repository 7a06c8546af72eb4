package org.safar.platform.ratelimit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Calls to this handler (or every handler of this controller) count against the named limit, per client
 * address, or per signed-in user with {@code per = Per.USER} (a user's limit follows them from address to address,
 * and colleagues behind one office address do not share it). Over the limit the client gets 429 with a
 * {@code Retry-After} header and a translated page or problem.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface RateLimited {

    /** The limit's name; its size comes from {@code safar.rate-limits.<name>}, else the default limit. */
    String value();

    /** Whom the limit counts: the client's address (the default), or the signed-in user. */
    Per per() default Per.ADDRESS;

    /** Whom a limit counts. */
    enum Per {
        /** The request's remote address: for public pages. */
        ADDRESS,
        /** The signed-in user (the address when nobody is signed in): for staff and partner actions. */
        USER
    }
}
