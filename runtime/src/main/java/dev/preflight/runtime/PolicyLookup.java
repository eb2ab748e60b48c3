package dev.preflight.runtime;

import java.lang.reflect.Method;

/**
 * Finds the policy of a deployed resource method: the generated {@link PolicyTable}. Called once per
 * resource method when the application starts, never per request.
 */
@FunctionalInterface
public interface PolicyLookup {
    /** The policy of {@code method} of {@code resourceClass}, or {@code null} when none covers it. */
    CorsPolicy policyFor(Class<?> resourceClass, Method method);
}
