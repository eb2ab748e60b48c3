package dev.preflight.bench.api;

import dev.preflight.annotations.CrossOrigin;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/** The realistic resource of the benchmarks: 3 paths, 4 methods, credentials, 2 allowed and 1 exposed header. */
@Path("users")
@CrossOrigin(origins = "https://app.example.com",
        allowedHeaders = {"Authorization", "Content-Type"},
        exposedHeaders = "X-Total-Count",
        allowCredentials = true)
public class UserResource {
    @GET
    public Response list() {
        return Response.ok("[]").header("X-Total-Count", "0").build();
    }

    @POST
    @Consumes("application/json")
    public Response create(String user) {
        return Response.status(Response.Status.CREATED).entity(user).build();
    }

    @PUT
    @Path("{id: [0-9]+}")
    @Consumes("application/json")
    public String update(@PathParam("id") long id, String user) {
        return user;
    }

    @DELETE
    @Path("{id: [0-9]+}/avatar")
    public void deleteAvatar(@PathParam("id") long id) {
        // nothing stored: the benchmarks measure CORS, not persistence
    }
}
