package org.safar.platform.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller that only answers "not found" for a whole address space (such as {@code /api/v1/**}): its
 * mapping serves nothing, so security treats the paths it catches as unknown, answered 404 to anyone.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface NotFoundFallback {
}
