package dev.preflight.example;

import jakarta.ws.rs.core.Application;
import java.net.URI;

/**
 * The notes API on a Jakarta REST implementation, listening on 127.0.0.1.
 *
 * <p>The example carries both Jersey and RESTEasy, and each ships a {@code RuntimeDelegate} (behind
 * {@code Response.ok()} and header parsing). Jakarta REST would take whichever it finds first on the
 * class path, so each server sets its own before it starts. An application with one implementation
 * needs none of this.
 */
public interface ApiServer extends AutoCloseable {
    /** The API's base, {@code http://127.0.0.1:PORT/api}. */
    URI base();

    @Override
    void close();

    /**
     * Starts {@code application} (deployed under {@link NotesApplication#PATH}) on {@code runtime},
     * {@code "jersey"} or {@code "resteasy"}, at {@code port} on 127.0.0.1 (0 picks a free one).
     */
    static ApiServer start(String runtime, Application application, int port) {
        return switch (runtime) {
            case "jersey" -> new JerseyApiServer(application, port);
            case "resteasy" -> new ResteasyApiServer(application, port);
            default -> throw new IllegalArgumentException("unknown runtime '" + runtime + "': use jersey or resteasy");
        };
    }

    static URI base(int port) {
        return URI.create("http://127.0.0.1:" + port + "/" + NotesApplication.PATH);
    }
}
