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

/**
 * The notes, for the front end's origins of the package policy (by default {@code https://notes.example.com}
 * and {@code http://localhost:8081}, the demo page). Anyone may read; writing needs a bearer token, which
 * browsers may send because the package policy allows {@code Authorization}. Exact origins: nothing else
 * may call this resource from a browser. This class adds only the header its scripts read.
 */
@Path("notes")
@Produces(MediaType.APPLICATION_JSON)
@CrossOrigin(exposedHeaders = "X-Total-Count")
public class NoteResource {

    @GET
    public Response list() {
        return Response.ok(Notes.toJson()).header("X-Total-Count", Notes.count()).build();
    }

    @GET
    @Path("{id: [0-9]+}")
    public String get(@PathParam("id") long id) {
        String text = Notes.get(id);
        if (text == null) {
            throw notFound(id);
        }
        return Notes.toJson(id, text);
    }

    @POST
    @BearerToken
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(String body) {
        long id = Notes.add(Json.stringField(body, "text"));
        return Response.status(Response.Status.CREATED).entity(Notes.toJson(id, Notes.get(id))).build();
    }

    @PUT
    @BearerToken
    @Path("{id: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public String update(@PathParam("id") long id, String body) {
        String text = Json.stringField(body, "text");
        if (!Notes.replace(id, text)) {
            throw notFound(id);
        }
        return Notes.toJson(id, text);
    }

    /** Only the administration console may delete: a method-level policy that overrides the origins only. */
    @DELETE
    @BearerToken
    @Path("{id: [0-9]+}")
    @CrossOrigin(origins = "https://admin.notes.example.com")
    public void delete(@PathParam("id") long id) {
        if (!Notes.remove(id)) {
            throw notFound(id);
        }
    }

    /** Fails the way a broken dependency does; {@link ErrorMapper} turns that into a 500. */
    @GET
    @Path("backup")
    public String backup() {
        throw new IllegalStateException("the backup store is offline");
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException(Response.status(Response.Status.NOT_FOUND)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Json.error("no note " + id))
                .build());
    }
}
