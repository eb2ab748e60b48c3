package dev.preflight.bench.exchange;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The CORS filter of the tutorials, written the way they write it: a list of origins (and a regular
 * expression for subdomains), header values joined on every response, preflights answered with
 * {@code 200} and decorated on the way out. It is here as the baseline most applications start from.
 */
@PreMatching
public final class TutorialCorsFilter implements ContainerRequestFilter, ContainerResponseFilter {
    private static final List<String> ALLOWED_METHODS = List.of("GET", "POST", "PUT", "DELETE", "OPTIONS");

    private final List<String> allowedOrigins;
    private final String originRegex;

    /** @param originRegex a regular expression for origins beyond the list, or {@code null} */
    public TutorialCorsFilter(List<String> allowedOrigins, String originRegex) {
        this.allowedOrigins = allowedOrigins;
        this.originRegex = originRegex;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (isPreflight(request)) {
            request.abortWith(Response.ok().build());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String origin = request.getHeaderString("Origin");
        if (origin == null || !isAllowed(origin)) {
            return;
        }
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.add("Access-Control-Allow-Origin", origin);
        headers.add("Access-Control-Allow-Credentials", "true");
        headers.add("Access-Control-Allow-Headers", String.join(", ", Policy.ALLOWED_HEADERS));
        headers.add("Access-Control-Allow-Methods", String.join(", ", ALLOWED_METHODS));
        headers.add("Access-Control-Expose-Headers", String.join(", ", List.of(Policy.EXPOSED_HEADER)));
        headers.add("Access-Control-Max-Age", String.valueOf(Policy.MAX_AGE));
        headers.add("Vary", "Origin");
    }

    private boolean isAllowed(String origin) {
        return allowedOrigins.contains(origin) || originRegex != null && origin.matches(originRegex);
    }

    private static boolean isPreflight(ContainerRequestContext request) {
        return request.getHeaderString("Origin") != null && request.getMethod().equalsIgnoreCase("OPTIONS");
    }
}
