package dev.preflight.bench.e2e;

import dev.preflight.bench.exchange.Policy;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

/**
 * The end-to-end floor: the CORS headers of the benchmark's two requests as constants, with no check
 * beyond telling a preflight from a GET. What any CORS implementation costs in this container at least.
 */
@PreMatching
public final class FloorCorsFilter implements ContainerRequestFilter, ContainerResponseFilter {
    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getMethod().equals("OPTIONS") && request.getHeaderString("Origin") != null) {
            request.abortWith(Response.noContent()
                    .header("Access-Control-Allow-Origin", Policy.APP_ORIGIN)
                    .header("Access-Control-Allow-Methods", "PUT")
                    .header("Vary", "Origin, Access-Control-Request-Method, Access-Control-Request-Headers")
                    .header("Access-Control-Allow-Headers", "Authorization, Content-Type")
                    .header("Access-Control-Allow-Credentials", "true")
                    .header("Access-Control-Max-Age", "1800")
                    .build());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!request.getMethod().equals("OPTIONS") && request.getHeaderString("Origin") != null) {
            MultivaluedMap<String, Object> headers = response.getHeaders();
            headers.add("Access-Control-Allow-Origin", Policy.APP_ORIGIN);
            headers.add("Access-Control-Allow-Credentials", "true");
            headers.add("Access-Control-Expose-Headers", Policy.EXPOSED_HEADER);
            headers.add("Vary", "Origin");
        }
    }
}
