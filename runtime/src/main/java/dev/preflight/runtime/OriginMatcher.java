package dev.preflight.runtime;

/**
 * Decides whether a request {@code Origin} is one a policy allows. Generated policies use
 * {@link ConfiguredOrigins}: an immutable set of the exact origins, then the policy's
 * {@link OriginPattern}s, each of which matches only origins as browsers serialize them. It never
 * allocates.
 */
@FunctionalInterface
interface OriginMatcher {
    /** Whether {@code origin}, a single {@code Origin} header value, is allowed. */
    boolean matches(String origin);
}
