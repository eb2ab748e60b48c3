package dev.preflight.example;

import dev.preflight.annotations.CrossOrigin;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small notes API that a front end on {@code https://app.example.com} (or on
 * {@code http://localhost:3000} while developing) calls with a bearer token and JSON bodies.
 */
@Path("notes")
@Produces(MediaType.APPLICATION_JSON)
@CrossOrigin(origins = {"https://app.example.com", "http://localhost:3000"},
             allowedHeaders = {"Authorization", "Content-Type"},
             exposedHeaders = "X-Total-Count",
             allowCredentials = true)
public class NoteResource {
    private static final Map<Long, String> NOTES = new ConcurrentSkipListMap<>(Map.of(1L, "Buy milk"));
    private static final AtomicLong IDS = new AtomicLong(1);

    @GET
    public Response list() {
        StringBuilder json = new StringBuilder("[");
        NOTES.forEach((id, text) -> json.append(json.length() > 1 ? "," : "").append(toJson(id, text)));
        return Response.ok(json.append(']').toString()).header("X-Total-Count", NOTES.size()).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(String text) {
        long id = IDS.incrementAndGet();
        NOTES.put(id, text);
        return Response.status(Response.Status.CREATED).entity(toJson(id, text)).build();
    }

    @PUT
    @Path("{id: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public String update(@PathParam("id") long id, String text) {
        if (NOTES.replace(id, text) == null) {
            throw new NotFoundException();
        }
        return toJson(id, text);
    }

    /** Only the administration console may delete. */
    @DELETE
    @Path("{id: [0-9]+}")
    @CrossOrigin(origins = "https://admin.example.com")
    public void delete(@PathParam("id") long id) {
        if (NOTES.remove(id) == null) {
            throw new NotFoundException();
        }
    }

    private static String toJson(long id, String text) {
        return "{\"id\":" + id + ",\"text\":\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
    }
}
