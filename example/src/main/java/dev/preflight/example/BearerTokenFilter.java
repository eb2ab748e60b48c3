package dev.preflight.example;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Authentication as applications write it: a 401 through {@code abortWith}. Preflights never get here
 * (browsers send them without credentials; Preflight answers them first), and the 401 carries the CORS
 * headers, so the calling script sees the status instead of a CORS error.
 */
@BearerToken
@Priority(Priorities.AUTHENTICATION)
public class BearerTokenFilter implements ContainerRequestFilter {
    /** The demo's only valid token. */
    public static final String TOKEN = "demo-token";

    @Override
    public void filter(ContainerRequestContext request) {
        if (!("Bearer " + TOKEN).equals(request.getHeaderString(HttpHeaders.AUTHORIZATION))) {
            request.abortWith(Response.status(Response.Status.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Json.error("send Authorization: Bearer " + TOKEN))
                    .build());
        }
    }
}
