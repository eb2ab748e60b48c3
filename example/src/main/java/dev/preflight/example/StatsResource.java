package dev.preflight.example;

import dev.preflight.annotations.CrossOrigin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Statistics for any local development server. Deliberately bare: no credentials, nothing exposed,
 * and {@code maxAge = -1}, so browsers cache its preflights for their default of 5 seconds only.
 */
@Path("stats")
@Produces(MediaType.APPLICATION_JSON)
@CrossOrigin(originPatterns = "http://localhost:[*]", allowedHeaders = "X-Request-Id", maxAge = -1)
public class StatsResource {

    /** Sends {@code X-Total-Count} too, but a script cannot read it: it is not exposed here. */
    @GET
    public Response get() {
        int notes = Notes.count();
        return Response.ok("{\"notes\":" + notes + "}").header("X-Total-Count", notes).build();
    }
}
