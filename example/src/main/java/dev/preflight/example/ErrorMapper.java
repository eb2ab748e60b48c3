package dev.preflight.example;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** Unexpected failures become a JSON 500; Jakarta REST's own exceptions keep their responses. */
public class ErrorMapper implements ExceptionMapper<RuntimeException> {
    private static final System.Logger LOG = System.getLogger(ErrorMapper.class.getName());

    @Override
    public Response toResponse(RuntimeException exception) {
        if (exception instanceof WebApplicationException web) {
            return web.getResponse();
        }
        LOG.log(System.Logger.Level.WARNING, "request failed", exception);
        return Response.serverError()
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Json.error(exception.getMessage()))
                .build();
    }
}
