package dev.preflight.example;

import dev.preflight.annotations.CrossOrigin;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Statistics for any local development server. Deliberately bare: no credentials, nothing exposed,
 * and {@code maxAge = -1}, so browsers cache its preflights for their default of 5 seconds only. The
 * policy names {@code methods = "GET"}: resetting the statistics is for the server's own tools, and no
 * browser on another origin can do it.
 */
@Path("stats")
@Produces(MediaType.APPLICATION_JSON)
@CrossOrigin(originPatterns = "http://localhost:[*]", allowedHeaders = "X-Request-Id", maxAge = -1, methods = "GET")
public class StatsResource {
    private static final AtomicInteger RESETS = new AtomicInteger();

    /** Sends {@code X-Total-Count} too, but a script cannot read it: it is not exposed here. */
    @GET
    public Response get() {
        int notes = Notes.count();
        return Response.ok("{\"notes\":" + notes + ",\"resets\":" + RESETS.get() + "}")
                .header("X-Total-Count", notes).build();
    }

    /** No policy covers it: its preflight is left to the application, which answers it without CORS headers. */
    @POST
    @Path("reset")
    @Consumes(MediaType.APPLICATION_JSON)
    public String reset(String body) {
        return "{\"resets\":" + RESETS.incrementAndGet() + "}";
    }
}
