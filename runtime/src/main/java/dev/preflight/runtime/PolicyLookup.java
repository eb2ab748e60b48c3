package dev.preflight.runtime;

import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Finds the policy of a deployed resource method; generated. Called once per resource method when
 * the application starts, never per request.
 */
@FunctionalInterface
public interface PolicyLookup {
    /** The policy of {@code method} of {@code resourceClass}, or {@code null} when none covers it. */
    CorsPolicy policyFor(Class<?> resourceClass, Method method);

    /**
     * Whether a deployed resource class is, or is a supertype of, the annotated class: Jersey reports
     * the class, RESTEasy the interface that carries {@code @Path}.
     */
    static boolean covers(Class<?> annotated, Class<?> resourceClass) {
        return annotated.isAssignableFrom(resourceClass) || resourceClass.isAssignableFrom(annotated);
    }

    /** Whether {@code method} has this name and these parameter types. */
    static boolean is(Method method, String name, Class<?>[] parameterTypes) {
        return method.getName().equals(name) && Arrays.equals(method.getParameterTypes(), parameterTypes);
    }
}
