package dev.preflight.example;

import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the preflights that reach the server, per path, so that a test can tell whether the browser
 * sent one or answered from its preflight cache. Runs before Preflight's own pre-matching filter
 * (priority 100), which ends every preflight that a policy judges.
 */
@PreMatching
@Priority(1)
public class PreflightCounter implements ContainerRequestFilter {
    private static final Map<String, AtomicInteger> COUNTS = new ConcurrentHashMap<>();

    @Override
    public void filter(ContainerRequestContext request) {
        if (HttpMethod.OPTIONS.equals(request.getMethod())
                && request.getHeaderString("Access-Control-Request-Method") != null) {
            // Jersey gives "notes/1", RESTEasy "/notes/1"
            String path = request.getUriInfo().getPath().replaceFirst("^/", "");
            COUNTS.computeIfAbsent(path, key -> new AtomicInteger()).incrementAndGet();
        }
    }

    /** Preflights seen for {@code path} (relative to the API, as {@code notes/1}). */
    static int count(String path) {
        AtomicInteger count = COUNTS.get(path);
        return count == null ? 0 : count.get();
    }

    static void reset() {
        COUNTS.clear();
    }
}
